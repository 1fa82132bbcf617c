// Shared helpers of the unit tests: parsing pages and reading fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Letter } from '@/lib/model/report';

/** The fixtures folder copied from ../shared/fixtures. */
export const FIXTURES = join(__dirname, '..', 'fixtures');

/** Parses HTML into a Document (happy-dom's DOMParser: no scripts run). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A page whose body is `inner` (markup c style). */
export function page(inner: string): Document {
  return parseHtml(`<!doctype html><html><head><title>t</title></head><body><main>${inner}</main></body></html>`);
}

/** The truth file of one fixture. */
export interface Truth {
  id: string;
  url: string;
  document: {
    kind: string;
    id: string | null;
    letters: Array<Omit<Letter, 'signatories'> & { signatories: Letter['signatories'] | null }>;
  };
}

/** Every truth file, by id. */
export function truths(): Truth[] {
  const dir = join(FIXTURES, 'truth');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Truth);
}

/** A fixture page's HTML in markup a (`pages`), b or c. */
export function fixtureHtml(variant: 'pages' | 'pages-b' | 'pages-c', id: string): string {
  return readFileSync(join(FIXTURES, variant, `${id}.html`), 'utf8');
}

/** The scorer's comparison of strings: case, diacritics, a leading article and trailing punctuation do not count. */
export function norm(s: string | null | undefined): string {
  return String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(de|het|den|der) /, '')
    .replace(/[\s,.;:]+$/, '');
}

/** A key the truth expects (a date, a citation's target) and whether finding it is optional. */
export interface GoldKey {
  key: string | null;
  optional: boolean;
}

/**
 * Matches found keys against the truth as score.mjs does: a found key takes a required gold of
 * the same key first, then an optional one; optional golds count neither way.
 */
export function scoreKeys(found: readonly string[], gold: readonly GoldKey[]): { tp: number; fp: number; fn: number } {
  const left = gold.map((g) => ({ ...g, used: false }));
  let tp = 0;
  let fp = 0;
  for (const key of found) {
    const g = left.find((x) => !x.used && !x.optional && x.key === key) ?? left.find((x) => !x.used && x.optional && x.key === key);
    if (!g) {
      fp++;
      continue;
    }
    g.used = true;
    if (!g.optional) tp++;
  }
  return { tp, fp, fn: left.filter((x) => !x.optional && !x.used).length };
}

/** F1 over summed counts, as score.mjs computes it. */
export function f1Of(results: ReadonlyArray<{ tp: number; fp: number; fn: number }>): number {
  const tp = results.reduce((n, r) => n + r.tp, 0);
  const fp = results.reduce((n, r) => n + r.fp, 0);
  const fn = results.reduce((n, r) => n + r.fn, 0);
  const p = tp / Math.max(1, tp + fp);
  const rec = tp / Math.max(1, tp + fn);
  return p + rec ? (2 * p * rec) / (p + rec) : 0;
}
