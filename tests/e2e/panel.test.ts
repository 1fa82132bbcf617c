// The panel on publication pages: its open/closed state, and the facts it shows for letters in
// all three markups, checked against the truth files.
import { describe, expect, it } from 'vitest';
import { openWithShortcut, panel, pressShortcut, readPanel, type Variant } from '@/scripts/browser/harness';
import { KIND_LABELS, comparable, expectedLetterPanel, readTruth } from './expected';
import { useHarness } from './use-harness';

const harness = useHarness();

describe('panel state', () => {
  // Runs first: the profile is fresh, so nothing is remembered yet.
  it('starts closed, mounts on <html> outside <body>, and opens and closes with Alt+Shift+K', async () => {
    const page = await harness().open('kst-21501-02-2553');
    const p = panel(page);
    await p.toggle.waitFor({ state: 'attached', timeout: 15_000 });
    const mount = await page.evaluate(() => ({
      lastChild: document.documentElement.lastElementChild?.tagName.toLowerCase() ?? null,
      inBody: document.body.querySelector('kantlijn-panel') !== null,
      count: document.querySelectorAll('kantlijn-panel').length,
      shadowOpen: document.querySelector('kantlijn-panel')?.shadowRoot !== null,
    }));
    expect(mount).toEqual({ lastChild: 'kantlijn-panel', inBody: false, count: 1, shadowOpen: true });
    expect(await p.toggle.getAttribute('aria-label')).toBe('Kantlijn openen');
    expect(await p.toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await p.aside.count()).toBe(0);

    await pressShortcut(page);
    await p.aside.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await p.toggle.getAttribute('aria-label')).toBe('Kantlijn sluiten');
    expect(await p.toggle.getAttribute('aria-expanded')).toBe('true');

    await pressShortcut(page);
    await p.aside.waitFor({ state: 'detached', timeout: 5_000 });
    expect(await p.toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('the tab button toggles it, and the open state survives a reload', async () => {
    const page = await harness().open('kst-21501-02-2602');
    const p = panel(page);
    await p.toggle.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await p.toggle.getAttribute('aria-expanded')).toBe('false');

    await p.toggle.click();
    await p.aside.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await p.toggle.getAttribute('aria-label')).toBe('Kantlijn sluiten');

    await page.waitForTimeout(300); // let browser.storage.local settle before reloading
    await page.reload({ waitUntil: 'load' });
    await p.aside.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await p.toggle.getAttribute('aria-expanded')).toBe('true');

    await p.toggle.click();
    await p.aside.waitFor({ state: 'detached', timeout: 5_000 });
    expect(await p.toggle.getAttribute('aria-label')).toBe('Kantlijn openen');

    await page.waitForTimeout(300);
    await page.reload({ waitUntil: 'load' });
    await p.toggle.waitFor({ state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(500); // a remembered "open" would show by now
    expect(await p.toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await p.aside.count()).toBe(0);
  });
});

const LETTERS = ['kst-21501-02-2553', 'kst-36045-55'] as const;
const VARIANTS: Variant[] = ['a', 'b', 'c'];

describe.each(VARIANTS)('letter facts in markup %s', (variant) => {
  it.each(LETTERS)('%s: the panel shows the truth file’s letter', async (id) => {
    const expected = expectedLetterPanel(id);
    const page = await harness().open(id, { variant });
    await openWithShortcut(page);
    // The content script may fill facts in after it mounts (e.g. from metadata.xml): poll.
    await expect.poll(async () => comparable(await readPanel(page), expected), { timeout: 10_000, interval: 250 }).toEqual(expected);
    const shown = await readPanel(page);
    if (shown.status) console.info(`[${variant}] ${id} status: ${shown.status}`);
  });
});

// Bare markup and no /{id}/metadata.xml (404): everything must come from the text itself.
describe('letter facts in markup c without metadata.xml', () => {
  it.each(LETTERS)('%s: the panel shows the truth file’s letter', async (id) => {
    const expected = expectedLetterPanel(id);
    const page = await harness().open(id, { variant: 'c', metadata: false });
    await openWithShortcut(page);
    await expect.poll(async () => comparable(await readPanel(page), expected), { timeout: 10_000, interval: 250 }).toEqual(expected);
  });
});

describe('other publications (markup a)', () => {
  const OTHERS = ['ah-tk-20242025-1028', 'h-tk-20232024-4-26', 'gmb-2025-548487'];
  it.each(OTHERS)('%s: headed "Document" with the right kind', async (id) => {
    const kind = readTruth(id).document.kind;
    const page = await harness().open(id, { variant: 'a' });
    await openWithShortcut(page);
    await expect
      .poll(
        async () => {
          const shown = await readPanel(page);
          return {
            heading: shown.headings.includes('Brief') ? 'Brief' : shown.headings.includes('Document') ? 'Document' : null,
            soort: shown.facts.Soort,
          };
        },
        { timeout: 10_000, interval: 250 },
      )
      .toEqual({ heading: 'Document', soort: KIND_LABELS[kind] });
  });
});

describe('network', () => {
  it('no request to another host was attempted', () => {
    expect(harness().offHost).toEqual([]);
  });
});
