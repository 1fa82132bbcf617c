// Card placement: above when it fits (the lines below are the reader's next), below when not, never off screen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCard } from '@/lib/highlight/place';

const VIEW = { width: 1280, height: 900 };
const CARD = { width: 352, height: 240 };
const rect = (left: number, top: number, width = 80, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it('goes above the mention, aligned with its left edge, 8 px apart: the lines below stay free', () => {
    expect(placeCard(rect(100, 400), CARD, VIEW)).toEqual({
      left: 100,
      top: 400 - 8 - 240,
      side: 'above',
      maxHeight: 400 - 8 - 8,
      maxWidth: 1264,
    });
  });

  it('goes below only when there is no room above', () => {
    expect(placeCard(rect(100, 200), CARD, VIEW)).toEqual({ left: 100, top: 228, side: 'below', maxHeight: 900 - 8 - 228, maxWidth: 1264 });
  });

  it('tries below first when asked to', () => {
    expect(placeCard(rect(100, 400), CARD, VIEW, { prefer: 'below' })).toMatchObject({ side: 'below', top: 428 });
    expect(placeCard(rect(100, 800), CARD, VIEW, { prefer: 'below' })).toMatchObject({ side: 'above', top: 800 - 8 - 240 });
  });

  it('stays inside the right and left edges', () => {
    expect(placeCard(rect(1250, 100), CARD, VIEW).left).toBe(1280 - 8 - 352);
    expect(placeCard(rect(-40, 100), CARD, VIEW).left).toBe(8);
  });

  it('takes the roomier side and limits its height when it fits on neither', () => {
    const tall = { width: 352, height: 700 };
    const below = placeCard(rect(100, 300), tall, VIEW);
    expect(below).toMatchObject({ side: 'below', top: 328, maxHeight: 900 - 8 - 328 });
    const above = placeCard(rect(100, 600), tall, VIEW);
    expect(above).toMatchObject({ side: 'above', top: 8, maxHeight: 600 - 8 - 8 });
  });

  it('narrows a card wider than the viewport', () => {
    const p = placeCard(rect(10, 10), { width: 500, height: 100 }, { width: 320, height: 600 });
    expect(p).toMatchObject({ left: 8, maxWidth: 304 });
  });

  it('covers a mention that leaves no room beside it, still on screen', () => {
    const p = placeCard(rect(100, 4, 80, 890), CARD, VIEW);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + Math.min(CARD.height, p.maxHeight)).toBeLessThanOrEqual(892);
  });

  it('measures from the visible part of a mention scrolled half out of view', () => {
    const p = placeCard(rect(100, -10), CARD, VIEW);
    expect(p).toMatchObject({ side: 'below', top: 18 });
  });

  it('keeps every card inside the viewport, whatever the mention and sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 2000 }),
        fc.integer({ min: -500, max: 1500 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 50, max: 800 }),
        fc.integer({ min: 20, max: 1200 }),
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 200, max: 1500 }),
        (left, top, w, h, cw, ch, vw, vh) => {
          const view = { width: vw, height: vh };
          const p = placeCard(rect(left, top, w, h), { width: cw, height: ch }, view);
          const width = Math.min(cw, p.maxWidth);
          const height = Math.min(ch, p.maxHeight);
          expect(p.left).toBeGreaterThanOrEqual(8);
          expect(p.left + width).toBeLessThanOrEqual(vw - 8 + 1);
          expect(p.top).toBeGreaterThanOrEqual(0);
          expect(p.top + height).toBeLessThanOrEqual(vh - 8 + 1);
          expect(p.maxHeight).toBeGreaterThan(0);
        },
      ),
    );
  });
});
