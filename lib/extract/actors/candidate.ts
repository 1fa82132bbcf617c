/**
 * A candidate mention of an actor, as the rules find it, before mentions are merged into actors.
 * `key` says which actor it is: mentions with the same key are one actor.
 */
import type { ActorType } from '@/lib/extract/gazetteer/entries';

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
 * A candidate, made here only: every candidate then has the same fields in the same order, so the
 * passes over all candidates, compiled for one shape, never meet another (docs/performance.md).
 */
export function candidate(
  start: number,
  end: number,
  type: ActorType,
  key: string,
  name: string,
  weight: number,
  heldBy?: string,
  evidence?: string,
): Candidate {
  return { start, end, type, key, name, weight, heldBy, evidence };
}

// Each key once per document: merging groups every candidate by key, and one string per actor
// (hashed once) costs less than a new one per candidate (hashed, and first copied flat, each time).
// Emptied after each extraction (`forgetActorKeys`): a key may hold the text it came from.
const keys = new Map<ActorType, Map<string, string>>();

/** The identity key of an actor of a type with a name. */
export function actorKey(type: ActorType, key: string): string {
  let ofType = keys.get(type);
  if (!ofType) keys.set(type, (ofType = new Map()));
  let full = ofType.get(key);
  if (full === undefined) {
    full = `${type}:${key}`;
    if (ofType.size >= 20_000) ofType.clear();
    ofType.set(key, full);
  }
  return full;
}

/** Lets go of the keys made (the end of an extraction). */
export function forgetActorKeys(): void {
  keys.clear();
}
