// The extension leaves the site alone: no UI on pages that are not publications, the page's own
// DOM unchanged where it does draw, and no request to any host but the site.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithShortcut, panel, type Variant } from '@/scripts/browser/harness';
import { useHarness } from './use-harness';

/** The page's own DOM, as its scripts and the reader see it. */
interface Snapshot {
  bodyHTML: string;
  bodyText: string;
  bodyAttributes: string;
  headHTML: string;
  htmlAttributes: string;
  htmlChildren: string[];
}

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => ({
    bodyHTML: document.body.innerHTML,
    bodyText: document.body.textContent ?? '',
    bodyAttributes: [...document.body.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
    headHTML: document.head.innerHTML,
    htmlAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
    htmlChildren: [...document.documentElement.children].map((e) => e.tagName.toLowerCase()),
  }));
}

const PUBLICATIONS = ['kst-21501-02-2553', 'kst-36045-55', 'kst-35165-9', 'ah-tk-20242025-1028', 'h-tk-20232024-4-26', 'gmb-2025-548487'];
const NOT_PUBLICATIONS = ['search-results', 'stcrt-2017-20099'];
const VARIANTS: Variant[] = ['a', 'b', 'c'];
const CASES = VARIANTS.flatMap((variant) => [...PUBLICATIONS, ...NOT_PUBLICATIONS].map((id) => ({ variant, id })));

const plain = new Map<string, Snapshot>();
const harness = useHarness({
  // First the same pages in a Chromium without the extension.
  plainFirst: async (without) => {
    const page = await without.context.newPage();
    for (const { variant, id } of CASES) {
      await without.open(id, { variant, page });
      plain.set(`${variant}/${id}`, await snapshot(page));
    }
    expect(without.offHost).toEqual([]);
  },
});

describe('off-host recorder', () => {
  it('sees a request to another host (so its empty record below means something)', async () => {
    const h = harness();
    const page = await h.open('search-results');
    await page.evaluate(() => fetch('https://example.org/kantlijn-probe').catch(() => null));
    expect(h.offHost).toContain('https://example.org/kantlijn-probe');
    h.offHost.splice(h.offHost.indexOf('https://example.org/kantlijn-probe'), 1);
  });
});

describe.each(VARIANTS)('pages that are not publications, markup %s', (variant) => {
  it('get no kantlijn-panel element', async () => {
    const pages: Page[] = [];
    for (const id of NOT_PUBLICATIONS) pages.push(await harness().open(id, { variant }));
    // The extension is alive: a publication opened after them gets its panel...
    const control = await harness().open('kst-21501-02-2553', { variant });
    await panel(control).host.waitFor({ state: 'attached', timeout: 15_000 });
    await control.waitForTimeout(1_000); // ...and the others had that time and more.
    for (const page of pages) {
      expect({ url: page.url(), panels: await page.locator('kantlijn-panel').count() }).toEqual({ url: page.url(), panels: 0 });
      expect(await page.evaluate(() => document.querySelectorAll('kantlijn-panel').length)).toBe(0);
    }
  });
});

describe('the page’s own DOM is unchanged', () => {
  it.each(CASES)('markup $variant, $id', async ({ variant, id }) => {
    const before = plain.get(`${variant}/${id}`);
    if (!before) throw new Error('no plain snapshot');
    const publication = PUBLICATIONS.includes(id);
    const page = await harness().open(id, { variant });
    if (publication) await openWithShortcut(page);
    await page.waitForTimeout(publication ? 500 : 1_000); // highlights and late fills have run
    const after = await snapshot(page);
    expect(after.bodyText).toBe(before.bodyText);
    expect(after.bodyHTML).toBe(before.bodyHTML);
    expect(after.bodyAttributes).toBe(before.bodyAttributes);
    expect(after.htmlChildren).toEqual(publication ? [...before.htmlChildren, 'kantlijn-panel'] : before.htmlChildren);
    // Beyond the body: styles for ::highlight() can go in document.adoptedStyleSheets, not <head>.
    expect(after.headHTML).toBe(before.headHTML);
    expect(after.htmlAttributes).toBe(before.htmlAttributes);
  });
});

describe('network', () => {
  it('no request to another host was attempted (the pages link to www.overheid.nl)', () => {
    expect(harness().offHost).toEqual([]);
  });
});
