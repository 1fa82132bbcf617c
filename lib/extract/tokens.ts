/**
 * Tokens: one pass over the text, Unicode-aware, offsets kept. A word is a run of letters, marks
 * and digits; every other non-space character is a token of its own (".", "-", "(", "’"), so
 * "EU-lidstaten" is EU + "-" + lidstaten and "W.B." is W + "." + B + ".". Stored in typed arrays:
 * the rules look tokens up by index many times, and objects per token would dominate the cost.
 */

/** The token stream of a text. */
export interface Tokens {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when the token is a word (letters/digits), 0 for a punctuation character. */
  isWord: Uint8Array;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokenises `text` in one pass. */
export function tokenize(text: string): Tokens {
  let capacity = Math.max(16, text.length >> 2);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let isWord = new Uint8Array(capacity);
  let count = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      const w = new Uint8Array(capacity);
      w.set(isWord);
      isWord = w;
    }
    const start = m.index;
    const end = start + m[0].length;
    starts[count] = start;
    ends[count] = end;
    isWord[count] = end - start > 1 || /[\p{L}\p{M}\p{N}]/u.test(m[0]) ? 1 : 0;
    count++;
  }
  return { text, count, starts, ends, isWord };
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
