/**
 * Scoring a candidate place of a quote, in the manner of the Hypothesis client: the quote's
 * similarity weighs most, the context on each side next, nearness to the position hint least (it
 * breaks ties between repeats with the same context). Scores are normalised to [0, 1].
 */
import type { TextQuoteSelector } from '@/lib/notes/note';
import { affixAgreement, editSimilarity } from './similarity';

/** The weights; they sum to 100 so a score reads as a percentage. */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 10 } as const;

/**
 * Characters over which nearness halves its worth: a candidate 2,048 characters from the hint
 * keeps half the position weight, one 200 characters away nearly all of it.
 */
export const POSITION_SCALE = 2048;

/**
 * What an empty stored prefix (suffix) is worth at a candidate that is not at the text's start
 * (end): the note was written at the edge of the text, which now may have grown; it neither
 * supports nor contradicts the place.
 */
const EDGE_UNKNOWN = 0.5;

/** A candidate place of a quote and what it is worth. */
export interface Candidate {
  start: number;
  end: number;
  /** 'exact' when the text there equals the quote; 'fuzzy' when found with errors. */
  kind: 'exact' | 'fuzzy';
  /** Quote similarity in [0, 1]. */
  quote: number;
  /** Mean of the prefix and suffix similarities, in [0, 1]. */
  context: number;
  /** The weighted total, in [0, 1]. */
  score: number;
}

/** The worth of nearness: 1 at the hint, falling with distance; 1 for every place when there is no hint. */
export function positionScore(distance: number | null): number {
  return distance === null ? 1 : 1 / (1 + distance / POSITION_SCALE);
}

/** The weighted total of the four similarities. */
export function totalScore(quote: number, prefix: number, suffix: number, position: number): number {
  return (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) / 100;
}

/**
 * The best any candidate can score when it starts at least `distance` characters from the
 * expected start: a perfect quote and context. A candidate nearer the expected start that scores
 * this much cannot be beaten by one further away, so the search need not go on.
 */
export function bestPossibleAt(distance: number | null): number {
  return totalScore(1, 1, 1, positionScore(distance));
}

/** Distance of `start` from the expected start; null when nothing is expected. */
export function distanceTo(start: number, expected: number | null): number | null {
  return expected === null ? null : Math.abs(start - expected);
}

/** Similarity of the stored prefix to the text just before `start`. */
export function prefixScore(text: string, start: number, prefix: string, cheap = false): number {
  if (!prefix.length) return start === 0 ? 1 : EDGE_UNKNOWN;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  if (before === prefix) return 1;
  return cheap ? affixAgreement(before, prefix, 'end') : editSimilarity(before, prefix);
}

/** Similarity of the stored suffix to the text just after `end`. */
export function suffixScore(text: string, end: number, suffix: string, cheap = false): number {
  if (!suffix.length) return end === text.length ? 1 : EDGE_UNKNOWN;
  const after = text.slice(end, end + suffix.length);
  if (after === suffix) return 1;
  return cheap ? affixAgreement(after, suffix, 'start') : editSimilarity(after, suffix);
}

/**
 * Scores the place `[start, end)` of the quote, found with quote similarity `place.quote`;
 * nearness is measured from `expected`, where the passage is expected to start (null: anywhere).
 * `cheap` compares the context character by character instead of by edit distance (for ranking
 * hundreds of repeats of a short quote before scoring the best of them properly).
 */
export function scoreCandidate(
  text: string,
  selector: TextQuoteSelector,
  expected: number | null,
  place: { start: number; end: number; kind: 'exact' | 'fuzzy'; quote: number },
  cheap = false,
): Candidate {
  const prefix = prefixScore(text, place.start, selector.prefix, cheap);
  const suffix = suffixScore(text, place.end, selector.suffix, cheap);
  const position = positionScore(distanceTo(place.start, expected));
  return { ...place, context: (prefix + suffix) / 2, score: totalScore(place.quote, prefix, suffix, position) };
}

/** The better of two candidates (higher score; on a tie the nearer, then the earlier). */
export function better(a: Candidate | null, b: Candidate | null, expected: number | null): Candidate | null {
  if (!a) return b;
  if (!b) return a;
  if (a.score !== b.score) return a.score > b.score ? a : b;
  const da = distanceTo(a.start, expected) ?? 0;
  const db = distanceTo(b.start, expected) ?? 0;
  if (da !== db) return da < db ? a : b;
  return a.start <= b.start ? a : b;
}
