/**
 * A candidate mention of an actor, as the rules find it, before mentions are merged into actors.
 * `key` says which actor it is: mentions with the same key are one actor.
 */
import type { ActorType } from '../gazetteer/entries';

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
  heldBy?: string;
  /** Why an office was bound to a person ("ondertekenaar", "apposition"). */
  evidence?: string;
}

/** The identity key of an actor of a type with a name. */
export function actorKey(type: ActorType, key: string): string {
  return `${type}:${key}`;
}
