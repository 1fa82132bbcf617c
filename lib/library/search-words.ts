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

/**
 * The folded words of a text, in order, repeats included: the tokens of the index and of a query.
 * A plain regular expression: the index is built in slices after the first rows are drawn and a
 * query is a few words, so a faster hand-written scan would not change what the reader waits for.
 */
export function wordsOf(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
