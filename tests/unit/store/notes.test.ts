// The notes table: what a page loads, saving (with undo), deleting, tags, the library's reads, merging.
import { describe, expect, it } from 'vitest';
import type { Note } from '@/lib/notes/note';
import { createDb } from '@/lib/store/db';
import { countDrafts, getDraft, saveDraft } from '@/lib/store/drafts';
import { InvalidRecordError } from '@/lib/store/invalid-record';
import { allNotes, changeOf, countNotes, deleteNote, getNote, mergeNotes, notesForPage, saveNote, tagCounts } from '@/lib/store/notes';
import { actorNote, draftOf, eventNote, passageNote } from '@/tests/unit/make-records';
import { logReads } from './read-log';

let n = 0;
const freshDb = () => createDb(`notes-${++n}`);

const HERE = 'kst-21501-02-2553';
const ELSEWHERE = 'kst-36045-55';
// Times a merge accepts (between 1990 and a day past its `now`).
const T = Date.UTC(2024, 0, 1);
const NOW = T + 86_400_000;
const AT_T = { created: T, updated: T };

describe('notesForPage', () => {
  it('answers the passage and event notes of the document and the actor notes on its actors', async () => {
    const db = freshDb();
    await db.notes.bulkAdd([
      passageNote('p-2', HERE, { created: 2000 }),
      eventNote('e-1', HERE, { created: 1500 }),
      passageNote('p-1', HERE, { created: 1000 }),
      passageNote('p-other', ELSEWHERE),
      actorNote('a-hoekstra', 'person:hoekstra', ELSEWHERE, { updated: 3000 }),
      actorNote('a-klaar', 'person:klaar', ELSEWHERE, { updated: 5000 }),
      actorNote('a-rutte', 'person:rutte', ELSEWHERE),
    ]);
    const page = await notesForPage(db, HERE, ['person:hoekstra', 'person:klaar', 'person:nobody']);
    expect(page.notes.map((note) => note.id)).toEqual(['p-1', 'e-1', 'p-2']);
    expect(page.actorNotes.map((note) => note.id)).toEqual(['a-klaar', 'a-hoekstra']);
    expect(page.notes[0]).toEqual(passageNote('p-1', HERE, { created: 1000 }));
  });

  it('keeps an actor note written here in sight even when the page no longer names its actor, and lists it once', async () => {
    const db = freshDb();
    await db.notes.bulkAdd([
      actorNote('a-here', 'person:hoekstra', HERE, { updated: 2000 }),
      actorNote('a-gone', 'person:weg', HERE, { updated: 1000 }),
    ]);
    const page = await notesForPage(db, HERE, ['person:hoekstra']);
    expect(page.notes).toEqual([]);
    expect(page.actorNotes.map((note) => note.id)).toEqual(['a-here', 'a-gone']);
    expect(await notesForPage(db, ELSEWHERE, [])).toEqual({ notes: [], actorNotes: [] });
    expect((await notesForPage(db, ELSEWHERE, ['person:hoekstra'])).actorNotes.map((note) => note.id)).toEqual(['a-here']);
  });

  it('reads the documentId and actorKey indexes and loads only the matching rows', async () => {
    const db = freshDb();
    const log = logReads(db);
    const many: Note[] = [];
    for (let i = 0; i < 400; i++) many.push(passageNote(`p-${i}`, `doc-${i % 40}`));
    for (let i = 0; i < 100; i++) many.push(actorNote(`a-${i}`, `person:p${i % 25}`, `doc-${i % 40}`));
    await db.notes.bulkAdd(many);
    log.length = 0;
    const page = await notesForPage(db, 'doc-3', ['person:p1', 'person:p2', 'person:p1']);
    expect(page.notes).toHaveLength(10);
    // doc-3 holds a-3, a-43, a-83 (p3, p18, p8); p1 and p2 have four notes each.
    expect(page.actorNotes).toHaveLength(11);
    // One getAll on the documentId index (its 10 passage notes and 3 actor notes), one per actor key
    // (4 + 4), no cursor: Dexie's anyOf walks a cursor, row by row (tests/bench/notes-load.ts).
    expect(log.map((read) => `${read.op} ${read.index} ${String(read.range?.lower)} ${read.results}`).sort()).toEqual([
      'query actorKey person:p1 4',
      'query actorKey person:p2 4',
      'query documentId doc-3 13',
    ]);
  });
});

