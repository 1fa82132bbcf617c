import { describe, expect, it } from 'vitest';
import type { Note } from '@/lib/notes/note';
import { passageNote } from '@/tests/unit/make-records';
import { notesAt, notesOnActor, notesOnSpan, splitByAnchor, withNote } from '@/lib/notes/page-notes';

const note = (id: string, over: Partial<Note> = {}): Note => passageNote(id, 'kst-1', { created: 1, updated: 1, ...over });

describe('splitByAnchor', () => {
  it('puts found notes in text order and keeps the others as orphans', () => {
    const notes = [note('a'), note('b'), note('c', { created: 5 }), note('d', { subject: 'actor', actorKey: 'person:x' })];
    const page = splitByAnchor(notes, [{ start: 50, end: 60 }, null, { start: 10, end: 20 }, { start: 0, end: 1 }]);
    expect(page.anchored.map((a) => a.note.id)).toEqual(['c', 'a']);
    expect(page.orphans.map((n) => n.id)).toEqual(['b']);
  });
  it('treats a missing anchor as an orphan, never dropping the note', () => {
    expect(splitByAnchor([note('a')], []).orphans).toHaveLength(1);
  });
});

describe('notesAt', () => {
  const page = splitByAnchor(
    [note('a'), note('b'), note('c')],
    [
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 20, end: 30 },
    ],
  );
  it('finds every note covering an offset', () => {
    expect(notesAt(page, 7).map((a) => a.note.id)).toEqual(['a', 'b']);
    expect(notesAt(page, 10).map((a) => a.note.id)).toEqual(['b']);
    expect(notesAt(page, 17)).toEqual([]);
    expect(notesAt(page, 29).map((a) => a.note.id)).toEqual(['c']);
    expect(notesAt(page, 30)).toEqual([]);
  });
});

describe('actor and event notes', () => {
  it('lists an actor’s notes newest first', () => {
    const notes = [
      note('a', { subject: 'actor', actorKey: 'person:klaar', updated: 1 }),
      note('b', { subject: 'actor', actorKey: 'person:klaar', updated: 9 }),
      note('c', { subject: 'actor', actorKey: 'person:hoekstra' }),
    ];
    expect(notesOnActor(notes, 'person:klaar').map((n) => n.id)).toEqual(['b', 'a']);
  });
  it('finds event notes on the event’s own words only', () => {
    const page = splitByAnchor(
      [note('a', { subject: 'event' }), note('b'), note('c', { subject: 'event' })],
      [
        { start: 3, end: 9 },
        { start: 3, end: 9 },
        { start: 3, end: 10 },
      ],
    );
    expect(notesOnSpan(page, { start: 3, end: 9 }, 'event').map((n) => n.id)).toEqual(['a']);
  });
  it('replaces or removes a note by id', () => {
    const list = [note('a'), note('b')];
    expect(withNote(list, note('a', { text: 'new' })).find((n) => n.id === 'a')?.text).toBe('new');
    expect(withNote(list, note('a'), true).map((n) => n.id)).toEqual(['b']);
  });
});
