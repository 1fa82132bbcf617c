/**
 * Words for searching: lower case, without accents, split at everything that is not a letter or a
 * digit. One function for the notes and the query, so "financiele" finds "financiële" and
 * "EU-lidstaten" finds "lidstaten" the same way in both.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
// Only text with characters outside ASCII needs the (slower) decomposition.
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The text lower-cased, without diacritics and with compatibility forms taken apart
 * ("Financiële" → "financiele", "ĳ" → "ij"), for comparing.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
}

/** The folded words of a text, in order, repeats included: the tokens of the index and of a query. */
export function wordsOf(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
