/**
 * Finding the dates of a document: one pass over the tokens; a token that can start a date phrase
 * (a number, a month, a weekday, "in", "sinds", "op dezelfde dag", "vergaderjaar" …) runs the
 * grammar at its offset, and each match is resolved in text order so that later mentions can lean
 * on earlier ones (the paragraph's year, the last day). Linear in the text.
 */
import { endOf, startOf, type Tokens } from '@/lib/extract/tokens';
import { parseIsoDay, sessionSpan } from './calendar';
import { AFTER_ARTICLE, AFTER_NUMBER, matchDate, NEXT_WORDS, NUMBER_PARSERS, ROUTES, type Parser } from './grammar';
import { resolveDate, type ResolveState } from './resolve';
import type { DateMention, DateReference, RawDate } from './types';

// Unicode patterns made once, at module level (why: name-keys.ts).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const LONGEST_START_WORD = 16;

/**
 * Every date phrase in the tokens' text with its resolved value, in text order. `reference.documentDate`
 * is R for "jl."/"a.s."/nearest; `reference.session` ("2023–2024") places yearless dates of a
 * Handelingen document inside its vergaderjaar when R is unknown.
 */
export function findDates(tokens: Tokens, reference: DateReference): DateMention[] {
  const finder = createDateFinder(tokens);
  finder.advance(tokens.count);
  return finder.finish(reference);
}

/**
 * Date phrases read as the tokens arrive, resolved once the document's date is known: the same
 * mentions `findDates` gives. Reading a phrase needs only its own line (no phrase runs over a line
 * break) and the token after its first; resolving goes through them in text order.
 */
export interface DateFinder {
  /** Reads phrases at the tokens before `upTo`; the caller sees that their lines are complete and the next token known. */
  advance(upTo: number): void;
  /** Reads the rest (all tokens known) and resolves every phrase. */
  finish(reference: DateReference): DateMention[];
}

/** A finder over a growing token stream (`tokens` is read afresh at each call). */
export function createDateFinder(tokens: Tokens): DateFinder {
  return new Finder(tokens);
}

// A class rather than closures made for each text: V8 keeps what it learnt from one document to the next.
class Finder implements DateFinder {
  // Each phrase, and whether a line break came since the one before (a new paragraph).
  private readonly found: Array<{ raw: RawDate; newParagraph: boolean }> = [];
  private consumed = 0;
  private lastEnd = 0;
  private newline = -1; // the first line break at or after lastEnd (cached: each stretch is scanned once)
  private next = 0;

  constructor(private readonly tokens: Tokens) {}

  // The loop's state in locals, written back after it.
  advance(upTo: number): void {
    const tokens = this.tokens;
    const { text } = tokens;
    const stop = Math.min(upTo, tokens.count);
    let i = this.next;
    let at = this.consumed;
    for (; i < stop; i++) {
      const start = startOf(tokens, i);
      if (start < at) continue;
      const parsers = startParsers(tokens, i);
      if (!parsers || gluedToPrevious(text, start)) continue;
      const raw = matchDate(text, start, parsers);
      if (!raw) continue;
      if (this.newline < this.lastEnd) {
        this.newline = text.indexOf('\n', this.lastEnd);
        if (this.newline < 0) this.newline = text.length;
      }
      this.found.push({ raw, newParagraph: this.newline < raw.start });
      at = this.lastEnd = raw.end;
    }
    this.next = Math.max(this.next, i);
    this.consumed = at;
  }

  finish(reference: DateReference): DateMention[] {
    this.advance(this.tokens.count);
    const state: ResolveState = {
      reference: parseIsoDay(reference.documentDate),
      session: sessionSpan(reference.session ?? null),
      paragraph: null,
      lastDay: null,
    };
    const mentions: DateMention[] = [];
    for (const { raw, newParagraph } of this.found) {
      if (newParagraph) state.paragraph = null;
      mentions.push(resolveDate(raw, this.tokens.text, state));
    }
    return mentions;
  }
}

/**
 * The parsers token i can start, or null. A number starts a date only when a separator ("-", "/")
 * is glued to it or the next token is a month, a range word or "kwartaal": most numbers are not
 * dates. A common word ("de", "in") only when the next token can go on with its phrase (NEXT_WORDS).
 * Exported for the test that the gate loses no phrase (tests/unit/extract/dates-gate.test.ts).
 */
export function startParsers(tokens: Tokens, i: number): readonly Parser[] | null {
  const { text, count } = tokens;
  const start = startOf(tokens, i);
  const end = endOf(tokens, i);
  const firstChar = text.charCodeAt(start);
  if (firstChar >= 48 && firstChar <= 57) {
    if (end - start > 4 || i + 1 >= count) return null;
    const after = text.charCodeAt(end);
    if (after === 45 || after === 47) return NUMBER_PARSERS; // "-" "/"
    const next = startOf(tokens, i + 1);
    const nextChar = text.charCodeAt(next);
    if (nextChar === 0x2013 || nextChar === 0x2014 || nextChar === 45) return NUMBER_PARSERS; // "12 – 14 oktober"
    return AFTER_NUMBER.get(text, next, endOf(tokens, i + 1)) ? NUMBER_PARSERS : null;
  }
  if (end - start > LONGEST_START_WORD) return null;
  const route = ROUTES.get(text, start, end);
  if (!route) return null;
  // "de", "in", "voor" …: only before a number or a word their phrases go on with (a token past
  // the end of the text so far is past a line break, which no phrase crosses).
  if (route.gated && !goesOn(tokens, i + 1)) return null;
  return route.parsers;
}

// Whether token j (after a gated word) can go on with a date phrase: a number or a NEXT_WORDS word,
// and after an article ("in het", "op de") a number or an AFTER_ARTICLE word.
function goesOn(tokens: Tokens, j: number): boolean {
  if (j >= tokens.count) return false;
  const { text } = tokens;
  const start = startOf(tokens, j);
  const firstChar = text.charCodeAt(start);
  if (firstChar >= 48 && firstChar <= 57) return true;
  const next = NEXT_WORDS.get(text, start, endOf(tokens, j));
  if (next !== 'article') return next === 'word';
  if (j + 1 >= tokens.count) return false;
  const after = startOf(tokens, j + 1);
  const afterChar = text.charCodeAt(after);
  return (afterChar >= 48 && afterChar <= 57) || AFTER_ARTICLE.get(text, after, endOf(tokens, j + 1)) === true;
}

// "21 501-02", "1.000", "euobserver.com/2022": a token glued by "-", "/", "." or "," to a word or
// number before it is part of that, not the start of a date.
function gluedToPrevious(text: string, start: number): boolean {
  if (start < 2) return false;
  const before = text.charAt(start - 1);
  const glue = before === '-' || before === '/' || before === '.' || before === ',' || before === ':';
  return glue && LETTER_OR_DIGIT.test(text.charAt(start - 2));
}
