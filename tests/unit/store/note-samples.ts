/**
 * Notes and drafts for the store and handler tests: well-formed by default, each field
 * overridable, so a test says only what matters to it.
 */
import { draftKeyOf, type Note, type NoteDraft } from '@/lib/notes/note';

/** A passage note in `documentId`, written at `created`. */
export function passageNote(id: string, documentId = 'kst-21501-02-2553', fields: Partial<Note> = {}): Note {
  return {
    id,
    subject: 'passage',
    text: `Notitie ${id}: nagaan wat de Minister hier toezegt.`,
    tags: ['toezegging'],
    documentId,
    url: `https://zoek.officielebekendmakingen.nl/${documentId}.html`,
    documentTitle: 'Geannoteerde agenda Raad Buitenlandse Zaken',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'de Europese Commissie', prefix: 'heeft ', suffix: ' voorgesteld' },
      position: { type: 'TextPositionSelector', start: 120, end: 142 },
    },
    actorKey: null,
    actorName: null,
    eventDate: null,
    created: 1000,
    updated: 1000,
    ...fields,
  };
}

/** An actor note on `actorKey`, written in `documentId`. */
export function actorNote(id: string, actorKey: string, documentId = 'kst-21501-02-2553', fields: Partial<Note> = {}): Note {
  return passageNote(id, documentId, {
    subject: 'actor',
    actorKey,
    actorName: actorKey.split(':')[1] ?? actorKey,
    selectors: null,
    tags: [],
    ...fields,
  });
}

/** An event note in `documentId`. */
export function eventNote(id: string, documentId = 'kst-21501-02-2553', fields: Partial<Note> = {}): Note {
  return passageNote(id, documentId, { subject: 'event', eventDate: '2022-10-02', tags: ['tijdlijn'], ...fields });
}

/** The draft of `note`, under the key of its passage. */
export function draftOf(note: Note, updated = 2000): NoteDraft {
  return { key: draftKeyOf(note.documentId, note.subject, note.id), note, updated };
}
