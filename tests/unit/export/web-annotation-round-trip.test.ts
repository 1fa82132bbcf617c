// Kantlijn → W3C Web Annotation → Kantlijn loses nothing: every kind of note comes back equal,
// through the parser and through the database; other tools' files are read by the standard parts.
import { describe, expect, it } from 'vitest';
import { describePassage } from '@/lib/anchor/describe';
import { applyImport, documentsById, exportFile, parseImport, previewImport, type ParsedImport } from '@/lib/export';
import { codePointSpan } from '@/lib/notes/code-points';
import type { Note, PassageSelectors } from '@/lib/notes/note';
import { actorNote, documentRecord, eventNote, passageNote } from '@/tests/unit/make-records';
import { freshDb } from './fixtures';

type Json = Record<string, unknown>;

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);
const TEXT =
  'Zie 𝑥 = 2 en 📄 bijlage. De minister van Buitenlandse Zaken zegt toe de Kamer vóór 1 juli te informeren over de 💶 begroting.';
const DOCUMENTS = [documentRecord('kst-36200-5'), documentRecord('ah-tk-20222023-1234')];
const [A, B] = DOCUMENTS.map((d) => d.id) as [string, string];

function selectorsOf(words: string, recorded = true): PassageSelectors {
  const start = TEXT.indexOf(words);
  const selectors = describePassage(TEXT, start, start + words.length);
  if (!selectors || start < 0) throw new Error(`not in the text: ${words}`);
  if (recorded) selectors.position.codePoints = codePointSpan(TEXT, start, start + words.length);
  return selectors;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const times = (n: number) => ({ created: Date.UTC(2025, 0, n, 9, 30, 15, 250), updated: Date.UTC(2025, 3, n, 17, 45, 0, 5) });

/** One note of every kind, with and without the parts each may lack. */
const NOTES: Note[] = [
  passageNote(uuid(1), A, {
    ...times(1),
    text: 'Zie "artikel 3", lid 2;\nmet 𝑥 en 📄',
    tags: ['brief', 'Groningen, gas'],
    documentTitle: 'Brief van de minister over 𝑥',
    selectors: selectorsOf('De minister van Buitenlandse Zaken'),
  }),
  passageNote(uuid(2), A, { ...times(2), text: '', tags: ['alleen-tag'], documentTitle: null, selectors: selectorsOf('begroting', false) }),
  passageNote(uuid(3), B, { ...times(3), text: '', tags: [], selectors: selectorsOf('💶 begroting') }),
  eventNote(uuid(4), A, { ...times(4), text: 'Termijn', tags: ['termijn'], selectors: selectorsOf('1 juli'), eventDate: '2026-07-01' }),
  eventNote(uuid(5), B, { ...times(5), text: 'Ongedateerd', selectors: selectorsOf('vóór 1 juli', false), eventDate: null }),
  actorNote(uuid(6), 'person:minister van buitenlandse zaken', A, {
    ...times(6),
    text: 'Minister in 2022.',
    tags: ['kabinet Rutte IV'],
    actorName: 'De minister van Buitenlandse Zaken',
    selectors: selectorsOf('minister van Buitenlandse Zaken'),
  }),
  actorNote(uuid(7), 'organisation:europese commissie', B, { ...times(7), actorName: null, selectors: null, documentTitle: null }),
  passageNote('notitie-zonder-uuid', B, { ...times(8), selectors: selectorsOf('Kamer') }),
];

const exportOf = (notes: readonly Note[]) => exportFile('web-annotation', notes, documentsById(DOCUMENTS), { now: new Date(NOW) }).content;

async function parsed(text: string): Promise<ParsedImport> {
  const outcome = await parseImport(text, { yieldTo: false, now: NOW });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.parsed;
}

describe('Kantlijn → W3C Web Annotation → Kantlijn', () => {
  it('gives back every note equal: passages, events and actors with their texts, tags, times, titles and positions', async () => {
    const back = await parsed(exportOf(NOTES));
    expect(back.invalid).toEqual([]);
    expect(back.notes).toStrictEqual(NOTES);
  });

  it('gives them back equal through the database too', async () => {
    const db = freshDb();
    const outcome = await previewImport(db, await parsed(exportOf(NOTES)));
    if (!outcome.ok) throw new Error(outcome.error);
    expect((await applyImport(db, outcome.preview)).ok).toBe(true);
    const stored = await db.notes.toArray();
    expect(stored.sort((a, b) => a.id.localeCompare(b.id))).toStrictEqual([...NOTES].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('adds the code points of a passage at the text’s start, which its export derived exactly', async () => {
    const note = passageNote(uuid(9), A, { ...times(9), selectors: selectorsOf('bijlage', false) });
    const [back] = (await parsed(exportOf([note]))).notes;
    expect(back).toStrictEqual({
      ...note,
      selectors: { ...note.selectors, position: { ...note.selectors?.position, codePoints: { start: 15, end: 22 } } },
    });
  });

  it('reads Kantlijn’s own terms only where the context defines them: without it, the standard parts', async () => {
    const file = JSON.parse(exportOf(NOTES)) as Json;
    const back = await parsed(JSON.stringify({ ...file, '@context': 'http://www.w3.org/ns/anno.jsonld' }));
    const event = back.notes.find((note) => note.id === uuid(4));
    expect(event).toMatchObject({ subject: 'passage', eventDate: null, documentTitle: null });
    // Without Kantlijn's UTF-16 offsets, the W3C code points are the position's hint too.
    const start = [...TEXT.slice(0, TEXT.indexOf('1 juli'))].length;
    expect(start).toBe(TEXT.indexOf('1 juli') - 2);
    const codePoints = { start, end: start + 6 };
    expect(event?.selectors?.position).toEqual({ type: 'TextPositionSelector', ...codePoints, codePoints });
    expect(
      back.notes.find((note) => note.subject === 'actor' && note.actorKey === 'person:minister van buitenlandse zaken')?.selectors,
    ).toBeNull();
    expect(back.notes.some((note) => note.id === 'notitie-zonder-uuid')).toBe(false);
  });

  it('keeps another tool’s code points and writes them back unchanged', async () => {
    const selector = [
      { type: 'TextQuoteSelector', exact: 'bijlage', prefix: '📄 ', suffix: '. De' },
      { type: 'TextPositionSelector', start: 15, end: 22 },
    ];
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno/7',
      type: 'Annotation',
      created: '2025-02-03T04:05:06Z',
      target: { source: `https://zoek.officielebekendmakingen.nl/${A}.html`, selector },
    };
    const [note] = (await parsed(JSON.stringify(annotation))).notes;
    expect(note?.selectors?.position).toEqual({ type: 'TextPositionSelector', start: 15, end: 22, codePoints: { start: 15, end: 22 } });
    const again = JSON.parse(exportOf(note ? [note] : [])) as Json;
    const [item] = (again.first as Json).items as [Json];
    expect((item.target as Json).selector).toEqual(selector);
  });

  it('reads the terms from an annotation’s own context when it stands alone', async () => {
    const file = JSON.parse(exportOf(NOTES)) as Json;
    const event = ((file.first as Json).items as Json[])[3] as Json;
    const back = await parsed(JSON.stringify({ '@context': file['@context'], ...event }));
    expect(back.notes).toStrictEqual([NOTES[3]]);
  });
});
