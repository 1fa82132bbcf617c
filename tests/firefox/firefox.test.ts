// Kantlijn in Firefox (issue 16): the Firefox build installed into Debian's firefox-esr, driven over
// WebDriver BiDi. One browser for the file, the tests in order: install, highlights, the panel, a
// person's card, a note that survives a reload, the library listing it. Nothing leaves the site and
// no script of the page or of Kantlijn throws.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickInSurface,
  drawn,
  EXTENSION_ORIGIN,
  type FirefoxHarness,
  highlightSizes,
  highlightTexts,
  launchFirefox,
  pointOnHighlight,
  poll,
  selectText,
  surfaceFrame,
} from './firefox-harness';

const LETTER = 'kst-21501-02-2553';
const SENTENCE =
  'De Nederlandse ambassadeur in Bakoe heeft bij hoog ambtelijke Azerbeidzjaanse gesprekspartners deze boodschap meermaals opgebracht.';
const NOTE = 'Bakoe: herhaald opgebracht (Firefox)';

let h: FirefoxHarness | null = null;
const firefox = (): FirefoxHarness => {
  if (!h) throw new Error('Firefox is not running (launch failed?)');
  return h;
};
let page: Page | null = null;
const letter = (): Page => {
  if (!page) throw new Error('the letter is not open (an earlier test failed)');
  return page;
};

beforeAll(async () => {
  h = await launchFirefox();
  console.info(`Firefox suite on ${h.version}`);
});
afterAll(async () => {
  await h?.close();
});

/** Clicks, with the mouse, the first button of a surface whose text or label is `name`. */
async function clickButton(surface: 'panel' | 'editor', frame: Frame, name: string): Promise<void> {
  const index = await poll(async () => {
    const at = await frame.evaluate(
      (wanted: string) =>
        [...document.querySelectorAll('button')].findIndex(
          (b) => b.getAttribute('aria-label') === wanted || (b.textContent ?? '').trim() === wanted,
        ),
      name,
    );
    return at >= 0 ? { at } : null;
  }, `a button "${name}"`);
  await clickInSurface(letter(), surface, frame, 'button', index.at);
}

/** The text of the first element matching `selector` in `frame`, once there. */
async function textOf(frame: Frame, selector: string): Promise<string> {
  const element = await frame.waitForSelector(selector, { timeout: 10_000 });
  return (await element?.evaluate((e) => (e as HTMLElement).innerText)) ?? '';
}

describe('Kantlijn in Firefox', () => {
  it('installs, with a manifest Firefox reads without warnings', () => {
    const { manifest, version } = firefox();
    const running = Number(/\/(\d+)/.exec(version)?.[1]);
    const minimum = Number.parseFloat(manifest.browser_specific_settings?.gecko?.strict_min_version ?? 'NaN');
    // The suite is the proof of the minimum: it runs on a Firefox no older than the manifest names.
    expect(running).toBeGreaterThanOrEqual(minimum);
    // `use_dynamic_url` is Chrome's: Firefox warns "An unexpected property" (wxt.config.ts drops it).
    expect(JSON.stringify(manifest.web_accessible_resources)).not.toContain('use_dynamic_url');
  });

  it('draws the highlights with the rules adopted into the page', async () => {
    page = await firefox().open(LETTER);
    await drawn(letter());
    const sizes = await highlightSizes(letter());
    for (const kind of ['person', 'office', 'organisation', 'location', 'event', 'reference']) {
      expect(sizes[`kantlijn-${kind}`], kind).toBeGreaterThan(0);
    }
    // The content scripts reached the page's adopted sheets (in Firefox before 153 only through the
    // page's own array: lib/highlight/styles.ts): one sheet, with the forced-colours rules.
    const rules = await letter().evaluate(() =>
      Array.from(document.adoptedStyleSheets).map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n')),
    );
    expect(rules).toHaveLength(1);
    expect(rules[0]).toContain('::highlight(kantlijn-person)');
    expect(rules[0]).toMatch(/@media \(forced-colors: active\)/);
  });

  it('opens the panel from its tab, with the letter described', async () => {
    const tab = await letter().waitForSelector('kantlijn-panel >>> button.tab', { timeout: 10_000 });
    expect(await tab?.evaluate((b) => b.getAttribute('aria-label'))).toBe('Kantlijn openen');
    await tab?.click();
    const panel = await surfaceFrame(letter(), 'panel');
    const text = await textOf(panel, 'aside[aria-label="Kantlijn"]');
    expect(text).toMatch(/Brief[\s\S]*W\.B\. Hoekstra/);
    expect(await tab?.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('true');
    await clickButton('panel', panel, 'Kantlijn sluiten');
    await letter().waitForFunction(
      () => document.querySelector('kantlijn-panel')?.shadowRoot?.querySelector('button.tab')?.getAttribute('aria-expanded') === 'false',
      { timeout: 10_000 },
    );
  });

  it("shows a person's card when the pointer rests on the name", async () => {
    const point = await pointOnHighlight(letter(), 'kantlijn-person');
    expect(point).not.toBeNull();
    if (!point) return;
    await letter().mouse.move(point.x - 4, point.y);
    await letter().mouse.move(point.x, point.y);
    const card = await surfaceFrame(letter(), 'card');
    const dialog = await card.waitForSelector('[role="dialog"]', { timeout: 10_000 });
    const label = await dialog?.evaluate((d) => d.getAttribute('aria-label'));
    expect(['W.B. Hoekstra', 'Toivo Klaar', 'Peter Stano']).toContain(label);
    expect(point.text.length).toBeGreaterThan(0);
    await letter().mouse.move(5, 5);
  });

  it('keeps a note on the same words after a reload', async () => {
    await selectText(letter(), SENTENCE);
    const adder = await letter().waitForSelector('kantlijn-panel >>> button.k-adder', { timeout: 10_000 });
    await adder?.click();
    const editor = await surfaceFrame(letter(), 'editor');
    await clickInSurface(letter(), 'editor', editor, 'textarea');
    await letter().keyboard.type(NOTE);
    await clickButton('editor', editor, 'Opslaan');
    await letter().waitForFunction(
      () => ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('kantlijn-note')?.size ?? 0) === 1,
      { timeout: 10_000 },
    );
    expect(await highlightTexts(letter(), 'kantlijn-note')).toEqual([SENTENCE]);
    await letter().reload({ waitUntil: 'load' });
    await drawn(letter());
    await letter().waitForFunction(
      () => ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('kantlijn-note')?.size ?? 0) === 1,
      { timeout: 10_000 },
    );
    expect(await highlightTexts(letter(), 'kantlijn-note')).toEqual([SENTENCE]);
  });

  it('lists the note in the library', async () => {
    const library = await firefox().browser.newPage();
    // Over BiDi the load of a moz-extension page is never reported: the page is read once it is there.
    void library.goto(`${EXTENSION_ORIGIN}/notes.html`, { timeout: 15_000 }).catch(() => undefined);
    const listed = await poll(
      () =>
        library.evaluate((wanted: string) => {
          const notes = [...document.querySelectorAll('article.k-note')].map((a) => a.textContent ?? '');
          return location.pathname === '/notes.html' && notes.some((text) => text.includes(wanted)) ? notes.length : null;
        }, NOTE),
      'the note in the library',
    );
    expect(listed).toBe(1);
    await library.close();
  });

  it('sent nothing off the site, and nothing threw', () => {
    expect(firefox().offHost).toEqual([]);
    expect(firefox().errors).toEqual([]);
  });
});
