/**
 * The fuzzy step: places where the quote occurs with a bounded number of errors (insertions,
 * deletions, substitutions), found with approx-string-match (Myers' bit-parallel algorithm).
 *
 * Its cost grows with the text searched times the pattern length ÷ 32, so long quotes are not
 * searched whole. A quote longer than `DIRECT_MAX` is found by its first and last `PART`
 * characters (each allowed `PART_ERRORS` errors; an edit that spoils both ends at once makes an
 * orphan, which the reader can re-attach) and each place they propose is verified by matching the
 * whole quote against a stretch just its own size. Beyond `VERIFY_MAX` characters even that
 * verification costs too much (its cost is quadratic in the quote length) and the quote is
 * verified chunk by chunk: the share of its 64-character chunks found in order is its similarity.
 */
import search from 'approx-string-match';
import type { TextSpan } from './describe';

/** Quotes up to this long are searched whole. */
export const DIRECT_MAX = 128;
/** Length of the head and tail of a long quote that are searched for. */
export const PART = 64;
/** Errors allowed in a head or tail: a quarter, as for a whole quote. */
export const PART_ERRORS = PART / 4;
/** Cap on the errors allowed in a whole quote (a quarter of its length, at most this). */
export const MAX_ERRORS = 256;
/** Quotes longer than this are verified chunk by chunk. */
export const VERIFY_MAX = 4096;
/** Places proposed by the head and tail of a long quote that are verified, at most. */
const MAX_PROPOSALS = 32;
const CHUNK = 64;
const CHUNK_SLACK = 256;

/** A place found with errors: `quote` is the similarity 1 − errors ÷ quote length. */
export interface FuzzyPlace {
  start: number;
  end: number;
  quote: number;
}

/** Errors allowed when matching a quote of `length` characters: a quarter of it, capped. */
export function maxErrorsFor(length: number): number {
  return Math.min(Math.floor(length / 4), MAX_ERRORS);
}

/** Places of `exact` within `spans` with at most `maxErrorsFor(exact.length)` errors. */
export function fuzzyPlaces(text: string, exact: string, spans: readonly TextSpan[]): FuzzyPlace[] {
  const m = exact.length;
  const k = maxErrorsFor(m);
  if (k === 0) return []; // a quote under four characters is found exactly or not at all
  if (m <= DIRECT_MAX) {
    const out: FuzzyPlace[] = [];
    for (const span of spans) {
      if (span.end - span.start < m - k) continue;
      for (const hit of search(slice(text, span), exact, k)) {
        out.push({ start: span.start + hit.start, end: span.start + hit.end, quote: 1 - hit.errors / m });
      }
    }
    return out;
  }
  const places: FuzzyPlace[] = [];
  for (const proposal of proposals(text, exact, spans)) {
    const place = verify(text, exact, proposal);
    if (place && !places.some((p) => p.start === place.start && p.end === place.end)) places.push(place);
  }
  return places;
}

function slice(text: string, span: TextSpan): string {
  return span.start === 0 && span.end === text.length ? text : text.slice(span.start, span.end);
}

// Where a long quote may start: where its head matches, and its tail's end minus its length.
function proposals(text: string, exact: string, spans: readonly TextSpan[]): number[] {
  const m = exact.length;
  const head = exact.slice(0, PART);
  const tail = exact.slice(m - PART);
  const found: Array<{ start: number; errors: number }> = [];
  for (const span of spans) {
    if (span.end - span.start < PART - PART_ERRORS) continue;
    const part = slice(text, span);
    for (const hit of search(part, head, PART_ERRORS)) found.push({ start: span.start + hit.start, errors: hit.errors });
    for (const hit of search(part, tail, PART_ERRORS)) {
      found.push({ start: Math.max(0, span.start + hit.end - m), errors: hit.errors });
    }
  }
  found.sort((a, b) => a.errors - b.errors || a.start - b.start);
  const k = maxErrorsFor(m);
  const kept: number[] = [];
  for (const f of found) {
    if (kept.length >= MAX_PROPOSALS) break;
    if (!kept.some((s) => Math.abs(s - f.start) <= k)) kept.push(f.start);
  }
  return kept;
}

/** The whole quote matched around a proposed start (within its error allowance); null when it differs too much there. */
export function verify(text: string, exact: string, proposal: number): FuzzyPlace | null {
  const m = exact.length;
  if (m > VERIFY_MAX) return verifyByChunks(text, exact, proposal);
  const k = maxErrorsFor(m);
  const from = Math.max(0, proposal - k);
  const to = Math.min(text.length, proposal + m + k);
  let best: FuzzyPlace | null = null;
  let bestErrors = Infinity;
  for (const hit of search(text.slice(from, to), exact, k)) {
    const start = from + hit.start;
    if (hit.errors < bestErrors || (hit.errors === bestErrors && best && Math.abs(start - proposal) < Math.abs(best.start - proposal))) {
      best = { start, end: from + hit.end, quote: 1 - hit.errors / m };
      bestErrors = hit.errors;
    }
  }
  return best;
}

// A very long quote: its chunks looked for in order, each near where the one before ended.
function verifyByChunks(text: string, exact: string, proposal: number): FuzzyPlace | null {
  const m = exact.length;
  const chunks = Math.ceil(m / CHUNK);
  let expected = proposal;
  let found = 0;
  let first: number | null = null;
  let lastEnd = proposal;
  let lastOffset = 0;
  for (let o = 0; o < m; o += CHUNK) {
    const chunk = exact.slice(o, o + CHUNK);
    const from = Math.max(0, expected - CHUNK_SLACK);
    const at = text.slice(from, expected + chunk.length + CHUNK_SLACK).indexOf(chunk);
    if (at >= 0) {
      found++;
      first ??= from + at - o;
      lastEnd = from + at + chunk.length;
      lastOffset = o + chunk.length;
      expected = lastEnd;
    } else {
      expected += chunk.length;
    }
  }
  const quote = found / chunks;
  if (quote < 0.75 || first === null) return null;
  const start = Math.max(0, first);
  return { start, end: Math.min(text.length, lastEnd + (m - lastOffset)), quote };
}
