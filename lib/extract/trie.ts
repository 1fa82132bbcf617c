/**
 * A token trie for the gazetteer: names are sequences of tokens, looked up at every position of
 * the text, longest match first. The walk from one position is bounded by the longest name, so a
 * pass over the text is linear. Hyphens, periods and apostrophes inside names are tokens too and
 * must touch their neighbours as in the name ("Staten-Generaal", "Nagorno-Karabach").
 */
import { tokenKey } from './name-keys';
import { lineBreakAfter, tokenize, type Tokens } from './tokens';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: Stored<T>[];
}

/** A value stored under a name, with how that name was written (for case checks). */
export interface Stored<T> {
  value: T;
  surface: string;
  /** The name's tokens, in order, with whether each touches the next. */
  touching: boolean[];
}

/** A trie match: the token range and the values stored under that name. */
export interface TrieMatch<T> {
  first: number;
  end: number;
  /** Shared with the trie when every value fits: read only. */
  values: readonly Stored<T>[];
}

/** Gives the key of a token by index (the actor scan's `TokenWords`, which keeps each token's key). */
export interface TokenKeys {
  key(i: number): string;
}

/** Token trie from names to values. */
export class TokenTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };

  /** Adds a name (it is tokenised like the text). */
  add(name: string, value: T): void {
    const tokens = tokenize(name);
    if (!tokens.count) return;
    let node = this.root;
    const touching: boolean[] = [];
    for (let i = 0; i < tokens.count; i++) {
      const key = tokenKey(name.slice(tokens.starts[i], tokens.ends[i]));
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
      touching.push(i + 1 < tokens.count && tokens.ends[i] === tokens.starts[i + 1]);
    }
    node.values.push({ value, surface: name, touching });
  }

  /**
   * The longest name starting at token `first`, or null: every rule wants the longest ("Raad van
   * State", not "Raad"). `keys` gives a token's key (kept by the caller, so keys are computed once
   * per token, not once per lookup).
   */
  longestAt(tokens: Tokens, first: number, keys: TokenKeys, limit = 16): TrieMatch<T> | null {
    if (first >= tokens.count || !this.root.next.has(keys.key(first))) return null; // most words start no name
    let longest: TrieMatch<T> | null = null;
    let node: Node<T> | undefined = this.root;
    for (let i = first; i < tokens.count && i - first < limit; i++) {
      node = node.next.get(keys.key(i));
      if (!node) break;
      if (node.values.length) {
        const values = fitting(node.values, tokens, first, i - first + 1);
        if (values.length) longest = { first, end: i + 1, values };
      }
      if (lineBreakAfter(tokens, i)) break; // names never run over a line break
    }
    return longest;
  }
}

// The values whose name's spacing the text follows. A loop, not `filter` with an arrow: an arrow
// that reads this walk's `first` and `i` made every call of `longestAt` allocate a context for them
// (docs/performance.md).
function fitting<T>(values: readonly Stored<T>[], tokens: Tokens, first: number, length: number): readonly Stored<T>[] {
  let fits = 0;
  for (const v of values) if (spacingFits(tokens, first, v.touching, length)) fits++;
  if (fits === values.length) return values;
  const kept: Stored<T>[] = [];
  for (const v of values) if (spacingFits(tokens, first, v.touching, length)) kept.push(v);
  return kept;
}

// The text's spacing must follow the name's: "EU-lidstaten" is not "EU - lidstaten", and a name
// whose parts are separate words must not match glued tokens.
function spacingFits(tokens: Tokens, first: number, touching: readonly boolean[], length: number): boolean {
  for (let k = 0; k < length - 1; k++) {
    const glued = tokens.ends[first + k] === tokens.starts[first + k + 1];
    if (glued !== touching[k]) return false;
  }
  return true;
}
