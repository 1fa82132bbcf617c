/**
 * Tokens: one pass over the text, Unicode-aware, offsets kept. A word is a run of letters, marks
 * and digits; every other non-space character is a token of its own (".", "-", "(", "’"), so
 * "EU-lidstaten" is EU + "-" + lidstaten and "W.B." is W + "." + B + ".". Stored in typed arrays:
 * the rules look tokens up by index many times, and objects per token would dominate the cost.
 */
import { countBelow } from './sorted-search';

// Unicode patterns made once, at module level (why: name-keys.ts).
const LOWER_LETTER = /\p{Ll}/u;

/** The token stream of a text. */
export interface Tokens {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when the token is a word (letters/digits), 0 for a punctuation character. */
  isWord: Uint8Array;
}

// Character classes by code: 1 = part of a word, 2 = space, 0 = a punctuation token of its own.
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[A-Za-z0-9]/.test(ch) ? 1 : /\s/.test(ch) ? 2 : 0;
}
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/;

// Class of the character at i (a surrogate pair is looked at whole).
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] as number;
  const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text.charAt(i);
  return WORD_CHAR.test(ch) ? 1 : SPACE_CHAR.test(ch) ? 2 : 0;
}

// The arrays of the last reusing tokenisation, kept for the next one: a long text needs large
// arrays, and fresh ones each time would leave much more to collect (docs/performance.md).
let spare: { starts: Int32Array<ArrayBuffer>; ends: Int32Array<ArrayBuffer>; isWord: Uint8Array<ArrayBuffer> } | null = null;

/**
 * Tokenises `text` in one pass: a hand-written scanner, no match objects per token. With `reuse`,
 * the arrays of the previous reusing call are written over: only for a caller that drops the
 * tokens before it tokenises again.
 *
 * The extraction reads its text with `createTokenStream`, whose scanner is the same as this one
 * but its own function: V8 optimises a loop for the kinds of string it has seen, and the
 * gazetteer's names (literals, slices, platform strings) would spoil one shared loop for the text
 * (docs/performance.md). token-stream.test.ts checks that the two give the same tokens.
 */
export function tokenize(text: string, { reuse = false }: { reuse?: boolean } = {}): Tokens {
  let capacity = Math.max(16, Math.ceil(text.length / 3)); // about one token per 3 characters in Dutch prose
  const kept = reuse && spare && spare.starts.length >= capacity ? spare : null;
  if (kept) capacity = kept.starts.length;
  let starts = kept?.starts ?? new Int32Array(capacity);
  let ends = kept?.ends ?? new Int32Array(capacity);
  let isWord = kept?.isWord ?? new Uint8Array(capacity);
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 === 32) {
      i++;
      continue;
    }
    const cls = c0 < 128 ? (ASCII_CLASS[c0] as number) : classAt(text, i);
    const width = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < n ? 2 : 1;
    if (cls === 2) {
      i += width;
      continue;
    }
    let end = i + width;
    if (cls === 1) {
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c < 128) {
          if (ASCII_CLASS[c] !== 1) break; // the common case, without a call
          end++;
          continue;
        }
        if (classAt(text, end) !== 1) break;
        end += c >= 0xd800 && c <= 0xdbff && end + 1 < n ? 2 : 1;
      }
    }
    // A footnote number glued to a word in plain text ("crisis1", "Azerbeidzjan2") is a token of its
    // own; "D66", "JA21" and "BIJ1" stay whole (short or all capitals).
    let split = -1;
    if (cls === 1 && end - i >= 5) {
      let d = end;
      while (d > i && text.charCodeAt(d - 1) >= 48 && text.charCodeAt(d - 1) <= 57) d--;
      if (d < end && end - d <= 2 && d - i >= 4 && LOWER_LETTER.test(text.slice(d - 1, d))) split = d;
    }
    if (split > 0) {
      push(i, split, 1);
      push(split, end, 1);
      i = end;
      continue;
    }
    push(i, end, cls);
    i = end;
  }
  if (reuse) spare = { starts, ends, isWord };
  return { text, count, starts, ends, isWord };

  function push(from: number, to: number, word: number) {
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      const bigger = new Uint8Array(capacity);
      bigger.set(isWord);
      isWord = bigger;
    }
    starts[count] = from;
    ends[count] = to;
    isWord[count] = word;
    count++;
  }
}

/** Tokens read as the text arrives: the same tokens `tokenize` gives, a stretch at a time. */
export interface TokenStream {
  /** The tokens so far (the same object throughout; its arrays are replaced as they grow). */
  readonly tokens: Tokens;
  /** The text so far (it only grows: each call passes the earlier text with more after it). */
  setText(text: string): void;
  /**
   * Reads the tokens of text[upTo so far, end). `end` must be the text's length or the offset of
   * a white-space character (no token runs over one), so the tokens are final.
   */
  advance(end: number): void;
  /** Hands the arrays to the next reusing stream (the tokens must no longer be used). */
  release(): void;
}

