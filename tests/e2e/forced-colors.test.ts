// Forced colours in real Chromium (issue 16): with `forced-colors: active` the highlights take the
// system colours of lib/highlight/styles.ts and keep their own line styles, instead of all
// becoming one colour.
import { describe, expect, it } from 'vitest';
import { drawn, useHarness } from './use-harness';

const LETTER = 'kst-21501-02-2553';
const browser = useHarness();

/** The computed look of `::highlight(name)` on the element holding its first range. */
async function highlightLook(page: import('playwright-core').Page, name: string) {
  return page.evaluate((wanted: string) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const [first] = [...(registry.get(wanted) ?? [])];
    const element = first?.startContainer.parentElement;
    if (!element) return null;
    const style = getComputedStyle(element, `::highlight(${wanted})`);
    return { line: style.textDecorationStyle, background: style.backgroundColor };
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
});
