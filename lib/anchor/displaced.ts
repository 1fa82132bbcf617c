/**
 * Whether the side of a place's context that does not agree was only pushed away: the stored
 * context found whole a little further out, with what came between ending a sentence. That is a
 * sentence or paragraph put right against the passage; a list item that slid into the place of a
 * deleted one, or words put into the passage, leave no such thing.
 */
import type { TextQuoteSelector } from '@/lib/notes/note';
import type { TextSpan } from './describe';
import { indexIn, lastIndexIn } from './find';
import { affixAgreement } from './similarity';

/** How far out the pushed-away context is looked for: a long sentence or a short paragraph. */
export const DISPLACED_WITHIN = 600;
/** Characters of that context that must be found (the part that touched the passage). */
const PART = 24;
/** What came between must end a sentence or a block, as must the passage when it came after it. */
const ENDS_SENTENCE = /[.!?:;)]\s*$/;
const endsBlock = (s: string) => ENDS_SENTENCE.test(s) || /\n\s*$/.test(s);

/** Characters of a side, next to the passage, that must still agree for `touchingContext`. */
export const TOUCHING = 8;

/**
 * Characters of agreement next to the passage from which a side that differs further out is the
 * next item of a list that begins alike, slid into a deleted item's place, rather than the start of
 * the passage's own sentence left standing.
 */
export const SLID = 32;

/** Below this similarity the rest of a touching side counts as replaced rather than retouched. */
export const REPLACED = 0.8;

/**
 * Whether the `side` of `place` that disagrees still agrees next to the passage for `TOUCHING`
 * characters (but fewer than `SLID`) while the rest of it (`similarity`) was replaced: a sentence deleted before the
 * passage's own sentence leaves the start of that sentence in place ("Uit de [budgettaire]
 * bijlage"). A side that agrees nearly all along is not this: that is the next item of a list
 * sliding into a deleted one's place as often as a corrected character.
 */
export function touchingContext(
  text: string,
  quote: TextQuoteSelector,
  place: TextSpan,
  side: 'prefix' | 'suffix',
  similarity: number,
): boolean {
  if (similarity >= REPLACED) return false;
  const run = agreeingRun(text, quote, place, side);
  return run >= TOUCHING && run < SLID;
}

// Characters of the stored side that agree with the text next to the place, from the passage outward.
function agreeingRun(text: string, quote: TextQuoteSelector, place: TextSpan, side: 'prefix' | 'suffix'): number {
  if (side === 'prefix') {
    const there = text.slice(Math.max(0, place.start - quote.prefix.length), place.start);
    return Math.round(affixAgreement(there, quote.prefix, 'end') * quote.prefix.length);
  }
  const there = text.slice(place.end, place.end + quote.suffix.length);
  return Math.round(affixAgreement(there, quote.suffix, 'start') * quote.suffix.length);
}

/**
 * Whether the `side` of `place` that disagrees is found whole a sentence or a block away (`lines`
 * is `text` with its line breaks, which end blocks).
 */
export function displacedContext(
  text: string,
  lines: string,
  quote: TextQuoteSelector,
  place: TextSpan,
  side: 'prefix' | 'suffix',
): boolean {
  if (side === 'prefix') {
    const part = quote.prefix.slice(-PART);
    if (part.length < PART) return false;
    const at = lastIndexIn(text, part, place.start - DISPLACED_WITHIN, place.start - part.length - 1);
    if (at < 0) return false;
    const between = lines.slice(at + part.length, place.start);
    return between.trim().length > 0 && endsBlock(between);
  }
  const part = quote.suffix.slice(0, PART);
  if (part.length < PART) return false;
  const at = indexIn(text, part, place.end + 1, place.end + DISPLACED_WITHIN);
  if (at < 0) return false;
  const between = lines.slice(place.end, at);
  return (
    between.trim().length > 0 &&
    endsBlock(between) &&
    (endsBlock(lines.slice(Math.max(0, place.end - 2), place.end)) || between.startsWith('\n'))
  );
}

/** Characters that may have come into a side of the context (footnote numbers, a paragraph's number). */
export const INSERTED = 4;

/**
 * Whether the `side` of `place` is all there, in order, with at most `INSERTED` characters come
 * in between (new markup that became text). Characters changed or lost are not this: a list item
 * that slid into a deleted one's place agrees nearly all along, but differs.
 */
export function interleavedContext(text: string, quote: TextQuoteSelector, place: TextSpan, side: 'prefix' | 'suffix'): boolean {
  const stored = side === 'prefix' ? quote.prefix : quote.suffix;
  if (!stored.length) return false;
  let extra = 0;
  let t = side === 'prefix' ? place.start - 1 : place.end;
  const step = side === 'prefix' ? -1 : 1;
  for (let i = 0; i < stored.length; i++) {
    const want = stored[side === 'prefix' ? stored.length - 1 - i : i];
    while (t >= 0 && t < text.length && text[t] !== want && extra <= INSERTED) {
      extra++;
      t += step;
    }
    if (extra > INSERTED || t < 0 || t >= text.length) return false;
    t += step;
  }
  return true;
}
