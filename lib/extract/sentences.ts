/**
 * Sentences: split at a full stop, question or exclamation mark followed by a space and a capital,
 * digit or quote — unless the period closes an abbreviation ("nr.", "jl.", "t.a.v.") or an
 * initial ("W.B. Hoekstra") — and always at a line break (a block of the page). Linear.
 */
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations';
import { gapHasLineBreak, startOf, type Tokens } from './tokens';

// Unicode patterns made once, at module level (why: name-keys.ts).
const SENTENCE_OPENER = /[\p{Lu}\p{N}"'«“‘(]/u;
const INITIAL_LETTER = /^\p{Lu}$/u;
const HAS_UPPER = /\p{Lu}/u;

/** A sentence as a half-open range of token indexes and of text offsets. */
export interface Sentence {
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
}

const CLOSERS = new Set(['.', '!', '?']);

/** Splits the token stream into sentences. */
export function splitSentences(tokens: Tokens): Sentence[] {
  const splitter = createSentenceSplitter(tokens);
  splitter.advance(tokens.count);
  return splitter.finish();
}

/** Sentences found as the tokens arrive: the same sentences `splitSentences` gives. */
export interface SentenceSplitter {
  /** Looks at tokens up to (not including) `upTo`; a token is decided only once the one after it is known. */
  advance(upTo: number): void;
  /** Closes the last sentence (all tokens known) and gives them all. */
  finish(): Sentence[];
}

/** A splitter over a growing token stream (`tokens` is read afresh at each call). */
export function createSentenceSplitter(tokens: Tokens): SentenceSplitter {
  return new Splitter(tokens);
}

// A class rather than closures made for each text: V8 keeps what it learnt from one document to the next.
class Splitter implements SentenceSplitter {
  private readonly sentences: Sentence[] = [];
  private first = 0;
  private i = 0;

  constructor(private readonly tokens: Tokens) {}

  private close(endToken: number): void {
    const { tokens, first } = this;
    if (endToken > first)
      this.sentences.push({ firstToken: first, endToken, start: tokens.starts[first] ?? 0, end: tokens.ends[endToken - 1] ?? 0 });
    this.first = endToken;
  }

  // Token i decides whether a sentence ends at i or after it: it needs token i + 1 (or the end).
  // The loop reads the token arrays itself (every index below is under `count`), not through the
  // checked `startOf`/`endOf` that the actor rules share: through them, once the actor scan had run,
  // this loop allocated at every token (docs/performance.md).
  private step(limit: number): void {
    const tokens = this.tokens;
    const { text, count, starts, ends, isWord } = tokens;
    let i = this.i;
    for (; i < limit; i++) {
      const start = starts[i] ?? 0;
      // A line break between token i-1 and i always ends the sentence.
      if (i > this.first && gapHasLineBreak(text, ends[i - 1] ?? 0, start)) this.close(i);
      const ch = text.charAt(start);
      if (isWord[i] || !CLOSERS.has(ch)) continue;
      const next = i + 1;
      if (next >= count) continue;
      const nextStart = starts[next] ?? 0;
      if (nextStart <= (ends[i] ?? 0)) continue; // no space after it: "W.B." "1.000" "euobserver.com"
      const after = text.charAt(nextStart);
      if (!SENTENCE_OPENER.test(after)) continue;
      if (ch === '.') {
        const abbreviation = closesAbbreviation(tokens, i);
        if (abbreviation === 'inside' || (abbreviation === 'maybe-final' && !HAS_UPPER.test(after))) continue;
      }
      this.close(next);
    }
    this.i = Math.max(this.i, i);
  }

  advance(upTo: number): void {
    this.step(Math.min(upTo, this.tokens.count - 1));
  }

  finish(): Sentence[] {
    this.step(this.tokens.count);
    this.close(this.tokens.count);
    return this.sentences;
  }
}

// Whether the period at token i closes an abbreviation or an initial ('inside': the sentence goes
// on), one that may also close the sentence ('maybe-final'), or neither ('no').
function closesAbbreviation(tokens: Tokens, i: number): 'inside' | 'maybe-final' | 'no' {
  const { text, starts, ends, isWord } = tokens;
  if (i === 0 || !isWord[i - 1]) return 'no';
  const word = text.slice(starts[i - 1], ends[i - 1]);
  if (INITIAL_LETTER.test(word) || /^(Th|Chr|IJ|Ph|Joh|Wm)$/.test(word)) return 'inside'; // an initial
  // Gather "t.a.v" backwards over single-letter parts joined by periods.
  let j = i - 1;
  let abbr = word.toLowerCase();
  while (
    j >= 2 &&
    text.charAt(startOf(tokens, j - 1)) === '.' &&
    ends[j - 2] === starts[j - 1] &&
    ends[j - 1] === starts[j] &&
    isWord[j - 2]
  ) {
    abbr = `${text.slice(starts[j - 2], ends[j - 2]).toLowerCase()}.${abbr}`;
    j -= 2;
  }
  if (SENTENCE_FINAL_ABBREVIATIONS.has(abbr)) return 'maybe-final';
  return ABBREVIATIONS.has(abbr) || ABBREVIATIONS.has(word.toLowerCase()) ? 'inside' : 'no';
}
