/**
 * UTF-16 offsets ⇄ Unicode code points. Kantlijn indexes the page text as a JavaScript string, in
 * UTF-16 code units; the W3C Web Annotation model counts a `TextPositionSelector` in code points
 * (§4.2.4–4.2.5). The two differ by one for every character outside the Basic Multilingual Plane
 * before the offset: "Zie 𝑥 = 2 en 📄 bijlage" is 24 units and 22 code points. Only the text itself
 * can convert one into the other, so a note records its code-point span where the text is at hand
 * (`codePointSpan`), and an export without the text writes a position only when it is exact
 * (`exactCodePoints`).
 */
import type { CodePointSpan, PassageSelectors } from './note';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Texts longer than this have their surrogate pairs indexed once (`pairsOf`) instead of counted per call. */
const INDEXED_LENGTH = 4096;

let indexed: { text: string; pairs: readonly number[] } | null = null;

// The offsets of the surrogate pairs of a long text, kept for the last text asked about: a page's
// notes are described one after another on the same text, and re-anchoring may describe a
// thousand at once, which must not scan a long publication a thousand times.
function pairsOf(text: string): readonly number[] {
  if (indexed !== null && indexed.text === text) return indexed.pairs;
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) pairs.push(i++);
  }
  indexed = { text, pairs };
  return pairs;
}

/**
 * The number of code points in `text.slice(0, offset)` (the offset clamped to the text), so that a
 * W3C position can be written for a Kantlijn offset. A surrogate pair cut by the offset counts as
 * one code point, as it does in `[...text.slice(0, offset)]`; a lone surrogate counts as one.
 */
export function codePointOffset(text: string, offset: number): number {
  const end = Math.max(0, Math.min(text.length, Math.floor(offset)));
  if (text.length > INDEXED_LENGTH) {
    // Pairs wholly before `end` (starting at or before end - 2) each make two units one code point.
    const pairs = pairsOf(text);
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((pairs[mid] ?? 0) + 2 <= end) low = mid + 1;
      else high = mid;
    }
    return end - low;
  }
  let count = end;
  for (let i = 0; i + 1 < end; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * The UTF-16 offset at which code point number `codePoints` begins (the text's length when the
 * text has fewer), so that a W3C position can be read as an offset into a JavaScript string.
 */
export function utf16Offset(text: string, codePoints: number): number {
  let offset = 0;
  for (let n = 0; n < codePoints && offset < text.length; n++) {
    offset += isHigh(text.charCodeAt(offset)) && isLow(text.charCodeAt(offset + 1)) ? 2 : 1;
  }
  return offset;
}

/** The number of code points of a whole string: the length the W3C model gives it. */
export function codePointLength(text: string): number {
  return codePointOffset(text, text.length);
}

/**
 * The stretch `[start, end)` of `text` (UTF-16 offsets) in code points: what a note records beside
 * its offsets when it is described, as `describePassage` has the text at hand and an export does
 * not. On a long text the first call indexes it once; later calls on the same text only search.
 */
export function codePointSpan(text: string, start: number, end: number): CodePointSpan {
  return { start: codePointOffset(text, start), end: codePointOffset(text, Math.max(start, end)) };
}

/**
 * The code-point span of a passage when it is known exactly, else null; an export writes a W3C
 * `TextPositionSelector` only then, since a wrong position would mislead another tool more than a
 * missing one (the quote alone finds the passage).
 *
 * Known exactly: the span recorded with the note, when its length agrees with the quote's (a span
 * left over from other words would not); or, without one, a passage whose prefix runs from the
 * very start of the text — its UTF-16 start equals the prefix's length and its length the quote's,
 * which `describePassage` gives every passage within its context length of the start — so that
 * the prefix and the quote hold every character before and in it.
 */
export function exactCodePoints(selectors: PassageSelectors): CodePointSpan | null {
  const { quote, position } = selectors;
  const recorded = position.codePoints;
  if (recorded) return recorded.end - recorded.start === codePointLength(quote.exact) ? recorded : null;
  if (position.start !== quote.prefix.length || position.end - position.start !== quote.exact.length) return null;
  const start = codePointLength(quote.prefix);
  return { start, end: start + codePointLength(quote.exact) };
}
