/**
 * Runs the actor rules (scan.ts) over the tokens, as they arrive or all at once, then settles what
 * waited for the document (the Kamer it addresses, whether it is a Handeling) and runs the passes
 * that need every candidate (later-mentions.ts). Streamed or not, the candidates are the same:
 * a rule at token i sees the tokens up to i + REACH and no further, and the scanner reaches token
 * i only once those have arrived (or the text is complete).
 */
import { tokenKey } from '../normalise';
import type { Tokens } from '../tokens';
import { actorKey, type Candidate } from './candidate';
import { addAcronymDefinitions, addLaterMentions } from './later-mentions';
import { actorRules, KAMER, type Condition, type RuleOutput } from './scan';

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

// Rules look at a word and its neighbours several times: a small ring cache of words and keys
// keeps that to one slice and one key per word, without arrays as long as the text.
const RING = 64;

/** The scanner of a token stream that may still grow. */
export interface ActorScanner {
  /** Runs the rules at the tokens before `upTo`; the caller sees that `upTo + REACH` tokens are known (or all are). */
  advance(upTo: number): void;
  /** Runs the rules at the remaining tokens (all are known now) and gives every candidate. */
  finish(context: ScanContext): Candidate[];
}

/** A scanner of `source` (read afresh at each call: its arrays are replaced as it grows). */
export function createActorScanner(source: Tokens): ActorScanner {
  // What the rules see: the source's tokens, but no more than REACH past the one they are at.
  const t: Tokens = { ...source };
  const cachedAt = new Int32Array(RING).fill(-1);
  const cachedWord: string[] = new Array<string>(RING).fill('');
  const cachedKey: Array<string | null> = new Array<string | null>(RING).fill(null);
  const slot = (i: number) => {
    const n = i & (RING - 1);
    if (cachedAt[n] !== i) {
      cachedAt[n] = i;
      cachedWord[n] = t.text.slice(t.starts[i], t.ends[i]);
      cachedKey[n] = null;
    }
    return n;
  };
  const word = (i: number) => (i >= 0 && i < t.count ? (cachedWord[slot(i)] as string) : '');
  const key = (i: number) => {
    if (i < 0 || i >= t.count) return '';
    const n = slot(i);
    return (cachedKey[n] ??= tokenKey(cachedWord[n] as string));
  };
  const shared: RuleOutput = { t, out: [], acronyms: new Map(), word, conditions: new Map() };
  const rules = actorRules(t, word, key, shared);
  let next = 0;

  const advance = (upTo: number) => {
    t.text = source.text;
    t.starts = source.starts;
    t.ends = source.ends;
    t.isWord = source.isWord;
    const stop = Math.min(upTo, source.count);
    const known = source.count;
    const isWord = source.isWord;
    let i = next;
    for (; i < stop; i++) {
      if (!isWord[i]) continue; // the rules start at words only
      t.count = Math.min(known, i + REACH);
      rules(i);
    }
    next = Math.max(next, i);
  };
  return {
    advance,
    finish(context) {
      advance(source.count);
      t.count = source.count;
      shared.out = settle(shared.out, shared.conditions, context);
      addAcronymDefinitions(shared);
      addLaterMentions(shared);
      return shared.out;
    },
  };
}

/** Runs the rules over all the tokens. */
export function scanActors(t: Tokens, context: ScanContext): Candidate[] {
  const scanner = createActorScanner(t);
  scanner.advance(t.count);
  return scanner.finish(context);
}

// The conditional candidates settled now that the document is known: kept or dropped, the Kamer named.
function settle(out: Candidate[], conditions: ReadonlyMap<Candidate, Condition>, context: ScanContext): Candidate[] {
  if (!conditions.size) return out;
  const settled: Candidate[] = [];
  for (const c of out) {
    const condition = conditions.get(c);
    if (!condition) settled.push(c);
    else if (!condition.proceedings || context.proceedings) settled.push(condition.kamer ? named(c, context.kamer) : c);
  }
  return settled;
}

function named(c: Candidate, kamer: string): Candidate {
  const name = c.name.replace(KAMER, kamer);
  return { ...c, name, key: actorKey(c.type, tokenKey(name)) };
}
