/**
 * A case-insensitive trie over UTF-16 code units: tells whether the token text[start, end) is one
 * of a few hundred words without slicing or lower-casing it. The date scan asks this for every
 * token, so it must cost no allocation.
 */

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value: T | undefined;
}

const lowerCache = new Map<number, number>();

// Lower case of one code unit: ASCII by arithmetic, the rest ("Ó", "É") once through toLowerCase.
function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerCache.get(c);
  if (l === undefined) {
    l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    lowerCache.set(c, l);
  }
  return l;
}

// Lengths (bit n: a word of n code units, n < 32; bit 31 for longer ones) of the stored words by
// their first code unit lowered, for ASCII first units: most tokens are turned away by one look.
const LONG = 31;
const lengthBit = (n: number): number => 1 << Math.min(n, LONG);

/** A set of words (stored in lower case) with a value each. */
export class WordTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), value: undefined };
  private readonly lengths = new Int32Array(128);

  /** Adds a word (any case) with its value. */
  add(word: string, value: T): void {
    const c0 = lower(word.charCodeAt(0));
    if (c0 < 128) this.lengths[c0] = (this.lengths[c0] as number) | lengthBit(word.length);
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = lower(word.charCodeAt(i));
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    node.value = value;
  }

  /** The value of the word text[start, end), compared case-insensitively; undefined when absent. */
  get(text: string, start: number, end: number): T | undefined {
    // The date scan asks this for every token (5% of the extraction walking the trie's maps).
    const c0 = lower(text.charCodeAt(start));
    if (c0 < 128 && ((this.lengths[c0] as number) & lengthBit(end - start)) === 0) return undefined;
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < end && node; i++) node = node.next.get(lower(text.charCodeAt(i)));
    return node?.value;
  }
}
