// Notes and document records for the library's tests, with every field filled.
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note } from '@/lib/notes/note';

/** A passage note in document `documentId`; `over` replaces any field. */
export function makeNote(id: string, over: Partial<Note> = {}): Note {
  const exact = over.selectors?.quote.exact ?? `passage ${id}`;
  return {
    id,
    subject: 'passage',
    text: `note ${id}`,
    tags: [],
    documentId: 'kst-1',
    url: 'https://zoek.officielebekendmakingen.nl/kst-1',
    documentTitle: 'Brief één',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
    actorKey: null,
    actorName: null,
    eventDate: null,
    created: 1_000,
    updated: 1_000,
    ...over,
  };
}

/** An actor note on `actorKey`, written in `documentId`. */
export function makeActorNote(id: string, actorKey: string, actorName: string, over: Partial<Note> = {}): Note {
  return makeNote(id, { subject: 'actor', actorKey, actorName, ...over });
}

/** A documents row. */
export function makeDocument(id: string, over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    url: `https://zoek.officielebekendmakingen.nl/${id}`,
    title: `Titel ${id}`,
    kind: 'letter',
    date: '2022-11-23',
    dossier: [],
    actorKeys: [],
    firstSeen: 1,
    lastSeen: 1,
    ...over,
  };
}
