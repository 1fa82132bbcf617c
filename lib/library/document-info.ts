/**
 * What the library shows of a publication: from the `documents` table when the reader opened it
 * with Kantlijn, else from the notes themselves (an imported note's document may never have been
 * opened here), so every group has a name and, when known, its kind, date and address.
 */
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note } from '@/lib/notes/note';
import type { DocumentKind } from '@/lib/model/report';

/** A publication as the library names it. */
export interface DocumentInfo {
  id: string;
  /** The title as printed; null when neither the documents table nor any note knows it. */
  title: string | null;
  /** Null when the document was never opened with Kantlijn (only its notes are known). */
  kind: DocumentKind | null;
  /** ISO date of the publication ("2022-11-23", "2022-11", "2022") or null. */
  date: string | null;
  /** The publication's address, or null when none is known. */
  url: string | null;
}

/** The library's view of one document: its record when there is one, else what `notes` say of it. */
export function documentInfo(id: string, record: DocumentRecord | undefined, notes: readonly Note[]): DocumentInfo {
  const titled = notes.find((n) => n.documentTitle);
  const addressed = notes.find((n) => n.url);
  return {
    id,
    title: record?.title ?? titled?.documentTitle ?? null,
    kind: record?.kind ?? null,
    date: record?.date ?? null,
    url: record?.url || addressed?.url || null,
  };
}
