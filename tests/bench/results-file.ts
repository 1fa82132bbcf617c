/** bench/results.json: each benchmark writes its own keys and keeps the others'. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the figures go. */
export const RESULTS = join(import.meta.dirname, '..', '..', 'bench', 'results.json');

/** Merges `entries` into bench/results.json (an unreadable file starts afresh). */
export function writeResults(entries: Record<string, unknown>): void {
  let results: Record<string, unknown> = {};
  if (existsSync(RESULTS)) {
    try {
      results = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
    } catch {
      results = {};
    }
  }
  Object.assign(results, entries);
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}

/**
 * Merges `entries` into one section of bench/results.json (e.g. "notes"), keeping the section's
 * other keys: several benchmarks report into the same section.
 */
export function writeSection(section: string, entries: Record<string, unknown>): void {
  let previous: unknown;
  if (existsSync(RESULTS)) {
    try {
      previous = (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)[section];
    } catch {
      previous = undefined;
    }
  }
  const kept = typeof previous === 'object' && previous !== null && !Array.isArray(previous) ? previous : {};
  writeResults({ [section]: { ...kept, ...entries } });
}
