/**
 * Scoring a candidate place of a quote, in the manner of the Hypothesis client: the quote's
 * similarity weighs most, the context on each side next, nearness to the position hint least (it
 * breaks ties between repeats with the same context). Scores are normalised to [0, 1].
 */
import type { TextQuoteSelector } from '@/lib/notes/note';
import { provesPlace } from './describe';
import { affixAgreement, editSimilarity } from './similarity';

/** Similarity from which a side of the context counts as agreeing whole. */
export const WHOLE_SIDE = 0.995;

/** Quote similarity (by words) of the words both sides bracket, for a changed passage to count as found there. */
export const BRACKETED_QUOTE = 0.55;

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
  /** For words the context brackets: how much of the quote's wording they hold (`wordingKept`). */
  wording?: number;
  /** Similarity of the stored prefix to the text before the place, in [0, 1]. */
  prefix: number;
  /** Similarity of the stored suffix to the text after the place, in [0, 1]. */
  suffix: number;
  /** Mean of the prefix and suffix similarities, in [0, 1]. */
  context: number;
  /** Characters from the expected start; null when nothing was expected. */
  distance: number | null;
  /** The exact words with a whole side that no other place can have (`provesPlace`): preferred to any score. */
  proven: boolean;
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

/**
 * Characters of a side, next to the passage, compared when the side does not agree whole: a side
 * grown to hundreds of characters (describe.ts) would cost its length squared for little.
 */
const COMPARED = 64;
/** The most a side that does not agree whole can be worth: it never counts as whole (`WHOLE_SIDE`). */
const SHORT_OF_WHOLE = 0.99;

/** Similarity of the stored prefix to the text just before `start`. */
export function prefixScore(text: string, start: number, prefix: string, cheap = false): number {
  if (!prefix.length) return start === 0 ? 1 : EDGE_UNKNOWN;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  if (before === prefix) return 1;
  const near = prefix.slice(-COMPARED);
  const there = before.slice(-COMPARED);
  return Math.min(SHORT_OF_WHOLE, cheap ? affixAgreement(there, near, 'end') : editSimilarity(there, near));
}

/** Similarity of the stored suffix to the text just after `end`. */
export function suffixScore(text: string, end: number, suffix: string, cheap = false): number {
  if (!suffix.length) return end === text.length ? 1 : EDGE_UNKNOWN;
  const after = text.slice(end, end + suffix.length);
  if (after === suffix) return 1;
  const near = suffix.slice(0, COMPARED);
  const there = after.slice(0, COMPARED);
  return Math.min(SHORT_OF_WHOLE, cheap ? affixAgreement(there, near, 'start') : editSimilarity(there, near));
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
  place: { start: number; end: number; kind: 'exact' | 'fuzzy'; quote: number; wording?: number },
  cheap = false,
): Candidate {
  const prefix = prefixScore(text, place.start, selector.prefix, cheap);
  const suffix = suffixScore(text, place.end, selector.suffix, cheap);
  const distance = distanceTo(place.start, expected);
  const position = positionScore(distance);
  const proven =
    place.quote === 1 &&
    ((prefix >= WHOLE_SIDE && provesPlace(selector.prefix.length)) || (suffix >= WHOLE_SIDE && provesPlace(selector.suffix.length)));
  return {
    ...place,
    prefix,
    suffix,
    context: (prefix + suffix) / 2,
    distance,
    proven,
    score: totalScore(place.quote, prefix, suffix, position),
  };
}

// What a place's evidence is worth before its score: exact words with a side that no other place can
// have; then words between two sides that agree whole and keep most of the quote's wording, where
// the passage stands with words put into it, however well a copy of its old words elsewhere scores;
// then the rest.
function standing(c: Candidate): number {
  if (c.proven) return 2;
  return c.prefix >= WHOLE_SIDE && c.suffix >= WHOLE_SIDE && (c.wording ?? c.quote) >= BRACKETED_QUOTE ? 1 : 0;
}

/** The better of two candidates (the stronger evidence: a proven one, then one both sides bracket; then the higher score; on a tie the nearer, then the earlier). */
export function better(a: Candidate | null, b: Candidate | null, expected: number | null): Candidate | null {
  if (!a) return b;
  if (!b) return a;
  const sa = standing(a);
  const sb = standing(b);
  if (sa !== sb) return sa > sb ? a : b;
  if (a.score !== b.score) return a.score > b.score ? a : b;
  const da = distanceTo(a.start, expected) ?? 0;
  const db = distanceTo(b.start, expected) ?? 0;
  if (da !== db) return da < db ? a : b;
  return a.start <= b.start ? a : b;
}

/**
 * The best candidate and its strongest rival elsewhere in the text. The rival is what makes a
 * place doubtful: a short quote whose every copy has about the same context is not found, however
 * well the best copy scores.
 */
export interface Ranking {
  best: Candidate | null;
  rival: Candidate | null;
}

/** The ranking with `c` considered: it replaces the best (which becomes the rival unless they overlap), or competes for the rival. */
export function rank(r: Ranking, c: Candidate | null, expected: number | null): Ranking {
  if (!c) return r;
  const { best, rival } = r;
  if (!best) return { best: c, rival };
  const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;
  if (overlaps(best, c)) return { best: better(best, c, expected), rival };
  if (better(best, c, expected) === c) return { best: c, rival: rival && overlaps(rival, c) ? best : better(rival, best, expected) };
  return { best, rival: better(rival, c, expected) };
}
