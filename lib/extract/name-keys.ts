/**
 * Comparison keys for names: case and diacritics do not count ("Armenie" is Armenië), a leading
 * article does not count, white space is one space. Used by the gazetteer and by merging.
 */

// Unicode patterns are made once, at module level, here and in the other extraction modules: in a
// function body the build (Vite's default browser target) turns each into `new RegExp(...)`, made
// anew at every call (docs/performance.md).
const UPPER_START = /^\p{Lu}/u;

const MARKS = /[\u0300-\u036f]/g;

// Keys by token: a text repeats its words, and a key costs a new lower-case string and, for
// accented words, a normalisation, while the actor scan asks for the key of every capitalised word
// and its neighbours (docs/performance.md). Emptied when full, and after each extraction (`forgetTokenKeys`):
// a token sliced from a long text holds that text, which a long-lived background must not keep.
const keys = new Map<string, string>();
const KEYS_MAX = 20_000;

/** The key of one token: lower case, without diacritics (NFD only for tokens beyond ASCII). */
export function tokenKey(token: string): string {
  let key = keys.get(token);
  if (key !== undefined) return key;
  key = token.toLowerCase();
  for (let i = 0; i < token.length; i++) {
    if (token.charCodeAt(i) > 0x7f) {
      key = token.normalize('NFD').replace(MARKS, '').toLowerCase();
      break;
    }
  }
  if (keys.size >= KEYS_MAX) keys.clear();
  keys.set(token, key);
  return key;
}

/** Lets go of the cached keys (and the texts their tokens were cut from): the end of an extraction. */
export function forgetTokenKeys(): void {
  keys.clear();
}

/** Tells whether a word starts with a capital (ASCII fast path). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_START.test(word);
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
