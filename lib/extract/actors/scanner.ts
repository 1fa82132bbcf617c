/**
 * Runs the actor rules (actor-rules.ts) over the tokens, as they arrive or all at once, then settles what
 * waited for the document (the Kamer it addresses, whether it is a Handeling) and runs the passes
 * that need every candidate (later-mentions.ts). Streamed or not, the candidates are the same:
 * a rule at token i sees the tokens up to i + REACH and no further, and the scanner reaches token
 * i only once those have arrived (or the text is complete).
 */
import type { Tokens } from '@/lib/extract/tokens';
import { ActorRules } from './actor-rules';
import { candidate, type Candidate } from './candidate';
import { addAcronymDefinitions, addLaterMentions } from './later-mentions';
import { KAMER, type Condition, type RuleOutput } from './rule-words';
import { TokenWords } from './token-words';

/** What the rules need to know about the document. */
export interface ScanContext {
  /** "Tweede Kamer der Staten-Generaal" or "Eerste Kamer der Staten-Generaal": the Kamer "uw Kamer" means. */
  kamer: string;
  /** True in Handelingen, where "De voorzitter:" is the Kamer's chair. */
  proceedings: boolean;
}

/**
 * How many tokens past its own a rule may look at. The longest reach of a real rule is a "te weten:"
 * list (40 members, some tokens each); only rules running on without end on degenerate text
 * ("van van van …" for a thousand words) are cut short by it.
 */
export const REACH = 1024;

/** The scanner of a token stream that may still grow. */
export interface ActorScanner {
  /** Runs the rules at the tokens before `upTo`; the caller sees that `upTo + REACH` tokens are known (or all are). */
  advance(upTo: number): void;
  /** Runs the rules at the remaining tokens (all are known now) and gives every candidate. */
  finish(context: ScanContext): Candidate[];
}

class Scanner implements ActorScanner {
  // What the rules see: the source's tokens, but no more than REACH past the one they are at.
  private readonly t: Tokens;
  private readonly words: TokenWords;
  private readonly found: RuleOutput;
  private readonly rules: ActorRules;
  private next = 0;

  constructor(private readonly source: Tokens) {
    // A literal, not `{ ...source }`: a literal's shape lives as long as the code, where a spread's
    // can be collected between documents and take the rules compiled against it with it
    // (docs/performance.md).
    this.t = { text: source.text, count: source.count, starts: source.starts, ends: source.ends, isWord: source.isWord };
    this.words = new TokenWords(this.t);
    this.found = { t: this.t, words: this.words, out: [], acronyms: new Map(), conditions: new Map() };
    this.rules = new ActorRules(this.found);
  }

  advance(upTo: number): void {
    const { t, source } = this;
    t.text = source.text;
    t.starts = source.starts;
    t.ends = source.ends;
    t.isWord = source.isWord;
    const stop = Math.min(upTo, source.count);
    const known = source.count;
    const isWord = source.isWord;
    let i = this.next;
    for (; i < stop; i++) {
      if (!isWord[i]) continue; // the rules start at words only
      t.count = Math.min(known, i + REACH);
      this.rules.at(i);
    }
    this.next = Math.max(this.next, i);
  }

  finish(context: ScanContext): Candidate[] {
    this.advance(this.source.count);
    this.t.count = this.source.count;
    const found = this.found;
    found.out = settle(found.out, found.conditions, context, this.words);
    addAcronymDefinitions(found);
    addLaterMentions(found);
    return found.out;
  }
}

/** A scanner of `source` (read afresh at each call: its arrays are replaced as it grows). */
export function createActorScanner(source: Tokens): ActorScanner {
  return new Scanner(source);
}

/** Runs the rules over all the tokens. */
export function scanActors(t: Tokens, context: ScanContext): Candidate[] {
  const scanner = createActorScanner(t);
  scanner.advance(t.count);
  return scanner.finish(context);
}

// The conditional candidates settled now that the document is known: kept or dropped, the Kamer named.
function settle(out: Candidate[], conditions: ReadonlyMap<Candidate, Condition>, context: ScanContext, words: TokenWords): Candidate[] {
  if (!conditions.size) return out;
  const settled: Candidate[] = [];
  for (const c of out) {
    const condition = conditions.get(c);
    if (!condition) settled.push(c);
    else if (!condition.proceedings || context.proceedings) settled.push(condition.kamer ? named(c, context.kamer, words) : c);
  }
  return settled;
}

// A candidate whose name held `KAMER`, with the Kamer's name in its name and key.
function named(c: Candidate, kamer: string, words: TokenWords): Candidate {
  const name = c.name.replace(KAMER, kamer);
  return candidate({ ...c, key: words.actorKey(c.type, words.keyOf(name)), name });
}
