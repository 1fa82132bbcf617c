/**
 * The words of a stretch of text as the event rules read them: runs of letters, marks and digits
 * joined by single hyphens or apostrophes ("44-dagen", "Hennis-Plasschaert", "’s") and every other
 * non-space character alone — exactly what
 * `/[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu` over
 * `text.slice(from, to)` gives. Hand-written: the events pass reads the words around every date,
 * and the regular expression, its match objects and a second test per word for `isWord` were a
 * large part of its time (docs/performance.md).
 */

/** A word or a punctuation character, with its offsets in the whole text. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Whether it holds a letter or a digit (a run of marks alone does not). */
  isWord: boolean;
}

// Classes of code points: 0 space, 1 letter or digit, 2 mark, 3 anything else.
const SPACE = 0;
const LETTER = 1;
const MARK = 2;
const OTHER = 3;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[A-Za-z0-9]/.test(ch) ? LETTER : /\s/.test(ch) ? SPACE : OTHER;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK_CHAR = /\p{M}/u;
const SPACE_CHAR = /\s/u;

// The class of a code point: ASCII from the table, the rest (a few in a thousand characters of
// Dutch text: "ë", "’", "–") from its Unicode properties.
function classOf(cp: number): number {
  if (cp < 128) return ASCII[cp] ?? OTHER;
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(ch) ? LETTER : MARK_CHAR.test(ch) ? MARK : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

// The code point at i, read as if the text ended at `to` (a pair cut by `to` is a lone surrogate).
function codePointAt(text: string, i: number, to: number): number {
  const high = text.charCodeAt(i);
  if (high >= 0xd800 && high <= 0xdbff && i + 1 < to) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return high;
}

const width = (cp: number): number => (cp > 0xffff ? 2 : 1);
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019; // - ' ’

/** The words of text[from, to). */
export function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const cp = codePointAt(text, i, to);
    const cls = classOf(cp);
    if (cls === SPACE) {
      i += width(cp);
      continue;
    }
    if (cls === OTHER) {
      const end = i + width(cp);
      out.push({ start: i, end, text: text.slice(i, end), isWord: false });
      i = end;
      continue;
    }
    // A run of letters, marks and digits, and more runs after single joiners.
    let j = i;
    let word = false;
    for (;;) {
      while (j < to) {
        const next = codePointAt(text, j, to);
        const nextClass = classOf(next);
        if (nextClass !== LETTER && nextClass !== MARK) break;
        if (nextClass === LETTER) word = true;
        j += width(next);
      }
      if (j + 1 < to && isJoiner(text.charCodeAt(j))) {
        const afterJoiner = classOf(codePointAt(text, j + 1, to));
        if (afterJoiner === LETTER || afterJoiner === MARK) {
          j += 1;
          continue;
        }
      }
      break;
    }
    out.push({ start: i, end: j, text: text.slice(i, j), isWord: word });
    i = j;
  }
  return out;
}
