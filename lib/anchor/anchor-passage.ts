/**
 * Re-anchoring one passage: where do its selectors point in the text now, and how sure is that?
 * Every place found is judged by `certaintyOf` (certainty.ts): sure, a guess the reader confirms
 * ("Onzeker"), or none (an orphan); docs/anchoring.md tells the whole story. In order:
 * (a) position — the offsets, taken when the text there is the quote, the context on at least one
 *     side agrees and the place is judged sure (a short quote can land on the same offsets by
 *     chance after an edit).
 *     In a pass that has seen the notes before shift, the shifted offsets are checked instead:
 *     the stored ones may then hold another copy of the words, which the neighbours' evidence
 *     outweighs (they are still searched, and win in step (b) when the passage stayed put);
 * (b) exact quote near the expected start — every occurrence in a window around it, scored on
 *     context and nearness; one that nothing outside the window could beat is taken at once;
 * (c) fuzzy near the expected start — approximate matches in the window (outside the exact
 *     occurrences), and the words the stored context brackets there (bracket.ts: words put into
 *     a short passage, or a rewrite); the best place so far is taken when it scores `WINDOW_ACCEPT`;
 * (b′, c′) the same around the stored start, when a pass expects the passage elsewhere (the
 *     notes before it shifted; this one may not have). One window at a time, not both at once,
 *     so that a copy of the words near the stored start cannot outscore the place near the
 *     expected start whose context an edit spoiled;
 * then the whole text: the words the context brackets, the exact quote anywhere (any occurrence
 * beats an approximate one, as in the Hypothesis client), else the fuzzy search over all of it (fuzzy-anywhere.ts: filtered, so
 * it allows fewer errors than near the hints), taken from `MIN_FUZZY_SCORE`.
 * Looking near the hints first keeps a megabyte text fast and prefers, between a corrected
 * passage where the note was and an untouched copy of its old words far away, the former.
 */
import type { PassageSelectors, TextQuoteSelector } from '@/lib/notes/note';
import type { TextSpan } from './describe';
import { bracketedPlaces } from './bracket';
import { certaintyOf } from './certainty';
import { occurrencesIn, rankOccurrences } from './exact';
import { evidenceAround } from './evidence';
import { fuzzyPlaces, type FuzzyPlace } from './fuzzy';
import { fuzzyPlacesAnywhere } from './fuzzy-anywhere';
import { gapsBetween, WINDOW, windowsAround } from './regions';
import { bestPossibleAt, type Candidate, rank, type Ranking, scoreCandidate, totalScore, WHOLE_SIDE } from './score';
import { snapToContext } from './snap';

/** How a passage was found: at its offsets, by its exact words, or by words close to them. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a note's passage is in the current text, and how sure that is. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** The candidate's weighted score in [0, 1] (quote, context, nearness to the hint). */
  score: number;
  /** Whether the evidence is strong enough to draw the note as found, or only as a guess the reader confirms. */
  certainty: 'sure' | 'uncertain';
  /**
   * The evidence: similarity of the quote, of the prefix and of the suffix, distance from the
   * expected start, and the score of the best place elsewhere (null when there is none).
   */
  evidence: { quote: number; prefix: number; suffix: number; distance: number | null; rival: number | null };
}

/**
 * Score from which the best place near the hints is taken without searching the whole text: a
 * quote with a typo or two and its context intact scores about 0.95; the exact words with the
 * context of one side 0.8 (an insertion right against the passage); with no context at all 0.6,
 * which sends the search on to the whole text.
 */
export const WINDOW_ACCEPT = 0.75;

/**
 * Lowest score of an approximate place that is accepted: below it the note is an orphan. A
 * quote with a tenth changed is accepted near the hint even with no context left; one with a
 * quarter changed needs some of its context.
 */
export const MIN_FUZZY_SCORE = 0.5;

/** The quote selector with its context fields made strings (imported notes may lack them). */
export function usableQuote(passage: PassageSelectors | null | undefined): TextQuoteSelector | null {
  const quote = passage?.quote as Partial<TextQuoteSelector> | undefined;
  if (!quote || typeof quote.exact !== 'string' || !quote.exact.length) return null;
  return {
    type: 'TextQuoteSelector',
    exact: quote.exact,
    prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
    suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
  };
}

/** The position selector's start when it is a usable hint (a non-negative integer), else null. */
export function hintOf(passage: PassageSelectors | null | undefined): number | null {
  const start = passage?.position?.start;
  return typeof start === 'number' && Number.isInteger(start) && start >= 0 ? start : null;
}

/** Where to look for a passage: the start it is expected at, and other starts worth a look. */
export interface Hints {
  /** The expected start (nearness is scored from here); null when there is no position at all. */
  expected: number | null;
  /**
   * Further starts whose surroundings are searched next, when nothing good enough was found near
   * `expected` (nearness is still scored from `expected`): in a pass, the stored start.
   */
  alsoNear?: readonly number[];
}

/**
 * Anchors one passage on `text` (white space flattened, see flatten.ts), looking first near the
 * hints; `lines` is the same text with its line breaks, which tell where blocks end. Null when it
 * cannot be re-attached (an orphan). Never throws on malformed selectors.
 */
