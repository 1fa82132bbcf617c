/**
 * Comparison keys for names: case and diacritics do not count ("Armenie" is Armenië), a leading
 * article does not count, white space is one space. Used by the gazetteer and by merging.
 */

const MARKS = /[\u0300-\u036f]/g;

/** The key of one token: lower case, without diacritics. */
export function tokenKey(token: string): string {
  return token.normalize('NFD').replace(MARKS, '').toLowerCase();
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
