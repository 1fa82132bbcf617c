// Only the mentions near the viewport are registered, and the window follows the scrolling.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawHighlights } from '@/lib/highlight/draw-highlights';
import { covers, PAD_MENTIONS, spanBetween } from '@/lib/highlight/window';
import type { Report } from '@/lib/model/report';
import { buildTextIndex } from '@/lib/page/text-index';
import { installHighlightApi, installLayout, LINE_H, setScrollTop, type FakeRegistry } from './stubs';

const box = (top: number) => new DOMRect(0, top, 50, 16);

describe('spanBetween', () => {
  const tops = Array.from({ length: 1000 }, (_, i) => i * 20 - 5000); // one mention per 20 px, 5000 px scrolled

  it('finds the mentions between two heights by binary search, padded', () => {
    let probes = 0;
    const span = spanBetween(tops.length, (i) => (probes++, box(tops[i] as number)), 0, 800);
    // Visible: tops from -16 (bottom ≥ 0) to 800 → mentions 250…290.
    expect(span).toEqual({ from: 250 - PAD_MENTIONS, to: 291 + PAD_MENTIONS });
    expect(probes).toBeLessThan(30);
  });

  it('steps over mentions without a box, and gives up without any', () => {
    const span = spanBetween(tops.length, (i) => (i % 3 === 0 ? null : box(tops[i] as number)), 0, 800);
    expect(span?.from).toBeLessThanOrEqual(250 - PAD_MENTIONS + 1);
    expect(span?.to).toBeGreaterThanOrEqual(291 + PAD_MENTIONS - 1);
    expect(spanBetween(tops.length, () => null, 0, 800)).toBeNull();
    expect(spanBetween(0, () => null, 0, 800)).toEqual({ from: 0, to: 0 });
  });

  it('clamps at the ends', () => {
    expect(spanBetween(tops.length, (i) => box(tops[i] as number), -100000, 100000)).toEqual({ from: 0, to: 1000 });
    expect(covers({ from: 0, to: 10 }, { from: 2, to: 10 })).toBe(true);
    expect(covers({ from: 3, to: 10 }, { from: 2, to: 10 })).toBe(false);
  });
});

describe('the registered window', () => {
  let registry: FakeRegistry;
  let undo: Array<() => void> = [];
  const LINES = 1000;

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

  function draw(window: 'viewport' | 'all' = 'viewport') {
    const index = buildTextIndex(document.querySelector('main') as Element);
    undo.push(installLayout(index));
    const mentions = [];
    for (let at = index.text.indexOf('Klaar'); at >= 0; at = index.text.indexOf('Klaar', at + 1))
      mentions.push({ start: at, end: at + 5, text: 'Klaar' });
    const report: Pick<Report, 'actors' | 'events' | 'references'> = {
      actors: [{ id: 'a1', name: 'Klaar', type: 'person', aliases: [], roles: [], mentions }],
      events: [],
      references: [],
    };
    const drawing = drawHighlights(index, report, undefined, { window });
    undo.push(() => drawing.dispose());
    return drawing;
  }
  const lineOf = (range: AbstractRange) => Number((range.startContainer.textContent ?? '').split(' ')[0]);
  const heldLines = () => [...(registry.get('kantlijn-person') ?? [])].map(lineOf).sort((a, b) => a - b);
  const screen = () => window.innerHeight / LINE_H;

  it('registers the mentions within a few screens of the viewport, not all', () => {
    const drawing = draw();
    const lines = heldLines();
    expect(lines[0]).toBe(0);
    expect(lines.length).toBe(drawing.drawnCount);
    expect(lines.length).toBeGreaterThan(3 * screen());
    expect(lines.length).toBeLessThan(LINES / 2);
  });

  it('moves with scrolling once the viewport nears its edge, and not before', () => {
    const drawing = draw();
    const first = heldLines();
    setScrollTop(LINE_H * 5);
    document.dispatchEvent(new Event('scroll'));
    expect(heldLines()).toEqual(first); // still covered
    setScrollTop(LINE_H * 500);
    document.dispatchEvent(new Event('scroll'));
    const moved = heldLines();
    expect(moved).toContain(500);
    expect(moved).not.toContain(0);
    expect(Math.min(...moved)).toBeLessThan(500 - 2 * screen());
    expect(Math.max(...moved)).toBeGreaterThan(500 + 3 * screen());
    // Hit-testing does not depend on the window.
    expect(drawing.mentions).toHaveLength(LINES);
  });

  it('stops following after dispose', () => {
    const drawing = draw();
    drawing.dispose();
    setScrollTop(LINE_H * 500);
    document.dispatchEvent(new Event('scroll'));
    expect(registry.size).toBe(0);
  });

  it('registers everything with window: "all"', () => {
    const drawing = draw('all');
    expect(heldLines()).toHaveLength(LINES);
    expect(drawing.drawnCount).toBe(LINES);
  });
});
