/**
 * What every exporter takes: the notes to write (all of them, the current filter, or one
 * document's — the caller chooses), the documents they were written in, and the moment of export,
 * passed in so that the exporters stay pure and their output can be checked exactly.
 */
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note } from '@/lib/notes/note';

/** The documents the reader has opened, by id (`DocumentRecord.id`). */
export type DocumentsById = ReadonlyMap<string, DocumentRecord>;

/** Options every format understands. */
export interface ExportOptions {
  /** When the export is made: written into the file and its name (local date). */
  now: Date;
}

/** A map by id from a list of documents, for callers that hold an array. */
export function documentsById(documents: Iterable<DocumentRecord>): Map<string, DocumentRecord> {
  const map = new Map<string, DocumentRecord>();
  for (const document of documents) map.set(document.id, document);
  return map;
}

/** The title to show for a note's document: the document's, else the note's own copy, else null. */
export function titleOf(note: Note, documents: DocumentsById): string | null {
  return documents.get(note.documentId)?.title ?? note.documentTitle ?? null;
}

/** Notes grouped by a key, groups in order of first appearance, notes in the order given. */
export function groupBy<K>(notes: readonly Note[], keyOf: (note: Note) => K): Map<K, Note[]> {
  const groups = new Map<K, Note[]>();
  for (const note of notes) {
    const key = keyOf(note);
    const group = groups.get(key);
    if (group) group.push(note);
    else groups.set(key, [note]);
  }
  return groups;
}
