// Ranges are made when first needed: the window near the viewport, a hit-test, a card, scrolling.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawHighlights, drawHighlightsAsync } from '@/lib/highlight/draw-highlights';
import { lazyMention } from '@/lib/highlight/lazy-mentions';
import { mentionRange, rangeFactory, type RangeFactory } from '@/lib/highlight/ranges';
import type { Report } from '@/lib/model/report';
import { buildTextIndex, type TextIndex } from '@/lib/page/text-index';
import { installHighlightApi, installLayout, pointOf, type FakeRegistry } from './stubs';
import { collectMentions } from './collect-mentions';

const LINES = 1000;
let registry: FakeRegistry;
let undo: Array<() => void> = [];

beforeEach(() => {
  const api = installHighlightApi();
  registry = api.registry;
  undo.push(api.uninstall);
  document.body.innerHTML = `<main>${Array.from({ length: LINES }, (_, i) => `<p>${i} Klaar</p>`).join('')}</main>`;
});

afterEach(() => {
  for (const u of undo.reverse()) u();
  undo = [];
  document.body.innerHTML = '';
});

function setUp(): { index: TextIndex; report: Pick<Report, 'actors' | 'events' | 'references'>; made: () => number; make: RangeFactory } {
  const index = buildTextIndex(document.querySelector('main') as Element);
  undo.push(installLayout(index));
  const mentions = [];
  for (let at = index.text.indexOf('Klaar'); at >= 0; at = index.text.indexOf('Klaar', at + 1))
    mentions.push({ start: at, end: at + 5, text: 'Klaar' });
  const report = {
    actors: [{ id: 'a1', name: 'Klaar', type: 'person' as const, aliases: [], roles: [], mentions }],
    events: [],
    references: [],
  };
  const real = rangeFactory(document);
  let count = 0;
  const make: RangeFactory = (init) => (count++, real(init));
  return { index, report, made: () => count, make };
}

describe('lazy ranges', () => {
  it('makes the ranges of the mentions it registers near the viewport, not of all', async () => {
    const { index, report, made, make } = setUp();
    const drawing = await drawHighlightsAsync(index, report, { makeRange: make });
    undo.push(() => drawing.dispose());
    expect(drawing.mentions).toHaveLength(LINES);
    expect(drawing.drawnCount).toBeGreaterThan(0);
    expect(made()).toBeLessThan(drawing.drawnCount + 64); // the window plus its binary search
    expect(registry.get('kantlijn-person')?.size).toBe(drawing.drawnCount);
  });

  it('makes any other range on demand, equal to the one made at once', () => {
    const { index, report, made, make } = setUp();
    const drawing = drawHighlights(index, report, undefined, { makeRange: make });
    undo.push(() => drawing.dispose());
    const before = made();
    const last = drawing.rangeOf({ kind: 'actor', actorId: 'a1', mentionIndex: LINES - 1 });
    expect(made()).toBe(before + 1);
    const m = report.actors[0]?.mentions[LINES - 1] as { start: number; end: number };
    const direct = mentionRange(index, m.start, m.end, rangeFactory(document));
    expect([last?.startContainer, last?.startOffset, last?.endContainer, last?.endOffset]).toEqual([
      direct?.startContainer,
      direct?.startOffset,
      direct?.endContainer,
      direct?.endOffset,
    ]);
    // Reading it again makes nothing new.
    drawing.rangeOf({ kind: 'actor', actorId: 'a1', mentionIndex: LINES - 1 });
    expect(made()).toBe(before + 1);
  });

  it('hit-tests a mention far from the window', () => {
    const { index, report, make } = setUp();
    const drawing = drawHighlights(index, report, undefined, { makeRange: make });
    undo.push(() => drawing.dispose());
    const m = report.actors[0]?.mentions[900] as { start: number; end: number };
    const p = pointOf(index.text, m.start + 1);
    expect(drawing.hitTest(p.x, p.y)?.mention.target).toEqual({ kind: 'actor', actorId: 'a1', mentionIndex: 900 });
  });

  it('makes a range once, null included, and reports each one made', () => {
    const { index, make, made } = setUp();
    const seen: AbstractRange[] = [];
    const maker = { index, make, onRange: (r: AbstractRange) => seen.push(r) };
    const at = index.text.indexOf('Klaar');
    const m = lazyMention({ start: at, end: at + 5, kind: 'person', target: { kind: 'actor', actorId: 'a1', mentionIndex: 0 } }, maker);
    expect(m.range).toBe(m.range);
    expect(made()).toBe(1);
    expect(seen).toEqual([m.range]);
    const empty = lazyMention({ start: 5, end: 5, kind: 'person', target: { kind: 'actor', actorId: 'a1', mentionIndex: 1 } }, maker);
    expect(empty.range).toBeNull();
    expect(empty.range).toBeNull();
    expect(made()).toBe(1);
    expect(seen).toHaveLength(1);
  });
});

describe('the drawing’s mentions', () => {
  it('are those of collectMentions, in its order, with targets', async () => {
    const { index, report } = setUp();
    const mixed = {
      actors: [
        report.actors[0] as Report['actors'][number],
        {
          id: 'a2',
          name: 'Nul',
          type: 'office' as const,
          aliases: [],
          roles: [],
          mentions: [
            { start: 5, end: 5, text: '' },
            { start: 2, end: 9, text: 'x' },
          ],
        },
      ],
      events: [{ id: 'e1', date: '2022', cue: 'x', what: 'x', actors: [], mention: { start: 2, end: 12, text: 'x' } }],
      references: [{ text: 'x', target: null, url: null, mention: { start: 2, end: 9, text: 'x' } }],
    };
    const drawing = drawHighlights(index, mixed);
    undo.push(() => drawing.dispose());
    const plain = (m: { start: number; end: number; kind: string; target: unknown }) => ({
      start: m.start,
      end: m.end,
      kind: m.kind,
      target: m.target,
    });
    expect(drawing.mentions.map(plain)).toEqual(collectMentions(mixed).map(plain));
  });
});
