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

// Class of an ASCII code (below 128, so always in the table).
function asciiClass(c: number): number {
  return ASCII_CLASS[c] ?? 0;
}

// Class of the character at i (a surrogate pair is looked at whole).
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiClass(c);
  const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text.charAt(i);
  return WORD_CHAR.test(ch) ? 1 : SPACE_CHAR.test(ch) ? 2 : 0;
}

/**
 * Tokenises `text` in one pass: a hand-written scanner, no match objects per token.
 *
 * The extraction reads its text with `createTokenStream`, whose scanner is the same as this one
 * but its own function: V8 optimises a loop for the kinds of string it has seen, and the
 * gazetteer's names (literals, slices, platform strings) would spoil one shared loop for the text
 * (docs/performance.md). token-stream.test.ts checks that the two give the same tokens.
 */
export function tokenize(text: string): Tokens {
  let capacity = Math.max(16, Math.ceil(text.length / 3)); // about one token per 3 characters in Dutch prose
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let isWord = new Uint8Array(capacity);
  let count = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c0 = text.charCodeAt(i);
    if (c0 === 32) {
      i++;
      continue;
    }
    const cls = c0 < 128 ? asciiClass(c0) : classAt(text, i);
    const width = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < length ? 2 : 1;
    if (cls === 2) {
      i += width;
      continue;
    }
    let end = i + width;
    if (cls === 1) {
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c < 128) {
          if (ASCII_CLASS[c] !== 1) break; // the common case, without a call
          end++;
          continue;
        }
        if (classAt(text, end) !== 1) break;
        end += c >= 0xd800 && c <= 0xdbff && end + 1 < length ? 2 : 1;
      }
    }
    // A footnote number glued to a word in plain text ("crisis1", "Azerbeidzjan2") is a token of its
    // own; "D66", "JA21" and "BIJ1" stay whole (short or all capitals).
    let split = -1;
    if (cls === 1 && end - i >= 5) {
      let digits = end;
      while (digits > i && text.charCodeAt(digits - 1) >= 48 && text.charCodeAt(digits - 1) <= 57) digits--;
      if (digits < end && end - digits <= 2 && digits - i >= 4 && LOWER_LETTER.test(text.slice(digits - 1, digits))) split = digits;
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
}

/**
 * A token stream; `expected` sizes its arrays (about a third of the text's length). Each stream has
 * arrays of its own: two extractions at once (two tabs) never share them, and an extraction's
 * tokens depend on its text alone.
 */
export function createTokenStream(expected = 1024): TokenStream {
  return new Tokenizer(expected);
}

// A class rather than closures made for each text: V8 keeps what it learnt about its methods from
// one document to the next.
class Tokenizer implements TokenStream {
  readonly tokens: Tokens & { starts: Int32Array<ArrayBuffer>; ends: Int32Array<ArrayBuffer>; isWord: Uint8Array<ArrayBuffer> };
  private capacity: number;
  private done = 0; // text offset up to which tokens are read

  constructor(expected: number) {
    const capacity = Math.max(16, expected); // about one token per 3 characters in Dutch prose
    this.capacity = capacity;
    this.tokens = {
      text: '',
      count: 0,
      starts: new Int32Array(capacity),
      ends: new Int32Array(capacity),
      isWord: new Uint8Array(capacity),
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
      const cls = c0 < 128 ? asciiClass(c0) : classAt(text, i);
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
        let digits = end;
        while (digits > i && text.charCodeAt(digits - 1) >= 48 && text.charCodeAt(digits - 1) <= 57) digits--;
        if (digits < end && end - digits <= 2 && digits - i >= 4 && LOWER_LETTER.test(text.slice(digits - 1, digits))) split = digits;
      }
      this.room();
      let at = t.count;
      if (split > 0) {
        t.starts[at] = i;
        t.ends[at] = split;
        t.isWord[at] = 1;
        at++;
        t.starts[at] = split;
        t.ends[at] = end;
        t.isWord[at] = 1;
      } else {
        t.starts[at] = i;
        t.ends[at] = end;
        t.isWord[at] = cls;
      }
      t.count = at + 1;
      i = end;
    }
    this.done = Math.max(this.done, i);
  }
}

function grow(values: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(capacity);
  bigger.set(values);
  return bigger;
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
  if (i < 0 || i + 1 >= tokens.count) return false;
  return gapHasLineBreak(tokens.text, endOf(tokens, i), startOf(tokens, i + 1));
}

/**
 * Where token i starts in the text: a checked read for a token the caller knows (0 ≤ i < count);
 * any other index is a bug in a rule, not a property of the text.
 */
export function startOf(tokens: Tokens, i: number): number {
  const start = tokens.starts[i];
  if (start === undefined || i < 0 || i >= tokens.count) throw new RangeError(`no token ${i} of ${tokens.count}`);
  return start;
}

/** Where token i ends in the text: a checked read, as `startOf`. */
export function endOf(tokens: Tokens, i: number): number {
  const end = tokens.ends[i];
  if (end === undefined || i < 0 || i >= tokens.count) throw new RangeError(`no token ${i} of ${tokens.count}`);
  return end;
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