describe('saveNote', () => {
  it('adds a new note stamped with now, and answers what it replaced', async () => {
    const db = freshDb();
    const note = passageNote('n-1', HERE, { created: 1000, updated: 1000 });
    expect(await saveNote(db, note, 7000)).toEqual({ note: { ...note, updated: 7000 }, previous: null });
    expect(await getNote(db, 'n-1')).toEqual({ ...note, updated: 7000 });
    expect(await countNotes(db)).toBe(1);
  });

  it('keeps the id and the first created time of a stored note', async () => {
    const db = freshDb();
    const first = (await saveNote(db, passageNote('n-1', HERE, { created: 1000 }), 2000)).note;
    const saved = await saveNote(db, { ...first, text: 'Herschreven', created: 9999 }, 3000);
    expect(saved.previous).toEqual(first);
    expect(saved.note).toMatchObject({ id: 'n-1', text: 'Herschreven', created: 1000, updated: 3000 });
    expect(await countNotes(db)).toBe(1);
  });

  it('drops repeated tags and forgets the draft of the same note, not other drafts', async () => {
    const db = freshDb();
    const note = passageNote('n-1', HERE, { tags: ['a', 'b', 'a'] });
    const other = passageNote('n-2', HERE);
    await saveDraft(db, draftOf({ ...note, text: 'half' }));
    await saveDraft(db, draftOf(other));
    expect(await countDrafts(db)).toBe(2);
    expect((await saveNote(db, note, 2000)).note.tags).toEqual(['a', 'b']);
    expect(await getDraft(db, draftOf(note).key)).toBeNull();
    expect(await getDraft(db, draftOf(other).key)).not.toBeNull();
  });

  it('refuses a malformed note with the reasons, and writes nothing', async () => {
    const db = freshDb();
    const cases: unknown[] = [
      { ...passageNote('n-1'), text: 42 },
      { ...passageNote('n-1'), id: '' },
      { ...passageNote('n-1'), selectors: null },
      { ...passageNote('n-1'), subject: 'actor', actorKey: null },
      { ...passageNote('n-1'), created: -1 },
      (({ documentId: _d, ...rest }) => rest)(passageNote('n-1')),
    ];
    for (const bad of cases) {
      const error = await saveNote(db, bad as Note).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).reasons.length).toBeGreaterThan(0);
    }
    const error = (await saveNote(db, { ...passageNote('n-1'), text: 42 } as unknown as Note).catch(
      (e: unknown) => e,
    )) as InvalidRecordError;
    expect(error.reasons.join()).toMatch(/^text: /);
    expect(await countNotes(db)).toBe(0);
  });
});

describe('deleteNote', () => {
  it('answers the deleted record, which saved again undoes the delete', async () => {
    const db = freshDb();
    const { note } = await saveNote(db, passageNote('n-1', HERE, { created: 1000 }), 2000);
    const deleted = await deleteNote(db, 'n-1');
    expect(deleted).toEqual(note);
    expect(await getNote(db, 'n-1')).toBeNull();
    expect(await deleteNote(db, 'n-1')).toBeNull();
    expect(await deleteNote(db, 'never-was')).toBeNull();
    if (!deleted) throw new Error('nothing deleted');
    const restored = await saveNote(db, deleted, 3000);
    expect(restored).toEqual({ note: { ...note, updated: 3000 }, previous: null });
    expect(await notesForPage(db, HERE, [])).toEqual({ notes: [{ ...note, updated: 3000 }], actorNotes: [] });
  });
});

describe('deleteNote and drafts', () => {
  it('forgets an editor draft of the deleted note, so it does not come back', async () => {
    const db = freshDb();
    const { note } = await saveNote(db, passageNote('n-1', HERE), 2000);
    await saveDraft(db, draftOf({ ...note, text: 'half af' }));
    await saveDraft(db, draftOf(passageNote('n-2', HERE)));
    await deleteNote(db, 'n-1');
    expect(await countDrafts(db)).toBe(1);
  });
});

