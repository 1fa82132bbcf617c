/**
 * A candidate mention of an actor, as the rules find it, before mentions are merged into actors.
 * `key` says which actor it is: mentions with the same key are one actor.
 */
import type { ActorType } from '@/lib/extract/gazetteer/entries';
import { endOf, startOf } from '@/lib/extract/tokens';
import type { TokenWords } from './token-words';

/** One mention found by a rule. */
export interface Candidate {
  start: number;
  end: number;
  type: ActorType;
  /** Identity: "person:hoekstra", "office:minister van buitenlandse zaken", "organisation:eu". */
  key: string;
  /** The canonical name this mention proposes ("W.B. Hoekstra", "Minister van Buitenlandse Zaken"). */
  name: string;
  /** How much the proposed name says (a full name beats a surname); the best name names the actor. */
  weight: number;
  /** For an office held by a named person in this document: the person's key. */
  heldBy?: string | undefined;
  /** Why an office was bound to a person ("ondertekenaar", "apposition"). */
  evidence?: string | undefined;
}

/**
 * A candidate from its fields, made here only: every candidate then has the same fields in the same
 * order, so the passes over all candidates, compiled for one shape, never meet another
 * (docs/performance.md).
 */
export function candidate(fields: Candidate): Candidate {
  const { start, end, type, key, name, weight, heldBy, evidence } = fields;
  return { start, end, type, key, name, weight, heldBy, evidence };
}

/** A candidate over whole tokens whose name says which actor it is: most rules find these. */
export interface NamedSpan {
  /** The first token and the token after the last. */
  first: number;
  end: number;
  type: ActorType;
  name: string;
  weight: number;
}

/** The candidate of a `NamedSpan`: its offsets from the tokens, its key from its name. */
export function spanCandidate(words: TokenWords, span: NamedSpan): Candidate {
  const { first, end, type, name, weight } = span;
  const key = words.actorKey(type, words.keyOf(name));
  return candidate({ start: startOf(words.tokens, first), end: endOf(words.tokens, end - 1), type, key, name, weight });
}
