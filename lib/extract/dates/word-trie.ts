/**
 * A case-insensitive trie over UTF-16 code units: tells whether the token text[start, end) is one
 * of a few hundred words without slicing or lower-casing it. The date scan asks this for every
 * token, so it must cost no allocation.
 */

// Children by code unit: ASCII ones in an array (one indexed load per character, where a Map lookup
// each is costly for a date pass that asks this for every common word), others in a map.
interface TrieNode<T> {
  ascii: Array<TrieNode<T> | undefined>;
  other: Map<number, TrieNode<T>>;
  value: T | undefined;
}

const node = <T>(): TrieNode<T> => ({ ascii: new Array<TrieNode<T> | undefined>(128).fill(undefined), other: new Map(), value: undefined });

// Lower case of one code unit: ASCII by arithmetic, the rest ("Ó", "É": a few in a thousand
// characters of Dutch text) through toLowerCase.
function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return lowerBeyondAscii(c);
}

// A function of its own: written inside `lower`, this path, inlined with the lookup into the date
// scan's `startParsers`, made V8 allocate at every token, though it runs for few (docs/performance.md).
function lowerBeyondAscii(c: number): number {
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

// Lengths (bit n: a word of n code units, n < 32; bit 31 for longer ones) of the stored words by
// their first code unit lowered, for ASCII first units: most tokens are turned away by one look.
const LONG = 31;
const lengthBit = (n: number): number => 1 << Math.min(n, LONG);

/** A set of words (stored in lower case) with a value each. */
export class WordTrie<T> {
  private readonly root: TrieNode<T> = node<T>();
  private readonly lengths = new Int32Array(128);

  /** Adds a word (any case) with its value. */
  add(word: string, value: T): void {
    const c0 = lower(word.charCodeAt(0));
    if (c0 < 128) this.lengths[c0] = (this.lengths[c0] ?? 0) | lengthBit(word.length);
    let at = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = lower(word.charCodeAt(i));
      let child = c < 128 ? at.ascii[c] : at.other.get(c);
      if (!child) {
        child = node<T>();
        if (c < 128) at.ascii[c] = child;
        else at.other.set(c, child);
      }
      at = child;
    }
    at.value = value;
  }

  /** The value of the word text[start, end), compared case-insensitively; undefined when absent. */
  get(text: string, start: number, end: number): T | undefined {
    // The date scan asks this for every token, so it must be cheap (docs/performance.md).
    const c0 = lower(text.charCodeAt(start));
    if (c0 < 128 && ((this.lengths[c0] ?? 0) & lengthBit(end - start)) === 0) return undefined;
    let at: TrieNode<T> | undefined = this.root;
    for (let i = start; i < end && at; i++) {
      const c = lower(text.charCodeAt(i));
      at = c < 128 ? at.ascii[c] : at.other.get(c);
    }
    return at?.value;
  }
}