/** A token stream; `expected` sizes its arrays (about a third of the text's length), `reuse` takes spare ones. */
export function createTokenStream(expected = 1024, reuse = false): TokenStream {
  return new Tokenizer(expected, reuse);
}

// A class rather than closures made for each text: V8 keeps what it learnt about its methods from
// one document to the next.
class Tokenizer implements TokenStream {
  readonly tokens: Tokens & { starts: Int32Array<ArrayBuffer>; ends: Int32Array<ArrayBuffer>; isWord: Uint8Array<ArrayBuffer> };
  private capacity: number;
  private done = 0; // text offset up to which tokens are read

  constructor(expected: number, reuse: boolean) {
    let capacity = Math.max(16, expected); // about one token per 3 characters in Dutch prose
    const kept = reuse && spare && spare.starts.length >= capacity ? spare : null;
    if (kept) {
      spare = null;
      capacity = kept.starts.length;
    }
    this.capacity = capacity;
    this.tokens = {
      text: '',
      count: 0,
      starts: kept?.starts ?? new Int32Array(capacity),
      ends: kept?.ends ?? new Int32Array(capacity),
      isWord: kept?.isWord ?? new Uint8Array(capacity),
    };
  }

  setText(text: string): void {
    this.tokens.text = text;
  }

  // Room for two more tokens (a word split off its footnote number makes two).
  private room(): void {
    const t = this.tokens;
    if (t.count + 2 <= this.capacity) return;
    this.capacity *= 2;
    t.starts = grow(t.starts, this.capacity);
    t.ends = grow(t.ends, this.capacity);
    const bigger = new Uint8Array(this.capacity);
    bigger.set(t.isWord);
    t.isWord = bigger;
  }

  advance(stop: number): void {
    const t = this.tokens;
    const text = t.text;
    let i = this.done;
    while (i < stop) {
      const c0 = text.charCodeAt(i);
      if (c0 === 32) {
        i++;
        continue;
      }
      const cls = c0 < 128 ? (ASCII_CLASS[c0] as number) : classAt(text, i);
      const width = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < text.length ? 2 : 1;
      if (cls === 2) {
        i += width;
        continue;
      }
      let end = i + width;
      if (cls === 1) {
        while (end < stop) {
          const c = text.charCodeAt(end);
          if (c < 128) {
            if (ASCII_CLASS[c] !== 1) break; // the common case, without a call
            end++;
            continue;
          }
          if (classAt(text, end) !== 1) break;
          end += c >= 0xd800 && c <= 0xdbff && end + 1 < text.length ? 2 : 1;
        }
      }
      // A footnote number glued to a word in plain text ("crisis1", "Azerbeidzjan2") is a token of
      // its own; "D66", "JA21" and "BIJ1" stay whole (short or all capitals).
      let split = -1;
      if (cls === 1 && end - i >= 5) {
        let d = end;
        while (d > i && text.charCodeAt(d - 1) >= 48 && text.charCodeAt(d - 1) <= 57) d--;
        if (d < end && end - d <= 2 && d - i >= 4 && LOWER_LETTER.test(text.slice(d - 1, d))) split = d;
      }
      this.room();
      let n = t.count;
      if (split > 0) {
        t.starts[n] = i;
        t.ends[n] = split;
        t.isWord[n] = 1;
        n++;
        t.starts[n] = split;
        t.ends[n] = end;
        t.isWord[n] = 1;
      } else {
        t.starts[n] = i;
        t.ends[n] = end;
        t.isWord[n] = cls;
      }
      t.count = n + 1;
      i = end;
    }
    this.done = Math.max(this.done, i);
  }

  release(): void {
    spare = { starts: this.tokens.starts, ends: this.tokens.ends, isWord: this.tokens.isWord };
  }
}

function grow(a: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

/** The text of token i. */
export function tokenText(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.starts[i], tokens.ends[i]);
}

/** Tells whether tokens i and i+1 touch (no space between them). */
export function touches(tokens: Tokens, i: number): boolean {
  return i + 1 < tokens.count && tokens.ends[i] === tokens.starts[i + 1];
}

/** Tells whether a line break stands between tokens i and i+1 (names and list items never run over one). */
export function lineBreakAfter(tokens: Tokens, i: number): boolean {
  return i + 1 < tokens.count && gapHasLineBreak(tokens.text, tokens.ends[i] as number, tokens.starts[i + 1] as number);
}

/** Tells whether the white space between text[from, to) holds a line break (a block of the page). Linear in the gap. */
export function gapHasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** How many tokens start before `offset` (the starts are ascending). */
export function tokensBefore(tokens: Tokens, offset: number): number {
  return countBelow(tokens.starts, tokens.count, offset);
}
