/**
 * The exact-quote step: every occurrence of the quote in some stretches of the text (an
 * `indexOf` loop, native and fast), scored on context and nearness to the hints.
 */
import type { TextQuoteSelector } from '@/lib/notes/note';
import type { TextSpan } from './describe';
import { occurrencesWithin } from './find';
import { rank, type Ranking, scoreCandidate } from './score';

/**
 * Occurrences scored by edit distance. A two-letter quote can occur ten thousand times in a
 * megabyte; all are ranked by the cheap character-by-character context measure and only this
 * many of the best are scored properly.
 */
export const MAX_SCORED_OCCURRENCES = 64;

/** Start offsets of every occurrence of `exact` lying wholly inside one of `spans`, ascending. */
export function occurrencesIn(text: string, exact: string, spans: readonly TextSpan[]): number[] {
  const out: number[] = [];
  // One at a time: a spread of many occurrences into `push` could throw.
  for (const span of spans) for (const at of occurrencesWithin(text, exact, span.start, span.end - exact.length)) out.push(at);
  return out;
}

/** The best-scoring occurrence among `starts` and its rival, added to `ranking`. */
export function rankOccurrences(
  ranking: Ranking,
  text: string,
  selector: TextQuoteSelector,
  expected: number | null,
  starts: readonly number[],
): Ranking {
  const length = selector.exact.length;
  const place = (start: number) => ({ start, end: start + length, kind: 'exact' as const, quote: 1 });
  let pool: readonly number[] = starts;
  if (starts.length > MAX_SCORED_OCCURRENCES) {
    pool = starts
      .map((s) => scoreCandidate(text, selector, expected, place(s), true))
      .sort((a, b) => b.score - a.score || a.start - b.start)
      .slice(0, MAX_SCORED_OCCURRENCES)
      .map((c) => c.start);
  }
  let ranked = ranking;
  for (const s of pool) ranked = rank(ranked, scoreCandidate(text, selector, expected, place(s)), expected);
  return ranked;
}
