// The library's filters: tag (any case), actor, kind, and a date range over the note's last
// change or the publication's date; and the choices the filters offer.
import { describe, expect, it } from 'vitest';
import { documentInfo } from '@/lib/library/document-info';
import { filterOptions } from '@/lib/library/filter-options';
import { compileFilter, isFiltering, NO_FILTER, startOfLocalDay, type LibraryFilter } from '@/lib/library/filters';
import { actorNote, documentRecord, passageNote } from '@/tests/unit/make-records';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const letter = documentInfo('kst-1', documentRecord('kst-1', { kind: 'letter', date: '2022-11-23' }), []);
const gazette = documentInfo('stcrt-1', documentRecord('stcrt-1', { kind: 'official-gazette', date: '2022-10' }), []);
const unknown = documentInfo('x-1', undefined, []);

const test = (over: Partial<LibraryFilter>) => compileFilter({ ...NO_FILTER, ...over });

describe('compileFilter', () => {
  it('keeps everything without a filter', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, dateField: 'document' })).toBe(false);
    expect(test({})(passageNote('a'), undefined)).toBe(true);
  });

  it('filters by publication: its notes and the actor notes written in it', () => {
    const keep = test({ documentId: 'kst-1' });
    expect(isFiltering({ ...NO_FILTER, documentId: 'kst-1' })).toBe(true);
    expect(keep(passageNote('a', 'kst-1'), letter)).toBe(true);
    expect(keep(actorNote('b', 'person:hoekstra', 'kst-1', { actorName: 'Hoekstra' }), letter)).toBe(true);
    expect(keep(passageNote('c', 'kst-2'), letter)).toBe(false);
  });

  it('filters by tag without regard to case', () => {
    const note = passageNote('a', 'kst-1', { tags: ['Klimaat', 'EU'] });
    expect(test({ tag: 'klimaat' })(note, letter)).toBe(true);
    expect(test({ tag: 'energie' })(note, letter)).toBe(false);
  });

  it('filters by actor', () => {
    const note = actorNote('a', 'person:hoekstra', 'kst-1', { actorName: 'Hoekstra' });
    expect(test({ actorKey: 'person:hoekstra' })(note, letter)).toBe(true);
    expect(test({ actorKey: 'person:klaar' })(note, letter)).toBe(false);
    expect(test({ actorKey: 'person:hoekstra' })(passageNote('b'), letter)).toBe(false);
  });

  it('filters by kind; a document never opened has none', () => {
    const keep = test({ kind: 'letter' });
    expect(keep(passageNote('a'), letter)).toBe(true);
    expect(keep(passageNote('a'), gazette)).toBe(false);
    expect(keep(passageNote('a'), unknown)).toBe(false);
  });

  it('filters by the local day of the last change, both ends included', () => {
    const keep = test({ from: '2026-03-02', to: '2026-03-04' });
    expect(keep(passageNote('a', 'kst-1', { updated: at(2026, 3, 1, 23) }), letter)).toBe(false);
    expect(keep(passageNote('a', 'kst-1', { updated: at(2026, 3, 2, 0) }), letter)).toBe(true);
    expect(keep(passageNote('a', 'kst-1', { updated: at(2026, 3, 4, 23) }), letter)).toBe(true);
    expect(keep(passageNote('a', 'kst-1', { updated: at(2026, 3, 5, 0) }), letter)).toBe(false);
    expect(test({ from: '2026-03-02' })(passageNote('a', 'kst-1', { updated: at(2030, 1, 1) }), letter)).toBe(true);
  });

  it('filters by the publication date, a month counting from its first day', () => {
    const keep = test({ dateField: 'document', from: '2022-10-01', to: '2022-10-31' });
    expect(keep(passageNote('a'), gazette)).toBe(true);
    expect(keep(passageNote('a'), letter)).toBe(false);
    expect(keep(passageNote('a'), unknown)).toBe(false);
    expect(test({ dateField: 'document', to: '2022-12-31' })(passageNote('a'), letter)).toBe(true);
  });

  it('reads only whole dates', () => {
    expect(startOfLocalDay('2026-03-02')).toBe(new Date(2026, 2, 2).getTime());
    expect(startOfLocalDay('2026-3-2')).toBeNull();
    expect(startOfLocalDay('')).toBeNull();
  });
});

describe('filterOptions', () => {
  it('counts tags (one per spelling-insensitive tag), actors and kinds', () => {
    const notes = [
      passageNote('a', 'kst-1', { tags: ['Klimaat', 'EU'] }),
      passageNote('b', 'stcrt-1', { tags: ['klimaat'] }),
      actorNote('c', 'person:klaar', 'kst-1', { actorName: 'T. Klaar' }),
      actorNote('d', 'person:aliyev', 'kst-1', { actorName: 'Aliyev' }),
    ];
    const docs = new Map([
      ['kst-1', letter],
      ['stcrt-1', gazette],
    ]);
    const options = filterOptions(notes, (n) => docs.get(n.documentId));
    expect(options.tags).toEqual([
      { value: 'Klimaat', label: 'Klimaat', count: 2 },
      { value: 'EU', label: 'EU', count: 1 },
    ]);
    expect(options.actors.map((a) => [a.value, a.label])).toEqual([
      ['person:aliyev', 'Aliyev'],
      ['person:klaar', 'T. Klaar'],
    ]);
    // The publications with notes, each named by its title, with how many notes it has.
    expect(options.documents.map((d) => [d.value, d.label, d.count]).sort()).toEqual(
      [
        ['kst-1', letter.title, 3],
        ['stcrt-1', gazette.title, 1],
      ].sort(),
    );
    expect(options.kinds).toEqual([
      { value: 'letter', label: 'letter', count: 3 },
      { value: 'official-gazette', label: 'official-gazette', count: 1 },
    ]);
  });
});
