/**
 * The one place the unit tests build notes, drafts and document records: well-formed by default
 * (each passes the note and document schemas), every field replaceable by an object of overrides,
 * so a test says only what matters to it. Sample content with a purpose (the export's hard cases,
 * the shipped rows of a migration) stays with its tests.
 */
import type { DocumentRecord } from '@/lib/messages/protocol';
import { draftKeyOf, type Note, type NoteDraft } from '@/lib/notes/note';

/** The publication a note is written in when a test does not name one. */
export const SAMPLE_DOCUMENT_ID = 'kst-1';

/** The address of a publication on the site, as the content script records it, so notes and documents agree. */
export function publicationUrl(documentId: string): string {
  return `https://zoek.officielebekendmakingen.nl/${documentId}.html`;
}

/** A passage note in `documentId`; its text and quote name its id, so a failing test shows which note it saw. */
export function passageNote(id: string, documentId = SAMPLE_DOCUMENT_ID, over: Partial<Note> = {}): Note {
  const exact = `passage ${id}`;
  return {
    id,
    subject: 'passage',
    text: `Notitie ${id}`,
    tags: [],
    documentId,
    url: publicationUrl(documentId),
    documentTitle: 'Brief één',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
    actorKey: null,
    actorName: null,
    eventDate: null,
    created: 1000,
    updated: 1000,
    ...over,
  };
}

/**
 * A note on the actor `actorKey`, written in `documentId`, without a passage; its name is the key's
 * second half unless `over` gives one, because most tests need a key and few care about the name.
 */
export function actorNote(id: string, actorKey: string, documentId = SAMPLE_DOCUMENT_ID, over: Partial<Note> = {}): Note {
  return passageNote(id, documentId, {
    subject: 'actor',
    actorKey,
    actorName: actorKey.split(':')[1] ?? actorKey,
    selectors: null,
    ...over,
  });
}

/** A dated event note in `documentId`, because the timeline and the page's notes treat events apart from passages. */
export function eventNote(id: string, documentId = SAMPLE_DOCUMENT_ID, over: Partial<Note> = {}): Note {
  return passageNote(id, documentId, { subject: 'event', eventDate: '2022-10-02', ...over });
}

/** The draft of `note` under the key the editor uses for it, so drafts and notes stay paired in tests. */
export function draftOf(note: Note, updated = 2000): NoteDraft {
  return { key: draftKeyOf(note.documentId, note.subject, note.id), note, updated };
}

/** A documents row for publication `id`, seen once, because the library and the store read these beside the notes. */
export function documentRecord(id: string, over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    url: publicationUrl(id),
    title: `Titel ${id}`,
    kind: 'letter',
    date: '2022-11-23',
    dossier: [],
    actorKeys: [],
    firstSeen: 1000,
    lastSeen: 1000,
    ...over,
  };
}
