/**
 * Text offsets → the selectors a note keeps. A passage is described twice, as the W3C Web
 * Annotation model suggests: by its words with a little context on each side (survives edits
 * elsewhere in the text) and by its offsets (cheap to check, and the hint that chooses between
 * repeated words). Pure: works on the `TextIndex` text only.
 */
import type { PassageSelectors } from '@/lib/notes/note';

/**
 * Characters of context kept on each side of the quote: enough to tell repeats of a phrase apart
 * (about five Dutch words), short enough that an edit next to the passage rarely spoils all of it.
 */
export const CONTEXT_LENGTH = 32;

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
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
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
