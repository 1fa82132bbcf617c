/**
 * The tokens' words and keys as the actor rules read them, with what one scan remembers about its
 * text. Made for one extraction (scanner.ts) and dropped with it: nothing of one text is kept for
 * the next, and two extractions at once (two tabs, read part by part in turn) each have their own.
 */
import type { ActorType } from '@/lib/extract/gazetteer/entries';
import { tokenKey } from '@/lib/extract/name-keys';
import type { Tokens } from '@/lib/extract/tokens';

// Rules look at a word and its neighbours several times: a small ring of words and keys keeps that
// to one slice and one key per token, without arrays as long as the text.
const RING = 64;

/**
 * A token's word and key by index ('' outside the tokens), and the keys made so far. A class with
 * methods, passed to the rules and their helpers: every document's scan calls the same functions,
 * which V8 keeps compiled from one document to the next (docs/performance.md).
 */
export class TokenWords {
  private readonly ringAt = new Int32Array(RING).fill(-1);
  private readonly ringWord: string[] = new Array<string>(RING).fill('');
  private readonly ringKey: Array<string | null> = new Array<string | null>(RING).fill(null);
  // Each distinct word's key once: a text repeats its words, and a key costs a new lower-case string
  // and, for an accented word, a normalisation (docs/performance.md).
  private readonly keys = new Map<string, string>();
  // Each actor key once: merging groups every candidate by key, and one string per actor (hashed
  // once) costs less than a new one per candidate (hashed, and first copied flat, each time).
  private readonly actorKeys = new Map<ActorType, Map<string, string>>();

  /** `tokens` is the scan's view of the tokens: its count says how far the rules may look. */
  constructor(readonly tokens: Tokens) {}

  /** The text of token i; '' before the first token and past the last one in view. */
  word(i: number): string {
    if (i < 0 || i >= this.tokens.count) return '';
    return this.ringWord[this.slot(i)] ?? '';
  }

  /** The key of token i (tokenKey); '' where `word` is ''. */
  key(i: number): string {
    if (i < 0 || i >= this.tokens.count) return '';
    const slot = this.slot(i);
    let key = this.ringKey[slot];
    if (key == null) {
      key = this.keyOf(this.ringWord[slot] ?? '');
      this.ringKey[slot] = key;
    }
    return key;
  }

  /** The identity key of an actor of a type whose name has the key `nameKey` ("person:hoekstra"). */
  actorKey(type: ActorType, nameKey: string): string {
    let ofType = this.actorKeys.get(type);
    if (!ofType) {
      ofType = new Map();
      this.actorKeys.set(type, ofType);
    }
    let key = ofType.get(nameKey);
    if (key === undefined) {
      key = `${type}:${nameKey}`;
      ofType.set(nameKey, key);
    }
    return key;
  }

  // The ring slot of token i, filled with its word (its key is made when asked for).
  private slot(i: number): number {
    const slot = i & (RING - 1);
    if (this.ringAt[slot] !== i) {
      const { text, starts, ends } = this.tokens;
      this.ringAt[slot] = i;
      this.ringWord[slot] = text.slice(starts[i], ends[i]);
      this.ringKey[slot] = null;
    }
    return slot;
  }

  /** The key of any text (tokenKey), made once per distinct text of the scan: names repeat too. */
  keyOf(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = tokenKey(text);
      this.keys.set(text, key);
    }
    return key;
  }
}
