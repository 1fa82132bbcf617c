/**
 * When a note was written, or "gewijzigd …" when it was changed later. A new note is dated when it
 * is first saved (entrypoints/content/notes/notes-session.ts), and the store stamps `updated` a
 * moment later; notes saved before that were dated when their editor opened, so only a change
 * well after `created` counts as one.
 */
import type { Note } from '@/lib/notes/note';
import { formatNoteTime } from './format-date';
import { msg } from './words';

/**
 * How much later than `created` a note's `updated` must be before it is called changed: ten
 * minutes, longer than writing a note took when notes were dated by their editor's opening, and
 * short enough that a note changed later in the same sitting or any later day says so. (The times
 * are shown to the minute.)
 */
export const CHANGED_AFTER_MS = 10 * 60 * 1000;

/** Whether the note was changed after it was written (not merely saved when it was made). */
export function wasChanged(note: Pick<Note, 'created' | 'updated'>): boolean {
  return note.updated - note.created > CHANGED_AFTER_MS;
}

/** "27 nov. 2026 20:25", or "gewijzigd 28 nov. 2026 09:10" for a note changed later. */
export function noteTimeWords(note: Pick<Note, 'created' | 'updated'>): string {
  return wasChanged(note) ? msg('noteChanged', formatNoteTime(note.updated)) : formatNoteTime(note.created);
}
