// Forced colours in real Chromium (issue 16): with `forced-colors: active` the highlights take the
// system colours of lib/highlight/styles.ts and keep their own line styles, instead of all
// becoming one colour.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawn, firstHighlightBox, useHarness } from './use-harness';

const LETTER = 'kst-21501-02-2553';
const browser = useHarness();

/** The luminance (0–255) of the commonest colour in a screenshot of `clip` (its background), counted in the page's canvas. */
async function backgroundLuminance(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (data: string) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return -1;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const counts = new Map<number, number>();
    for (let k = 0; k < pixels.length; k += 4) {
      const colour = ((pixels[k] ?? 0) << 16) | ((pixels[k + 1] ?? 0) << 8) | (pixels[k + 2] ?? 0);
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
    }
    const [commonest] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0];
    return 0.2126 * ((commonest >> 16) & 255) + 0.7152 * ((commonest >> 8) & 255) + 0.0722 * (commonest & 255);
  }, png);
}

/** The computed look of `::highlight(name)` on the element holding its first range. */
async function highlightLook(page: Page, name: string) {
  return page.evaluate((wanted: string) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const [first] = [...(registry.get(wanted) ?? [])];
    const element = first?.startContainer.parentElement;
    if (!element) return null;
    const style = getComputedStyle(element, `::highlight(${wanted})`);
    return { line: style.textDecorationStyle, background: style.backgroundColor, offset: style.textUnderlineOffset };
  }, name);
}

describe('forced colours', () => {
  it('draw the kinds with their own line styles and no page tints', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    const normal = await highlightLook(page, 'kantlijn-person');
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const person = await highlightLook(page, 'kantlijn-person');
    const office = await highlightLook(page, 'kantlijn-office');
    const location = await highlightLook(page, 'kantlijn-location');
    // The page tint (0 114 178 at 12 %) gives way to the forced rule's transparent background.
    expect(normal?.background).toMatch(/rgba?\(0, 114, 178/);
    expect(person?.background).toMatch(/^rgba\(\d+, \d+, \d+, 0\)$/);
    expect([person?.line, office?.line, location?.line]).toEqual(['solid', 'double', 'dotted']);
  });

  it("paint a name on the page's own background, not as a selection", async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    await page.emulateMedia({ forcedColors: 'active' });
    const box = await page.evaluate(firstHighlightBox, 'kantlijn-person');
    expect(box).not.toBeNull();
    if (!box) return;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // The emulated scheme is dark text on a white canvas, with a dark blue Highlight: a name
    // painted as a selection has that blue behind it.
    expect(await backgroundLuminance(page, { x: box.x, y: box.y, width: box.width, height: box.height })).toBeGreaterThan(200);
  });

  it('draw the lines of nested kinds at their own depths in Chromium', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    const offsets = await Promise.all(['kantlijn-location', 'kantlijn-office', 'kantlijn-event'].map((name) => highlightLook(page, name)));
    expect(new Set(offsets.map((look) => look?.offset)).size).toBe(3);
  });
});
