// Shared helpers of the unit tests: parsing pages and reading fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Letter } from '@/lib/model/report';
import { addCounts, type Counts, figures, matchKeys, normaliseForm } from '@/scripts/score/match';

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

/** The scorer's comparison of strings (scripts/score): case, diacritics, a leading article and trailing punctuation do not count. */
export const norm = normaliseForm;

/** A key the truth expects (a date, a citation's target) and whether finding it is optional. */
export interface GoldKey {
  key: string | null;
  optional: boolean;
}

/** Matches found keys against the truth as the scorer does (`matchKeys` in scripts/score/match.ts). */
export function scoreKeys(found: readonly string[], gold: readonly GoldKey[]): Counts {
  return matchKeys(
    found,
    gold.map((g) => ({ ...g, hint: null })),
  ).counts;
}

/** F1 over summed counts, as the scorer computes it. */
export function f1Of(results: ReadonlyArray<Counts>): number {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const r of results) addCounts(total, r);
  return figures(total).f1;
}
