/**
 * Words for searching: lower case, without accents, split at everything that is not a letter or a
 * digit. One function for the notes and the query, so "financiele" finds "financiële" and
 * "EU-lidstaten" finds "lidstaten" the same way in both.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
// Only text with characters outside ASCII needs the (slower) decomposition.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class is every character outside ASCII, control characters included.
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The text lower-cased, without diacritics and with compatibility forms taken apart
 * ("Financiële" → "financiele", "ĳ" → "ij"), for comparing.
 */
export function foldText(text: string): string {
  // Decomposition first: it can make capitals ("𝐀" → "A").
  return NON_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '').toLowerCase() : text.toLowerCase();
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `i` of `s` is a letter or digit, and how many UTF-16 units it takes (0: not one). */
function wordUnit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return 1;
  if (c < 128) return 0;
  const point = s.codePointAt(i) as number;
  const width = point > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? width : 0;
}

/**
 * The folded words of a text, in order, repeats included: the tokens of the index and of a query.
 * The same as `foldText(text).match(/[\p{L}\p{N}]+/gu)`, by a scan of character codes that looks
 * at a regular expression only outside ASCII, because the search index folds every note's words
 * (docs/performance.md).
 */
export function wordsOf(text: string): string[] {
  const folded = foldText(text);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; ) {
    const width = wordUnit(folded, i);
    if (width > 0) {
      if (start < 0) start = i;
      i += width;
    } else {
      if (start >= 0) words.push(folded.slice(start, i));
      start = -1;
      i += 1;
    }
  }
  if (start >= 0) words.push(folded.slice(start));
  return words;
}

/** The reference definition of `wordsOf` (for its tests). */
export function wordsByExpression(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