export function anchorPassage(text: string, passage: PassageSelectors, hints: Hints, lines: string = text): Anchor | null {
  const quote = usableQuote(passage);
  if (!quote) return null;
  const exact = quote.exact;
  const position = stated(passage, text.length);
  const clamp = (h: number) => Math.min(Math.max(0, Math.round(h)), text.length);
  const expected = hints.expected === null || !Number.isFinite(hints.expected) ? null : clamp(hints.expected);
  // The hints in turn: the expected start, then any other start whose surroundings are far enough from it to differ.
  const near: number[] = [];
  if (expected !== null) {
    for (const h of [expected, ...(hints.alsoNear ?? []).filter(Number.isFinite).map(clamp)]) {
      if (near.every((n) => Math.abs(n - h) > WINDOW)) near.push(h);
    }
  }

  // (a) position: the expected start (the stored one, corrected in a pass by the drift of the notes before)
  const lengthDisagrees = position !== null && expected === position.start && position.end - position.start !== exact.length;
  if (expected !== null && !lengthDisagrees) {
    const at = { start: expected, end: expected + exact.length };
    if (text.startsWith(exact, at.start) && contextAgrees(text, at, quote)) {
      const placed = finish(
        { best: scoreCandidate(text, quote, expected, { ...at, kind: 'exact', quote: 1 }), rival: null },
        position,
        quote,
        text,
        expected,
        lines,
      );
      if (placed?.certainty === 'sure') return placed;
    }
  }

  let r: Ranking = { best: null, rival: null };
  for (const [tier, around] of near.entries()) {
    const windows = windowsAround([around], exact.length, text.length);
    // (b) exact quote near the hint
    const starts = occurrencesIn(text, exact, windows);
    r = rankOccurrences(r, text, quote, expected, starts);
    // Done when nothing could beat it: not a place outside the window, nor (when it lies away from
    // the hint) a corrected copy of the words at the hint; nor anything at all when it is proven.
    if (tier === 0 && r.best && (r.best.proven || r.best.score >= unbeatable(r.best, exact.length))) {
      return finish(r, position, quote, text, expected, lines);
    }
    // (c) fuzzy near the hint, and the words the context brackets there
    for (const place of fuzzyPlaces(text, exact, gapsBetween(windows, starts, exact.length))) {
      r = rank(r, scoreFuzzy(text, quote, expected, place), expected);
    }
    // The words the context brackets, unless the exact words were found with a whole side of their context.
    if (!(r.best?.kind === 'exact' && hasWholeSide(r.best))) r = rankBracketed(r, text, quote, expected, windows);
    if (r.best && r.best.score >= WINDOW_ACCEPT) return finish(r, position, quote, text, expected, lines);
  }

  const whole: TextSpan[] = [{ start: 0, end: text.length }];
  const starts = occurrencesIn(text, exact, whole);
  r = rankBracketed(r, text, quote, expected, whole);
  if (starts.length) return finish(rankOccurrences(r, text, quote, expected, starts), position, quote, text, expected, lines);
  for (const place of fuzzyPlacesAnywhere(text, exact)) r = rank(r, scoreFuzzy(text, quote, expected, place), expected);
  return r.best && r.best.score >= MIN_FUZZY_SCORE ? finish(r, position, quote, text, expected, lines) : null;
}

/** Characters from the hint within which an exact place is not doubted for a corrected copy of its words at the hint. */
export const CLOSE = 256;

// The score from which no other place can beat `best`.
function unbeatable(best: Candidate, length: number): number {
  const outside = bestPossibleAt(WINDOW);
  return (best.distance ?? 0) <= CLOSE ? outside : Math.max(outside, totalScore(1 - 1 / length, 1, 1, 1));
}

// Exact words with a side of context that agrees whole: the words between the stored sides need not be looked at.
function hasWholeSide(c: Candidate): boolean {
  return c.prefix >= WHOLE_SIDE || c.suffix >= WHOLE_SIDE;
}

// The places the stored context brackets in `spans`, ranked.
function rankBracketed(r: Ranking, text: string, quote: TextQuoteSelector, expected: number | null, spans: readonly TextSpan[]): Ranking {
  let ranked = r;
  for (const place of bracketedPlaces(text, quote, spans)) {
    ranked = rank(ranked, scoreCandidate(text, quote, expected, { ...place, kind: 'fuzzy' }), expected);
  }
  return ranked;
}

// An approximate place, its edges put right by the context, scored.
function scoreFuzzy(text: string, quote: TextQuoteSelector, expected: number | null, place: FuzzyPlace): Candidate {
  const errors = Math.round((1 - place.quote) * quote.exact.length);
  const edges = snapToContext(text, place, quote, Math.max(1, errors));
  return scoreCandidate(text, quote, expected, { ...edges, kind: 'fuzzy', quote: place.quote });
}

// The position selector when it lies inside the text.
function stated(passage: PassageSelectors, length: number): TextSpan | null {
  const start = hintOf(passage);
  const end = passage.position?.end;
  if (start === null || typeof end !== 'number' || !Number.isInteger(end) || end <= start || end > length) return null;
  return { start, end };
}

// The stored prefix sits just before the place, or the suffix just after (an empty one at the text's edge).
function contextAgrees(text: string, at: TextSpan, quote: TextQuoteSelector): boolean {
  const prefix = quote.prefix.length ? text.slice(Math.max(0, at.start - quote.prefix.length), at.start) === quote.prefix : at.start === 0;
  if (prefix) return true;
  return quote.suffix.length ? text.startsWith(quote.suffix, at.end) : at.end === text.length;
}

function finish(
  { best, rival }: Ranking,
  position: TextSpan | null,
  quote: TextQuoteSelector,
  text: string,
  expected: number | null,
  lines: string,
): Anchor | null {
  if (!best) return null;
  const { start, end, score } = best;
  const atPosition = best.kind === 'exact' && position !== null && start === position.start && end === position.end;
  const evidence = { quote: best.quote, prefix: best.prefix, suffix: best.suffix, distance: best.distance, rival: rival?.score ?? null };
  const certainty = certaintyOf(best, rival, quote, evidenceAround(best, { text, lines, quote, expected }));
  if (certainty === null) return null;
  return { start, end, method: best.kind === 'fuzzy' ? 'fuzzy' : atPosition ? 'position' : 'quote', score, certainty, evidence };
}
