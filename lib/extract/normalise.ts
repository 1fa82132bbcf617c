/**
 * Comparison keys for names: case and diacritics do not count ("Armenie" is Armenië), a leading
 * article does not count, white space is one space. Used by the gazetteer and by merging.
 */

const MARKS = /[\u0300-\u036f]/g;

const NON_ASCII = /[^\x00-\x7f]/;

/** The key of one token: lower case, without diacritics. ASCII tokens (most of them) skip NFD. */
export function tokenKey(token: string): string {
  return NON_ASCII.test(token) ? token.normalize('NFD').replace(MARKS, '').toLowerCase() : token.toLowerCase();
}

/** Tells whether a word starts with a capital (ASCII fast path). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word);
}

/** The key of a name: lower case, without diacritics, a leading article or trailing punctuation. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(de|het|den|der|'t) /, '')
    .replace(/[\s,.;:]+$/, '');
}
