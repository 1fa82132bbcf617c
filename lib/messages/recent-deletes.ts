/**
 * The notes pages deleted a moment ago, so that a page may undo its own delete of an actor note
 * written in another publication (page-scope.ts: a page may restore a note only as it knew it).
 * Kept in the background's memory for a few minutes, a bounded number, per publication.
 */
import type { Note } from '@/lib/notes/note';

/** How long a delete can be undone by the page that made it; the undo bar shows for less. */
export const UNDO_WINDOW_MS = 5 * 60_000;

/** How many deletes are remembered at most; the oldest is forgotten first. */
export const MAX_RECENT_DELETES = 200;

/** The memory of recent deletes. */
export interface RecentDeletes {
  /** Remembers that a page of publication `own` deleted `note` at `now`. */
  add(own: string, note: Note, now: number): void;
  /** The note with `id` a page of `own` deleted within the undo window, or null. */
  find(own: string, id: string, now: number): Note | null;
}

/** Creates an empty memory. */
export function createRecentDeletes(): RecentDeletes {
  const deleted = new Map<string, { note: Note; at: number }>();
  const keyOf = (own: string, id: string) => `${own}\u0000${id}`;
  return {
    add(own, note, now) {
      const key = keyOf(own, note.id);
      deleted.delete(key); // re-inserted last: the Map's order is the order of deletes
      deleted.set(key, { note, at: now });
      for (const [old, entry] of deleted) {
        if (deleted.size <= MAX_RECENT_DELETES && now - entry.at <= UNDO_WINDOW_MS) break;
        deleted.delete(old);
      }
    },
    find(own, id, now) {
      const entry = deleted.get(keyOf(own, id));
      return entry && now - entry.at <= UNDO_WINDOW_MS ? entry.note : null;
    },
  };
}
