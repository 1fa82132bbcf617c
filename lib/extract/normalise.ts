/**
 * Comparison keys for names: case and diacritics do not count ("Armenie" is Armenië), a leading
 * article does not count, white space is one space. Used by the gazetteer and by merging.
 */

const MARKS = /[\u0300-\u036f]/g;

// Keys of words with non-ASCII letters, which cost a normalisation each (~1 µs): a text repeats its
// words, so each is normalised once. Emptied when full, so a long-lived background stays small.
const accented = new Map<string, string>();
const ACCENTED_MAX = 20_000;

/**
 * The key of one token: lower case, without diacritics. ASCII tokens (most of them) skip NFD; a
 * loop over the (short) token finds them faster than a regular expression test (measured: the
 * test was a third of the key's cost, and the key 15% of the actor scan).
 */
export function tokenKey(token: string): string {
  for (let i = 0; i < token.length; i++) {
    if (token.charCodeAt(i) > 0x7f) return accentedKey(token);
  }
  return token.toLowerCase();
}

function accentedKey(token: string): string {
  let key = accented.get(token);
  if (key === undefined) {
    key = token.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (accented.size >= ACCENTED_MAX) accented.clear();
    accented.set(token, key);
  }
  return key;
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
