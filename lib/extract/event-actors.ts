/**
 * Which actors an event involves: those mentioned in its clause. The actors' mentions, sorted by
 * start in three parallel arrays, answer "who is mentioned in [from, to)" by binary search. Built
 * without an object per mention and sorted as numbers, because a long text has many thousands of
 * mentions (docs/performance.md).
 */
import { countBelow } from './sorted-search';

/** An actor mention as the actor pass gives it. */
export interface ActorMention {
  start: number;
  end: number;
  actorId: string;
}

/** The mentions by start (ties in the order given), as parallel arrays. */
export interface ActorIndex {
  starts: Int32Array;
  ends: Int32Array;
  ids: string[];
}

// A sort key packs the start and the mention's place in the given order into one exact double:
// starts are below 2^26 (texts of at most 64 M characters), places below 2^26.
const PLACES = 2 ** 26;

// Parallel arrays sorted by start (ties keep their order). Takes the arrays rather than accessor
// functions, so its compiled code is not thrown away for the closures made anew at each call.
function sorted(starts: Int32Array, ends: Int32Array, ids: string[]): ActorIndex {
  const count = starts.length;
  const keys = new Float64Array(count);
  for (let k = 0; k < count; k++) keys[k] = (starts[k] as number) * PLACES + k;
  keys.sort();
  const byStart: ActorIndex = { starts: new Int32Array(count), ends: new Int32Array(count), ids: new Array<string>(count) };
  for (let r = 0; r < count; r++) {
    const k = (keys[r] as number) % PLACES;
    byStart.starts[r] = starts[k] as number;
    byStart.ends[r] = ends[k] as number;
    byStart.ids[r] = ids[k] as string;
  }
  return byStart;
}

/** The index of a list of mentions. */
export function indexMentions(mentions: ReadonlyArray<ActorMention>): ActorIndex {
  const count = mentions.length;
  if (count >= PLACES) throw new RangeError('too many actor mentions');
  const index: ActorIndex = { starts: new Int32Array(count), ends: new Int32Array(count), ids: new Array<string>(count) };
  mentions.forEach((m, k) => {
    index.starts[k] = m.start;
    index.ends[k] = m.end;
    index.ids[k] = m.actorId;
  });
  return sorted(index.starts, index.ends, index.ids);
}

/** The index of the actors' mentions, in the order actor by actor, mention by mention. */
export function indexActors(actors: ReadonlyArray<{ id: string; mentions: ReadonlyArray<{ start: number; end: number }> }>): ActorIndex {
  let count = 0;
  for (const a of actors) count += a.mentions.length;
  if (count >= PLACES) throw new RangeError('too many actor mentions');
  const index: ActorIndex = { starts: new Int32Array(count), ends: new Int32Array(count), ids: new Array<string>(count) };
  let k = 0;
  for (const a of actors) k = addMentions(index, k, a.id, a.mentions);
  return sorted(index.starts, index.ends, index.ids);
}

// One actor's mentions into `index` from place `k` on; gives the next place. A function per actor
// rather than a nested loop, so the code compiled for the long inner loop is not thrown away at the
// end of every actor (docs/performance.md).
function addMentions(index: ActorIndex, k: number, id: string, mentions: ReadonlyArray<{ start: number; end: number }>): number {
  for (const m of mentions) {
    index.starts[k] = m.start;
    index.ends[k] = m.end;
    index.ids[k++] = id;
  }
  return k;
}

/** The ids of the actors mentioned wholly inside [from, to), in text order, each once. */
export function actorsIn(index: ActorIndex, from: number, to: number): string[] {
  const { starts, ends, ids } = index;
  const found: string[] = [];
  for (let i = countBelow(starts, starts.length, from); i < starts.length && (starts[i] as number) < to; i++) {
    const id = ids[i] as string;
    if ((ends[i] as number) <= to && !found.includes(id)) found.push(id);
  }
  return found;
}
