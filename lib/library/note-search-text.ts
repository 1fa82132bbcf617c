/**
 * What a note is found by in the library's search: what the reader wrote, the passage it hangs on,
 * its tags, the actor it is about and the document's title and id — the things a reader remembers
 * of a note. One function, so the index and its tests agree on the fields.
 */
import type { Note } from '@/lib/notes/note';

/** The searchable text of a note; `documentTitle` overrides the title the note carries. */
export function noteSearchText(note: Note, documentTitle: string | null = note.documentTitle): string {
  return [
    note.text,
    note.selectors?.quote.exact ?? '',
    note.tags.join(' '),
    note.actorName ?? '',
    documentTitle ?? '',
    note.documentId,
  ].join('\n');
}
