// metadata.xml completes a page whose tags lack facts (markup c has none), but the highlights and
// the reader's notes do not wait for it: they come from the page's own text first. When the file
// gives the document another date — the anchor of "jl." — the text is analysed again and drawn anew.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/lib/model/report';
import { panel, reportOf } from '@/scripts/browser/harness';
import { drawn, selectText, useHarness } from './use-harness';

const harness = useHarness();
const ID = 'kst-21501-02-2553';

/** Holds the page's metadata.xml until `release` (then the site's own route answers it). */
async function holdMetadata(): Promise<{ asked: Promise<void>; release: () => void }> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked: () => void = () => undefined;
  const wasAsked = new Promise<void>((resolve) => (asked = resolve));
  await harness().context.route(`**/${ID}/metadata.xml`, async (route: Route) => {
    asked();
    await released;
    await route.fallback();
  });
  return { asked: wasAsked, release };
}

/** How the letter's markup is changed before it is served (none: as it is). */
type SiteChange = { transform?: (html: string) => string };

/**
 * Opens the letter with its metadata.xml held back, waits until the file is asked for and the
 * highlights are drawn, then runs `test`; the file is let through and the route removed after it.
 */
async function whileMetadataHeld(options: SiteChange, test: (page: Page, release: () => void) => Promise<void>): Promise<void> {
  const held = await holdMetadata();
  try {
    const page = await harness().open(ID, { variant: 'c', ...options });
    await held.asked;
    await drawn(page);
    await test(page, held.release);
  } finally {
    held.release();
    await harness().context.unroute(`**/${ID}/metadata.xml`);
  }
}

/** How many ranges each kantlijn highlight holds now (read in the page's own world). */
function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
    return Object.fromEntries([...registry].filter(([name]) => name.startsWith('kantlijn-')).map(([name, h]) => [name, h.size]));
  });
}

/** Asks the report until `ready` holds for it. */
async function reportWhen(page: Page, ready: (r: Report) => boolean): Promise<Report> {
  for (let n = 0; n < 40; n++) {
    const report = await reportOf(harness(), page);
    if (ready(report)) return report;
    await page.waitForTimeout(250);
  }
  throw new Error('the report never became ready');
}

const eventDates = (r: Report) => r.events.map((e) => e.date);

describe('metadata.xml after the highlights', () => {
  it('draws the highlights while metadata.xml is still on its way, and draws once when it agrees', async () => {
    await whileMetadataHeld({}, async (page, release) => {
      const sizes = await highlightSizes(page);
      expect(sizes['kantlijn-person']).toBeGreaterThan(0);
      expect(sizes['kantlijn-event']).toBeGreaterThan(0);
      const answered = page.waitForResponse(`**/${ID}/metadata.xml`);
      release();
      expect((await answered).status()).toBe(200);
      // The file gives the date the letter's own date line gave: nothing to read again.
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => performance.getEntriesByName('kantlijn-drawn').length)).toBe(1);
      const report = await reportOf(harness(), page);
      expect(report.document.date).toBe('2022-11-23');
      expect(eventDates(report)).toContain('2022-10-02');
    });
  });

  it('takes a note on a selection while metadata.xml is still on its way', async () => {
    await whileMetadataHeld({}, async (page) => {
      await selectText(page, 'De Nederlandse ambassadeur in Bakoe');
      const p = panel(page);
      await p.adder.click();
      const editor = p.editor.getByRole('dialog', { name: 'Notitie bij de tekst' });
      await editor.getByLabel('Notitie', { exact: true }).fill('Navragen bij de ambassade.');
      await editor.getByRole('button', { name: 'Opslaan' }).click();
      await page.waitForFunction(
        () => ((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('kantlijn-note')?.size ?? 0) === 1,
        undefined,
        { timeout: 10_000 },
      );
    });
  });

  it('analyses the text again when metadata.xml gives the date the text lacks', async () => {
    // Without its date line the letter's text gives no date: "2 oktober jl." cannot be placed.
    await whileMetadataHeld({ transform: (html) => html.replace('<p>Den Haag, 23 november 2022</p>', '') }, async (page, release) => {
      const before = await reportOf(harness(), page);
      expect(before.document.date).toBeNull();
      expect(eventDates(before)).not.toContain('2022-10-02');
      release();
      const after = await reportWhen(page, (r) => r.document.date !== null && r.events.length > 0);
      expect(after.document.date).toBe('2022-11-23');
      expect(eventDates(after)).toContain('2022-10-02');
      await page.waitForFunction(() => performance.getEntriesByName('kantlijn-drawn').length >= 2);
      expect((await highlightSizes(page))['kantlijn-event']).toBeGreaterThan(0);
    });
  });
});
