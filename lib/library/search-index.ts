/**
 * The library's full-text index, built once and kept up to date note by note, so a keystroke in
 * "Zoeken" looks words up instead of reading every note again.
 *
 * An inverted index: each folded word (`wordsOf`) maps to the notes that contain it; the words are
 * also kept sorted, so every word that starts with a typed prefix is one binary search and a short
 * walk away. A query matches the notes that have, for every word of the query, some word starting
 * with it ("fin ned" finds "financiële … Nederland"). Notes get small integer slots so that a
 * search can mark matches in a typed array rather than building sets of strings.
 */
import { wordsOf } from './search-words';

/** Words of a query beyond this many are ignored (a pasted paragraph is not a query). */
export const MAX_QUERY_WORDS = 32;

/** Index of the first element of `sorted` that is not less than `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An inverted index of word prefixes over notes (or anything with a string id and a text). */
export class SearchIndex {
  readonly #slotOf = new Map<string, number>();
  readonly #idAt: Array<string | null> = [];
  readonly #termsAt: Array<readonly string[] | null> = [];
  readonly #freeSlots: number[] = [];
  /** Word → the slots of the entries that have it, each once, in no order. */
  readonly #postings = new Map<string, number[]>();
  /** Every word, sorted; may still hold words whose last note went (skipped, dropped at the next merge). */
  #sorted: string[] = [];
  /** Words new since the last search, merged into `#sorted` when a search needs it. */
  #pending: string[] = [];
  #marks = new Uint16Array(0);

  /** How many entries are indexed. */
  get size(): number {
    return this.#slotOf.size;
  }

  /** How many distinct words are indexed. */
  get vocabularySize(): number {
    return this.#postings.size;
  }

  /** Whether an entry with this id is indexed. */
  has(id: string): boolean {
    return this.#slotOf.has(id);
  }

  /** Indexes `text` under `id`, replacing what was indexed under it before. */
  set(id: string, text: string): void {
    this.delete(id);
    const slot = this.#freeSlots.pop() ?? this.#idAt.length;
    const terms: string[] = [];
    for (const word of wordsOf(text)) {
      let slots = this.#postings.get(word);
      if (!slots) {
        slots = [];
        this.#postings.set(word, slots);
        this.#pending.push(word);
      }
      // This entry's slots are pushed last, so a repeated word finds its slot at the end.
      if (slots[slots.length - 1] !== slot) {
        slots.push(slot);
        terms.push(word);
      }
    }
    this.#slotOf.set(id, slot);
    this.#idAt[slot] = id;
    this.#termsAt[slot] = terms;
  }

  /** Forgets the entry with this id; false when there was none. */
  delete(id: string): boolean {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return false;
    for (const term of this.#termsAt[slot] ?? []) {
      const slots = this.#postings.get(term);
      if (!slots) continue;
      const at = slots.indexOf(slot);
      if (at >= 0) {
        // Order does not matter: the last slot takes the place of the one removed.
        slots[at] = slots[slots.length - 1] as number;
        slots.pop();
      }
      if (slots.length === 0) this.#postings.delete(term);
    }
    this.#slotOf.delete(id);
    this.#idAt[slot] = null;
    this.#termsAt[slot] = null;
    this.#freeSlots.push(slot);
    return true;
  }

  /**
   * The ids of the entries that match every word of `query` as a prefix of one of their words;
   * null when the query has no words at all (nothing to narrow by: everything matches).
   */
  search(query: string): Set<string> | null {
    const words = [...new Set(wordsOf(query))].slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) return null;
    this.#merge();
    const slots = this.#idAt.length;
    if (this.#marks.length < slots) this.#marks = new Uint16Array(Math.max(slots, this.#marks.length * 2));
    const marks = this.#marks;
    marks.fill(0, 0, slots);
    // Round r keeps a slot only if it was kept by every round before (marks === r - 1).
    let round = 0;
    for (const word of words) {
      round += 1;
      let any = false;
      for (let i = lowerBound(this.#sorted, word); i < this.#sorted.length; i++) {
        const term = this.#sorted[i] as string;
        if (!term.startsWith(word)) break;
        const slots = this.#postings.get(term);
        if (!slots) continue;
        for (const slot of slots) {
          if (marks[slot] === round - 1) {
            marks[slot] = round;
            any = true;
          }
        }
      }
      if (!any) return new Set();
    }
    const found = new Set<string>();
    for (let slot = 0; slot < slots; slot++) {
      if (marks[slot] === round) {
        const id = this.#idAt[slot];
        if (id != null) found.add(id);
      }
    }
    return found;
  }

  /** Brings the sorted word list up to date: new words in, words no entry has any more out. */
  #merge(): void {
    if (this.#pending.length === 0) return;
    const added = this.#pending.sort();
    this.#pending = [];
    const old = this.#sorted;
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < old.length || j < added.length) {
      const a = old[i];
      const b = added[j];
      let next: string;
      if (b === undefined || (a !== undefined && a <= b)) {
        next = a as string;
        i += 1;
      } else {
        next = b;
        j += 1;
      }
      if (this.#postings.has(next) && merged[merged.length - 1] !== next) merged.push(next);
    }
    this.#sorted = merged;
  }
}
