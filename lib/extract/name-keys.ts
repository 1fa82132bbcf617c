/**
 * Comparison keys for names: case and diacritics do not count ("Armenie" is Armenië), a leading
 * article does not count, white space is one space. Used by the gazetteer and by merging.
 */

// Unicode patterns are made once, at module level, here and in the other extraction modules: in a
// function body the build (Vite's default browser target) turns each into `new RegExp(...)`, made
// anew at every call (docs/performance.md).
const UPPER_START = /^\p{Lu}/u;

const MARKS = /[\u0300-\u036f]/g;
const KEY_TRAILER = /[\s,.;:]/;

/**
 * The key of one token: lower case, without diacritics (NFD only for tokens beyond ASCII). Made
 * afresh at each call: the actor scan, which asks for the key of every capitalised word and its
 * neighbours, keeps the keys of its own text (actors/token-words.ts).
 */
export function tokenKey(token: string): string {
  for (let i = 0; i < token.length; i++) {
    if (token.charCodeAt(i) > 0x7f) return token.normalize('NFD').replace(MARKS, '').toLowerCase();
  }
  return token.toLowerCase();
}

/** Tells whether a word starts with a capital (ASCII fast path). */
export function startsUpper(word: string): boolean {
  return startsUpperAt(word, 0, word.length);
}

/** `startsUpper` of the word text[start, end) without slicing it out: the actor scan asks it of every word. */
export function startsUpperAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_START.test(text.slice(start, end));
}

/**
 * Tells whether the word's second code unit is an ASCII lower-case letter, as in most capitalised
 * words ("Zaken"): then the word is not in capitals, which the rules can say without a Unicode
 * pattern at every capitalised word. False says nothing.
 */
export function lowerSecondLetter(word: string): boolean {
  const c = word.charCodeAt(1);
  return c >= 97 && c <= 122;
}

/** The key of a name: lower case, without diacritics, a leading article or trailing punctuation. */
export function nameKey(name: string): string {
  const key = name
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(de|het|den|der|'t) /, '');
  return trimEndWhere(key, KEY_TRAILER);
}

/**
 * `s` without the characters at its end that `trailer` (a one-character class) accepts. A loop:
 * a pattern such as `/[\s,]+$/` reads each run of them to its end from every character of the
 * run, and a long run that is not at the end then costs its length squared.
 */
export function trimEndWhere(s: string, trailer: RegExp): string {
  let end = s.length;
  while (end > 0 && trailer.test(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}
