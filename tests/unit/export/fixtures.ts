// Notes, documents, drafts and settings for the export tests: the hard cases the issue names
// (accents, quotes, commas, newlines, Markdown, HTML and scripts) on purpose.
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note, NoteDraft } from '@/lib/notes/note';
import type { BackupSettings } from '@/lib/export/settings';
import { createDb, type KantlijnDb } from '@/lib/store/db';
import { actorNote, documentRecord, eventNote, passageNote } from '@/tests/unit/make-records';

let dbCount = 0;
/** A fresh fake-indexeddb database for one test. */
export function freshDb(): KantlijnDb {
  return createDb(`export-test-${++dbCount}`);
}

const DAY = 24 * 3600 * 1000;
/** 2026-11-27 10:00 UTC. */
export const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);

/** What the export's sample notes say unless a case says otherwise: a quote with its context, a tag, times before `NOW`. */
function sampleNote(documentId: string): Partial<Note> {
  return {
    text: 'Belangrijk voor het verslag.',
    tags: ['energie'],
    documentTitle: `Brief van de minister over ${documentId}`,
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'De minister zegt toe de Kamer te informeren.',
        prefix: 'Antwoord 3. ',
        suffix: ' Vraag 4',
      },
      position: { type: 'TextPositionSelector', start: 120, end: 165 },
    },
    created: NOW - 5 * DAY,
    updated: NOW - 2 * DAY,
  };
}

/** The sample actor note's words, over `sampleNote`'s: it keeps the mention it was written at. */
const SAMPLE_ACTOR: Partial<Note> = {
  text: 'Minister van Buitenlandse Zaken in 2022.',
  tags: ['kabinet Rutte IV'],
  actorName: 'Wopke Hoekstra',
};

/** A sample publication seen ten days and one day before `NOW`, with the actors it names. */
function sampleDocument(id: string, over: Partial<DocumentRecord> = {}): DocumentRecord {
  return documentRecord(id, {
    title: `Brief van de minister over ${id}`,
    date: '2022-10-02',
    dossier: ['21501-02'],
    actorKeys: ['person:hoekstra', 'organisation:europese commissie'],
    firstSeen: NOW - 10 * DAY,
    lastSeen: NOW - DAY,
    ...over,
  });
}

// Fixed UUIDs (as crypto.randomUUID makes them), so W3C ids round-trip.
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The hard cases: one library of notes over three documents. */
export function library(): { notes: Note[]; documents: DocumentRecord[]; drafts: NoteDraft[]; settings: BackupSettings } {
  const documents = [
    sampleDocument('kst-21501-02-2553'),
    sampleDocument('ah-tk-20222023-1234', {
      kind: 'parliamentary-questions',
      title: 'Vragen over "Groningen", gas & <b>winning</b>',
      date: null,
    }),
    sampleDocument('stcrt-2022-999', { kind: 'official-gazette', actorKeys: [] }),
  ];
  const [a, b] = [documents[0] as DocumentRecord, documents[1] as DocumentRecord];
  const notes: Note[] = [
    passageNote(uuid(1), a.id, sampleNote(a.id)),
    passageNote(uuid(2), a.id, {
      ...sampleNote(a.id),
      text: 'Zie "artikel 3", lid 2, en\nde reactie van de Raad; café, naïef, Curaçao – € 5',
      tags: ['te lezen', 'Groningen, gas', 'ß'],
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: 'het "Europees" Semester,\r\nen de Raad', prefix: 'over ', suffix: '.' },
        position: { type: 'TextPositionSelector', start: 300, end: 336 },
      },
    }),
    passageNote(uuid(3), b.id, {
      ...sampleNote(b.id),
      text:
        '<script>alert("x")</script> <img src=x onerror=alert(1)> **vet** [link](javascript:alert(1)) # kop\n' +
        '- lijst\n    code\n> citaat\n=SUM(A1:A9)',
      tags: ['#hash', '2024', 'a/b'],
      documentTitle: b.title,
      url: b.url,
    }),
    passageNote(uuid(4), b.id, { ...sampleNote(b.id), text: '', tags: ['alleen-tag'] }),
    eventNote(uuid(5), a.id, { ...sampleNote(a.id), text: '+31 20 123 4567 @home -min', tags: [] }),
    actorNote(uuid(6), 'person:hoekstra', a.id, { ...sampleNote(a.id), ...SAMPLE_ACTOR }),
    actorNote(uuid(7), 'organisation:europese commissie', b.id, {
      ...sampleNote(b.id),
      selectors: null,
      actorName: 'Europese Commissie',
      text: 'Stuurt het voorstel; zie ook (()) en key:: value',
      tags: [],
    }),
  ];
  const drafts: NoteDraft[] = [
    {
      key: `${a.id}\u0000passage\u0000120`,
      note: passageNote(uuid(8), a.id, { ...sampleNote(a.id), text: 'half af' }),
      updated: NOW - 3600_000,
    },
  ];
  return { notes, documents, drafts, settings: { panelOpen: true, highlightKinds: { person: true, location: false }, panelWidth: 432 } };
}

/** A fresh database holding `library()`'s notes, documents and drafts, with that library. */
export async function libraryDb(): Promise<{ db: KantlijnDb } & ReturnType<typeof library>> {
  const lib = library();
  const db = freshDb();
  await db.notes.bulkPut(lib.notes);
  await db.documents.bulkPut(lib.documents);
  await db.drafts.bulkPut(lib.drafts);
  return { db, ...lib };
}
