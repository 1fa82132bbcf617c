// Grouping: one group per publication, actor notes in their own groups; the two orders; rows
// with headings only for groups that keep notes.
import { describe, expect, it } from 'vitest';
import { documentInfo } from '@/lib/library/document-info';
import { groupNotes, rowsOf } from '@/lib/library/grouping';
import type { Note } from '@/lib/notes/note';
import { actorNote, documentRecord, passageNote } from '@/tests/unit/make-records';

const at = (start: number) => ({
  quote: { type: 'TextQuoteSelector' as const, exact: 'q', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start, end: start + 1 },
});

const records = new Map([
  ['old', documentRecord('old', { title: 'Oude brief', date: '2020' })],
  ['new', documentRecord('new', { title: 'Nieuwe brief', date: '2022-11-23' })],
]);
const documentOf = (id: string) => documentInfo(id, records.get(id), []);

const notes: Note[] = [
  passageNote('o1', 'old', { updated: 50, selectors: at(300) }),
  passageNote('o2', 'old', { updated: 10, selectors: at(100) }),
  passageNote('n1', 'new', { updated: 30, selectors: at(20) }),
  passageNote('n2', 'new', { updated: 40, selectors: at(10) }),
  passageNote('u1', 'undated', { updated: 5 }),
  actorNote('a1', 'person:klaar', 'new', { actorName: 'T. Klaar', updated: 60 }),
  actorNote('a2', 'person:klaar', 'old', { actorName: 'Klaar', updated: 1 }),
  actorNote('b1', 'person:aliyev', 'kst-1', { actorName: 'Aliyev', updated: 2 }),
];

const shape = (groups: ReturnType<typeof groupNotes>) => groups.map((g) => [g.key, g.notes.map((n) => n.id)]);

describe('groupNotes', () => {
  it('orders groups and notes newest first', () => {
    expect(shape(groupNotes(notes, documentOf, 'newest'))).toEqual([
      ['actor:person:klaar', ['a1', 'a2']],
      ['document:old', ['o1', 'o2']],
      ['document:new', ['n2', 'n1']],
      ['document:undated', ['u1']],
      ['actor:person:aliyev', ['b1']],
    ]);
  });

  it('orders publications newest first with notes in text order, then actors by name', () => {
    const groups = groupNotes(notes, documentOf, 'document');
    expect(shape(groups)).toEqual([
      ['document:new', ['n2', 'n1']],
      ['document:old', ['o2', 'o1']],
      ['document:undated', ['u1']],
      ['actor:person:aliyev', ['b1']],
      ['actor:person:klaar', ['a1', 'a2']],
    ]);
    const klaar = groups.find((g) => g.key === 'actor:person:klaar');
    expect(klaar?.type === 'actor' && klaar.actorName).toBe('T. Klaar');
  });

  it('names a document from its record, else from its notes', () => {
    const groups = groupNotes(
      notes,
      (id) =>
        documentInfo(
          id,
          records.get(id),
          notes.filter((n) => n.documentId === id),
        ),
      'newest',
    );
    const titles = groups.flatMap((g) => (g.type === 'document' ? [g.document.title] : []));
    expect(titles).toEqual(['Oude brief', 'Nieuwe brief', 'Brief één']);
  });
});

describe('rowsOf', () => {
  it('heads each group that keeps notes, with how many it shows', () => {
    const groups = groupNotes(notes, documentOf, 'document');
    const rows = rowsOf(groups, (n) => n.id !== 'o1' && n.id !== 'o2' && n.id !== 'a2');
    expect(rows.map((r) => (r.type === 'group' ? `${r.key}:${r.shown}` : r.note.id))).toEqual([
      'document:new:2',
      'n2',
      'n1',
      'document:undated:1',
      'u1',
      'actor:person:aliyev:1',
      'b1',
      'actor:person:klaar:1',
      'a1',
    ]);
    expect(rowsOf(groups, () => false)).toEqual([]);
  });
});
