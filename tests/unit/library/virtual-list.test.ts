// The virtual list's arithmetic: offsets, the row under a height, the rows a viewport shows,
// and the scroll that reveals a row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, scrollToReveal, visibleRange } from '@/lib/library/virtual-list';
import { rowHeight, ROW_HEIGHTS } from '@/lib/library/row-height';
import { actorNote, passageNote } from '@/tests/unit/make-records';
import type { LibraryRow, NoteGroup } from '@/lib/library/grouping';

describe('virtual list', () => {
  const offsets = rowOffsets([10, 20, 30, 40]);

  it('stacks rows', () => {
    expect([...offsets]).toEqual([0, 10, 30, 60, 100]);
    expect([...rowOffsets([])]).toEqual([0]);
  });

  it('finds the row under a height', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 9.9)).toBe(0);
    expect(rowAt(offsets, 10)).toBe(1);
    expect(rowAt(offsets, 99)).toBe(3);
    expect(rowAt(offsets, 1000)).toBe(3);
    expect(rowAt(offsets, -5)).toBe(0);
    expect(rowAt(rowOffsets([]), 5)).toBe(0);
  });

  it('shows the rows a viewport covers, plus the overscan', () => {
    expect(visibleRange(offsets, 0, 30)).toEqual({ start: 0, end: 2 });
    expect(visibleRange(offsets, 15, 20)).toEqual({ start: 1, end: 3 });
    expect(visibleRange(offsets, 15, 20, 50)).toEqual({ start: 0, end: 4 });
    expect(visibleRange(offsets, 500, 20)).toEqual({ start: 3, end: 4 });
    expect(visibleRange(rowOffsets([]), 0, 100)).toEqual({ start: 0, end: 0 });
  });

  it('covers every visible pixel and no more than one row past it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 60 }),
        fc.nat(5000),
        fc.integer({ min: 1, max: 800 }),
        (heights, scroll, height) => {
          const o = rowOffsets(heights);
          const total = o[heights.length] as number;
          const top = Math.min(scroll, Math.max(0, total - height));
          const { start, end } = visibleRange(o, top, height);
          expect(o[start] as number).toBeLessThanOrEqual(top);
          expect(end === heights.length || (o[end] as number) >= Math.min(total, top + height)).toBe(true);
          expect(end - 1 === start || (o[end - 1] as number) < top + height).toBe(true);
        },
      ),
    );
  });

  it('scrolls only as far as needed to reveal a row', () => {
    expect(scrollToReveal(offsets, 1, 0, 50)).toBe(0);
    expect(scrollToReveal(offsets, 3, 0, 50)).toBe(50);
    expect(scrollToReveal(offsets, 0, 40, 50)).toBe(0);
    expect(scrollToReveal(offsets, 3, 0, 20)).toBe(60);
    expect(scrollToReveal(offsets, 9, 7, 20)).toBe(7);
  });
});

describe('row heights', () => {
  const group = {
    type: 'document',
    key: 'd',
    document: { id: 'd', title: null, kind: null, date: null, url: null },
    notes: [],
  } as NoteGroup;
  it('gives each kind of row its height', () => {
    const heading: LibraryRow = { type: 'group', key: 'd', group, shown: 1 };
    const passage: LibraryRow = { type: 'note', key: 'n', note: passageNote('n'), group };
    const actor: LibraryRow = { type: 'note', key: 'a', note: actorNote('a', 'person:x', 'kst-1', { actorName: 'X' }), group };
    expect(rowHeight(heading, null)).toBe(ROW_HEIGHTS.group);
    expect(rowHeight(passage, null)).toBe(ROW_HEIGHTS.noteWithQuote);
    expect(rowHeight(actor, null)).toBe(ROW_HEIGHTS.note);
    expect(rowHeight(passage, 'n')).toBe(ROW_HEIGHTS.editing);
  });
});
