// The mentions as one sorted list, and the interval search hit-testing relies on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyMentionsOf, type RangeMaker } from '@/lib/highlight/lazy-mentions';
import { buildMentionTable, byPosition, lastAtOrBefore, mentionsAt, sortByPosition, type MentionSpan } from '@/lib/highlight/mentions';
import { highlightName, sameTarget, selectedKinds, targetKey } from '@/lib/highlight/kinds';
import type { Report } from '@/lib/model/report';
import type { TextIndex } from '@/lib/page/text-index';
import { collectMentions } from './collect-mentions';

const m = (start: number, end: number) => ({ start, end, text: 'x'.repeat(Math.max(0, end - start)) });

const report: Pick<Report, 'actors' | 'events' | 'references'> = {
  actors: [
    { id: 'a1', name: 'Toivo Klaar', type: 'person', aliases: [], roles: [], mentions: [m(40, 45), m(10, 21)] },
    { id: 'a2', name: 'Den Haag', type: 'location', aliases: [], roles: [], mentions: [m(0, 8), m(30, 30)] },
  ],
  events: [{ id: 'e1', date: '2022-11-23', cue: 'Den Haag, 23 november 2022', what: 'verzending', actors: ['a2'], mention: m(0, 26) }],
  references: [{ text: 'Kamerstuk', target: 'kst-1', url: null, mention: m(50, 60) }],
};

// The drawing's mentions as the content script makes them: lazily, then sorted (no range is made here).
function drawnMentions(r: typeof report) {
  const never = (): AbstractRange => {
    throw new Error('no range is made for the order');
  };
  const maker: RangeMaker = { index: {} as TextIndex, make: never, onRange: () => undefined };
  const lazy = lazyMentionsOf(r, maker);
  lazy.collect(() => false);
  return sortByPosition(lazy.mentions);
}

describe('the drawing’s mentions', () => {
  it('lists every mention with kind and target, sorted by start, the longer first at one start, empty ones left out', () => {
    const list = drawnMentions(report);
    expect(list.map((x) => [x.start, x.end, x.kind])).toEqual([
      [0, 26, 'event'],
      [0, 8, 'location'],
      [10, 21, 'person'],
      [40, 45, 'person'],
      [50, 60, 'reference'],
    ]);
    expect(list[2]?.target).toEqual({ kind: 'actor', actorId: 'a1', mentionIndex: 1 });
    expect(list[3]?.target).toEqual({ kind: 'actor', actorId: 'a1', mentionIndex: 0 });
    expect(list[0]?.target).toEqual({ kind: 'event', eventId: 'e1' });
    expect(list[4]?.target).toEqual({ kind: 'reference', index: 0 });
  });
});

describe('mentionsAt', () => {
  const table = buildMentionTable(collectMentions(report));

  it('finds the mentions a caret offset touches, the shortest first', () => {
    expect(mentionsAt(table, 3).map((x) => x.kind)).toEqual(['location', 'event']);
    expect(mentionsAt(table, 8).map((x) => x.kind)).toEqual(['location', 'event']); // caret just after "Den Haag"
    expect(mentionsAt(table, 9).map((x) => x.kind)).toEqual(['event']);
    expect(mentionsAt(table, 27)).toEqual([]);
    expect(mentionsAt(table, 45).map((x) => x.start)).toEqual([40]);
    expect(mentionsAt(table, 1000)).toEqual([]);
    expect(mentionsAt(table, -1)).toEqual([]);
  });

  it('filters with accept (hidden kinds)', () => {
    expect(mentionsAt(table, 3, (x) => x.kind !== 'location').map((x) => x.kind)).toEqual(['event']);
  });

  it('agrees with a scan of all mentions, for any set of spans', () => {
    const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 })).map(([s, len]) => ({ start: s, end: s + len }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), fc.integer({ min: -2, max: 240 }), (spans, offset) => {
        const items: MentionSpan[] = spans
          .map((s, i) => ({ ...s, kind: 'person' as const, target: { kind: 'reference' as const, index: i } }))
          .sort((a, b) => a.start - b.start || b.end - a.end);
        const found = mentionsAt(buildMentionTable(items), offset)
          .map((x) => targetKey(x.target))
          .sort();
        const expected = items
          .filter((x) => x.start <= offset && x.end >= offset)
          .map((x) => targetKey(x.target))
          .sort();
        expect(found).toEqual(expected);
      }),
    );
  });

  it('lastAtOrBefore is a binary search over starts', () => {
    const starts = Int32Array.from([1, 3, 3, 7]);
    expect([0, 1, 2, 3, 4, 7, 9].map((v) => lastAtOrBefore(starts, v))).toEqual([-1, 0, 0, 2, 2, 3, 3]);
    expect(lastAtOrBefore(new Int32Array(0), 5)).toBe(-1);
  });
});

describe('kinds and targets', () => {
  it('names every highlight kantlijn-…', () => {
    expect(highlightName('person')).toBe('kantlijn-person');
    expect(highlightName('flash')).toBe('kantlijn-flash');
  });
  it('reads a selection from a list or a settings record', () => {
    expect([...selectedKinds(['event', 'person'])].sort()).toEqual(['event', 'person']);
    expect([...selectedKinds({ person: true, office: false, reference: true })].sort()).toEqual(['person', 'reference']);
    expect([...selectedKinds(new Set(['location', 'nonsense' as 'location']))]).toEqual(['location']);
  });
  it('tells targets apart', () => {
    expect(sameTarget({ kind: 'actor', actorId: 'a1', mentionIndex: 0 }, { kind: 'actor', actorId: 'a1', mentionIndex: 0 })).toBe(true);
    expect(sameTarget({ kind: 'actor', actorId: 'a1', mentionIndex: 0 }, { kind: 'actor', actorId: 'a1', mentionIndex: 1 })).toBe(false);
    expect(sameTarget({ kind: 'event', eventId: 'e1' }, null)).toBe(false);
    expect(sameTarget(null, null)).toBe(true);
  });
});

describe('sortByPosition', () => {
  it('sorts as the comparison does, stably, as numbers or not', () => {
    const span = (max: number, maxLength: number) =>
      fc.tuple(fc.nat({ max }), fc.nat({ max: maxLength }), fc.nat({ max: 3 })).map(([start, length, id]) => ({
        start,
        end: start + length,
        kind: 'person' as const,
        target: { kind: 'event' as const, eventId: `e${id}` },
      }));
    for (const [max, maxLength] of [
      [50, 5],
      [2 ** 27, 2000],
    ] as const) {
      fc.assert(
        fc.property(fc.array(span(max, maxLength), { maxLength: 300 }), (mentions) => {
          expect(sortByPosition([...mentions])).toEqual([...mentions].sort(byPosition));
        }),
      );
    }
  });
});
