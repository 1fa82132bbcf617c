// Where the panel sits: docked beside a readable column from 640 px on (its width clamped so the
// text keeps 360 px), a bottom sheet below that; the room the page makes for it.
import { describe, expect, it } from 'vitest';
import { dockGeometry, dockStyle, PANEL_MAX, PANEL_MIN, pageRoom, SIDE_FROM, TEXT_MIN } from '@/entrypoints/content/frames/panel-dock';

describe('dockGeometry', () => {
  it('docks beside the text at 1280 and 800 px at the width asked for', () => {
    expect(dockGeometry({ width: 1280, height: 800 }, 384)).toEqual({
      mode: 'side',
      width: 384,
      min: PANEL_MIN,
      max: PANEL_MAX,
      height: 800,
    });
    expect(dockGeometry({ width: 800, height: 800 }, 384)).toMatchObject({ mode: 'side', width: 384, max: 800 - TEXT_MIN });
  });

  it('keeps the width between the narrowest panel and what leaves the text its column', () => {
    expect(dockGeometry({ width: 1280, height: 800 }, 100).width).toBe(PANEL_MIN);
    expect(dockGeometry({ width: 1280, height: 800 }, 5000).width).toBe(PANEL_MAX);
    expect(dockGeometry({ width: 800, height: 800 }, 600).width).toBe(800 - TEXT_MIN);
    for (const width of [SIDE_FROM, 700, 900, 1280, 2560]) {
      const g = dockGeometry({ width, height: 800 }, 10_000);
      expect(width - g.width).toBeGreaterThanOrEqual(TEXT_MIN);
    }
  });

  it('is a bottom sheet below 640 px, over the lower part of the window', () => {
    expect(dockGeometry({ width: SIDE_FROM - 1, height: 800 }, 384).mode).toBe('sheet');
    const sheet = dockGeometry({ width: 320, height: 640 }, 384);
    expect(sheet).toMatchObject({ mode: 'sheet', width: 320, height: 352 });
    expect(dockStyle(sheet)).toEqual({ left: '0', bottom: '0', width: '100%', height: '352px' });
    expect(pageRoom(sheet)).toEqual({ side: 'bottom', px: 352 });
  });

  it('places the docked frame at the right edge, full height, and pushes the page by its width', () => {
    const side = dockGeometry({ width: 1280, height: 800 }, 400);
    expect(dockStyle(side)).toEqual({ top: '0', right: '0', width: '400px', height: '100vh' });
    expect(pageRoom(side)).toEqual({ side: 'right', px: 400 });
    expect(pageRoom(side, 32)).toEqual({ side: 'right', px: 432 }); // the tab beside the panel covers no text either
    expect(pageRoom(dockGeometry({ width: 320, height: 640 }, 400), 32)).toEqual({ side: 'bottom', px: 352 });
  });
});
