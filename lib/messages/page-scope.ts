/**
 * What a content script may touch (issue 14): the notes and drafts of the publication of its own
 * tab, the actor notes of the actors it asks for, and nothing else. A page's scripts share the
 * page with the content script, so whatever the content script may ask, the page may be made to
 * ask; these rules keep the reader's other notes out of its reach. Extension pages are not held
 * to them (caller.ts).
 *
 * Actor notes belong to an actor, not to a page: every publication that names the actor shows,
 * edits and deletes them. A page may therefore change an actor note written elsewhere, but never
 * move it: it stays in the publication and at the address it was written in.
 */
import type { Note } from '@/lib/notes/note';
import { publicationOf } from './caller';

/** Tells whether a draft key (`draftKeyOf`, which begins with the document id) is one of publication `own`. */
export function isDraftOf(own: string, key: string): boolean {
  return key.startsWith(`${own}\u0000`);
}

/**
 * Whether a page showing publication `own` may save `note` (a note or a draft's note). `known` is
 * the note as stored under the same id, or as this page deleted it a moment ago (its undo); null
 * for a new note. A new note is of `own`, at an address of `own`; a known one of `own` stays in
 * `own` (its address may stay as written); a known actor note of elsewhere keeps where it was written.
 */
export function mayWriteNote(own: string, note: Note, known: Note | null): boolean {
  const atOwnAddress = note.documentId === own && publicationOf(note.url) === own;
  if (known === null) return atOwnAddress;
  const keepsPlace = note.documentId === known.documentId && note.url === known.url;
  if (known.documentId === own) return atOwnAddress || keepsPlace;
  return known.subject === 'actor' && note.subject === 'actor' && note.actorKey === known.actorKey && keepsPlace;
}

/** Whether a page showing publication `own` may delete the stored note `known` (null: there is none, nothing to refuse). */
export function mayDeleteNote(own: string, known: Note | null): boolean {
  return known === null || known.documentId === own || known.subject === 'actor';
}
