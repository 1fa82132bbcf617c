/**
 * Whether a place is sure, a guess the reader confirms ("Onzeker"), or no place at all. The
 * thresholds are the loosest with which no note of the re-anchoring corpus lands on the wrong
 * words (tests/anchoring; docs/anchoring.md gives the table).
 *
 * The evidence that makes a place sure is a whole side of context that no other place can have:
 * `describePassage` grows each side, doubling, until the quote with it occurs once in the text, so
 * a side of such a length that agrees exactly proves the place (however often the words repeat),
 * while the other side may have been edited (a sentence put right against the passage). A very
 * short quote needs some of that other side too. Words found with errors are sure only where the
 * passage was expected, with both sides or most of their words. A place whose rival elsewhere
 * scores about the same is a guess, and so is any other place when the text shows the passage
 * deleted (its prefix against its suffix).
 */
import type { TextQuoteSelector } from '@/lib/notes/note';
import { provesPlace } from './describe';
import type { Evidence } from './evidence';
import { BRACKETED_QUOTE, type Candidate, WHOLE_SIDE } from './score';

export { BRACKETED_QUOTE };

/** Quotes shorter than this (a word or two) need `OTHER_SIDE` of the other side as well. */
export const SHORT_QUOTE = 32;
/** What the other side of a short quote needs, unless it was only pushed away (`displacedContext`). */
export const OTHER_SIDE = 0.95;
/** Quotes shorter than this need the other side itself, pushed away or not. */
export const SHORTEST_DISPLACED = 3;
/** Quotes shorter than this found with errors are a guess: one changed word may be another word. */
export const SHORTEST_CHANGED = 4;
/** Quote similarity of a place found with errors and one whole side. */
export const CHANGED_QUOTE = 0.8;
/** What the other side needs then. */
export const OTHER_SIDE_CHANGED = 0.9;
/** Characters from the expected start within which a place counts as where the passage was expected. */
export const NEAR = 64;
/** Quote similarity with which a near place is sure when both sides mostly agree (new footnote numbers in the context). */
export const NEAR_QUOTE = 0.95;
/** How much both sides of such a near place must agree. */
export const NEAR_SIDES = 0.8;
/** Score by which the best place must beat its rival to be sure. */
export const MARGIN = 0.03;
/** Score under which a place is not offered at all (an orphan). */
export const GUESS = 0.5;

/** How sure a place is: drawn as found, drawn as a guess, or (null) an orphan. */
export function certaintyOf(
  best: Candidate,
  rival: Candidate | null,
  quote: TextQuoteSelector,
  { deleted, pushedAway, interleaved, atEdge, wordEdges }: Evidence,
): 'sure' | 'uncertain' | null {
  if (best.score < GUESS) return null;
  if (!wordEdges) return 'uncertain';
  // A side that reaches the text's edge proves the place as well: only one place is that far from the edge.
  const prefix = best.prefix >= WHOLE_SIDE && (provesPlace(quote.prefix.length) || atEdge.prefix);
  const suffix = best.suffix >= WHOLE_SIDE && (provesPlace(quote.suffix.length) || atEdge.suffix);
  const other = Math.min(best.prefix, best.suffix);
  const length = quote.exact.length;
  const near = best.distance === null || best.distance <= NEAR;
  // A proven rival makes a place a guess, unless the place is exactly where the notes before it
  // said it would be: the passage's words and context now stand twice (its paragraph repeated).
  // Another rival does not count when the place is proven, or both sides prove it where it was
  // expected (a corrected typo has its old spelling elsewhere).
  if (rival?.proven && best.distance !== 0) return 'uncertain';
  // Both sides proving the place where it was expected: the passage changed there (nor was it deleted).
  const bracketedHere = prefix && suffix && near;
  const rivalCounts = rival !== null && !(best.proven || bracketedHere);
  if (rival && rivalCounts && best.score - rival.score < MARGIN) return 'uncertain';
  if (!best.proven && !bracketedHere && (best.quote < 1 || best.distance !== 0) && deleted()) return 'uncertain';
  if (best.quote === 1) {
    if (prefix || suffix) {
      if (length >= SHORT_QUOTE || other >= OTHER_SIDE) return 'sure';
      return length >= SHORTEST_DISPLACED && pushedAway(prefix ? 'suffix' : 'prefix') ? 'sure' : 'uncertain';
    }
    return other >= WHOLE_SIDE || (near && length >= SHORT_QUOTE && other >= NEAR_SIDES) ? 'sure' : 'uncertain';
  }
  if (length < SHORTEST_CHANGED) return 'uncertain';
  // Markup that became text in and around the passage: its words and both sides all there, with a few characters come in.
  if (best.quote >= NEAR_QUOTE && interleaved('prefix') && interleaved('suffix')) return 'sure';
  // Other changed words: the side proves only the old words, so the place must also be where the passage was expected.
  if (!near) return 'uncertain';
  if (prefix && suffix && (best.wording ?? best.quote) >= BRACKETED_QUOTE) return 'sure';
  if (best.quote >= NEAR_QUOTE && other >= NEAR_SIDES) return 'sure';
  return (prefix || suffix) && best.quote >= CHANGED_QUOTE && other >= OTHER_SIDE_CHANGED ? 'sure' : 'uncertain';
}