describe('tagCounts', () => {
  it('counts every tag over all notes, most used first, ties in Dutch alphabetical order', async () => {
    const db = freshDb();
    expect(await tagCounts(db)).toEqual([]);
    await db.notes.bulkAdd([
      passageNote('1', HERE, { tags: ['sancties', 'Oekraïne'] }),
      passageNote('2', HERE, { tags: ['sancties'] }),
      passageNote('3', ELSEWHERE, { tags: ['begroting', 'sancties', 'Oekraïne'] }),
      passageNote('4', ELSEWHERE, { tags: ['Armenië'] }),
      passageNote('5', ELSEWHERE, { tags: [] }),
    ]);
    expect(await tagCounts(db)).toEqual([
      { tag: 'sancties', count: 3 },
      { tag: 'Oekraïne', count: 2 },
      { tag: 'Armenië', count: 1 },
      { tag: 'begroting', count: 1 },
    ]);
  });

  it('reads only the tags index, never a note', async () => {
    const db = freshDb();
    const log = logReads(db);
    await db.notes.bulkAdd(Array.from({ length: 50 }, (_, i) => passageNote(`n-${i}`, HERE, { tags: [`t${i % 5}`, 'alle'] })));
    log.length = 0;
    const counts = await tagCounts(db);
    expect(counts[0]).toEqual({ tag: 'alle', count: 50 });
    expect(counts.slice(1).every((entry) => entry.count === 10)).toBe(true);
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((read) => read.index === 'tags' && !read.values)).toBe(true);
  });
});

describe('the library reads', () => {
  it('lists every note last changed first and counts them', async () => {
    const db = freshDb();
    expect(await allNotes(db)).toEqual([]);
    expect(await countNotes(db)).toBe(0);
    await saveNote(db, passageNote('old'), 1000);
    await saveNote(db, actorNote('newest', 'person:hoekstra'), 3000);
    await saveNote(db, eventNote('middle', ELSEWHERE), 2000);
    expect((await allNotes(db)).map((note) => note.id)).toEqual(['newest', 'middle', 'old']);
    expect(await countNotes(db)).toBe(3);
  });
});

describe('mergeNotes', () => {
  it('adds new notes, replaces older ones, keeps newer stored ones, and keeps timestamps as given', async () => {
    const db = freshDb();
    await db.notes.bulkAdd([
      passageNote('kept', HERE, { created: T, updated: T + 5000, text: 'mijn versie' }),
      passageNote('replaced', HERE, { created: T, updated: T + 1000 }),
    ]);
    const outcome = await mergeNotes(
      db,
      [
        passageNote('kept', HERE, { created: T, updated: T + 4000, text: 'oudere import' }),
        passageNote('replaced', HERE, { created: T, updated: T + 2000, text: 'nieuwere import' }),
        actorNote('added', 'person:hoekstra', ELSEWHERE, { created: T + 10, updated: T + 20 }),
        actorNote('added', 'person:hoekstra', ELSEWHERE, { created: T + 10, updated: T + 10 }),
      ],
      NOW,
    );
    expect(outcome).toEqual({ added: 1, replaced: 1, kept: 2, change: { documentIds: [HERE, ELSEWHERE], actorKeys: ['person:hoekstra'] } });
    expect((await getNote(db, 'kept'))?.text).toBe('mijn versie');
    expect(await getNote(db, 'replaced')).toMatchObject({ text: 'nieuwere import', updated: T + 2000 });
    expect(await getNote(db, 'added')).toMatchObject({ created: T + 10, updated: T + 20 });
  });

  it('writes nothing when one note is malformed, and says which', async () => {
    const db = freshDb();
    const error = (await mergeNotes(
      db,
      [passageNote('a', HERE, AT_T), { ...passageNote('b', HERE, AT_T), tags: 'x' } as unknown as Note],
      NOW,
    ).catch((e: unknown) => e)) as InvalidRecordError;
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect(error.reasons[0]).toMatch(/^1: tags/);
    expect(await countNotes(db)).toBe(0);
  });
});

describe('changeOf', () => {
  it('names each document and actor once, and skips missing notes', () => {
    expect(
      changeOf(passageNote('a', HERE), actorNote('b', 'person:klaar', HERE), null, undefined, actorNote('c', 'person:klaar', ELSEWHERE)),
    ).toEqual({
      documentIds: [HERE, ELSEWHERE],
      actorKeys: ['person:klaar'],
    });
    expect(changeOf()).toEqual({ documentIds: [], actorKeys: [] });
  });
});
