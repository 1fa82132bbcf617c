/**
 * Text offsets → the selectors a note keeps. A passage is described twice, as the W3C Web
 * Annotation model suggests: by its words with a little context on each side (survives edits
 * elsewhere in the text) and by its offsets (cheap to check, and the hint that chooses between
 * repeated words). Pure: works on the `TextIndex` text only.
 */
import type { PassageSelectors } from '@/lib/notes/note';
import { codePointSpan } from '@/lib/notes/code-points';
import { flatten } from './flatten';

/**
 * Characters of context kept on each side of the quote: enough to tell repeats of a phrase apart
 * (about five Dutch words), short enough that an edit next to the passage rarely spoils all of it.
 */
export const CONTEXT_LENGTH = 32;

/**
 * The most context kept on one side. Publications repeat whole formulas (a vote, a minister's
 * title and the words around it), so a side grows, doubling, until the quote with that side's
 * context occurs once in the text: then no other place can agree with the quote and one whole
 * side, which is what re-anchoring needs to be sure of a place when the other side was edited.
 */
export const MAX_CONTEXT_LENGTH = 256;

/** A stretch `[start, end)` of the `TextIndex` text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The selectors of the text `[start, end)`: the quote with up to `CONTEXT_LENGTH` characters of
 * prefix and suffix (fewer at the text's start and end), and the position. Null for an empty or
 * out-of-range stretch, so a caller cannot store a note that points at nothing.
 */
export function describePassage(text: string, start: number, end: number): PassageSelectors | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) return null;
  const exact = text.slice(start, end);
  const flat = flatten(text); // repeats are judged as re-anchoring will see them
  let prefix = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  for (let n = CONTEXT_LENGTH * 2; n <= MAX_CONTEXT_LENGTH && prefix.length < start && repeats(flat, flatten(prefix + exact)); n *= 2) {
    prefix = text.slice(Math.max(0, start - n), start);
  }
  let suffix = text.slice(end, end + CONTEXT_LENGTH);
  for (
    let n = CONTEXT_LENGTH * 2;
    n <= MAX_CONTEXT_LENGTH && end + suffix.length < text.length && repeats(flat, flatten(exact + suffix));
    n *= 2
  ) {
    suffix = text.slice(end, end + n);
  }
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
    position: { type: 'TextPositionSelector', start, end, codePoints: codePointSpan(text, start, end) },
  };
}

// Whether `words` occur more than once in `text`.
function repeats(text: string, words: string): boolean {
  const first = text.indexOf(words);
  return first >= 0 && text.indexOf(words, first + 1) >= 0;
}

/**
 * Whether a stored side of `length` characters was found unique when the note was written: the
 * lengths `describePassage` stops at. A side cut short by the text's edge, or grown to the most,
 * may repeat. (Notes written before sides grew all have 32 characters: taken as unique, as before.)
 */
export function provesPlace(length: number): boolean {
  for (let n = CONTEXT_LENGTH; n < MAX_CONTEXT_LENGTH; n *= 2) if (length === n) return true;
  return false;
}

/**
 * `[start, end)` without white space at either edge (a mouse selection often takes the space or
 * line break after a word); null when nothing but white space is left.
 */
export function trimSpan(text: string, start: number, end: number): TextSpan | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && isWhite(text.charCodeAt(s))) s++;
  while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

// The index text holds only ' ' and '\n' as white space; the rest is for texts from elsewhere.
function isWhite(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0;
}
