// The panel makes room and the cards open on intent, in real Chromium:
// - at 1280 and 800 px the docked panel and the text column do not overlap; at 320 the panel is a
//   bottom sheet whose content (the Markeringen too) does not overflow sideways;
// - the splitter resizes the panel from the keyboard, and the width is remembered after a reload;
// - a pointer passing over three lines opens no card, a rest on a name opens one, and a
//   drag-selection ending on a name opens none.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithShortcut, panel } from '@/scripts/browser/harness';
import { drawn, useHarness } from './use-harness';

const LETTER = 'kst-21501-02-2553';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the panel makes room', () => {
  const harness = useHarness();

  /** Opens the letter in a window `width` wide, with the panel open and placed. */
  async function withPanel(width: number, height = 900): Promise<Page> {
    const page = await harness().open(LETTER);
    await page.setViewportSize({ width, height });
    await drawn(page);
    await openWithShortcut(page);
    await page.locator('kantlijn-panel iframe[name="kantlijn-panel"][data-shown]').waitFor({ timeout: 5_000 });
    return page;
  }
  const panelBox = async (page: Page) => (await page.locator('kantlijn-panel iframe[name="kantlijn-panel"]').boundingBox()) as Box;
  const textBox = async (page: Page) => (await page.locator('#broodtekst').boundingBox()) as Box;
  const separator = (page: Page) => panel(page).panelFrame.getByRole('separator', { name: 'Breedte van Kantlijn' });

  for (const width of [1280, 800]) {
    it(`docks beside the text at ${width} px: the panel covers none of the text column`, async () => {
      const page = await withPanel(width);
      const [side, text] = [await panelBox(page), await textBox(page)];
      expect(side.x + side.width).toBeGreaterThanOrEqual(width - 20); // at the right edge (a scrollbar beside it)
      expect(side.height).toBeGreaterThanOrEqual(880);
      expect(text.width).toBeGreaterThan(300);
      expect(overlap(side, text)).toBe(false);
      // Nor does the tab beside it.
      const tab = (await page.locator('kantlijn-panel .tab').boundingBox()) as Box;
      expect(tab.width).toBeGreaterThan(20);
      expect(overlap(tab, text)).toBe(false);
      // The room is made by an adopted style sheet: the page's root element keeps its attributes.
      expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
      // Closing gives the page its room back.
      await panel(page).aside.getByRole('button', { name: 'Kantlijn sluiten' }).click();
      await page.locator('kantlijn-panel iframe[name="kantlijn-panel"][data-shown]').waitFor({ state: 'detached', timeout: 5_000 });
      expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
      expect((await textBox(page)).width).toBeGreaterThan(text.width);
    });
  }

  it('resizes with Left and Right on the splitter, and remembers the width after a reload', async () => {
    const page = await withPanel(1280);
    const before = await panelBox(page);
    const splitter = separator(page);
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBe(Math.round(before.width));
    await splitter.focus();
    for (let n = 0; n < 3; n++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Math.round((await panelBox(page)).width)).toBe(Math.round(before.width) + 48);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Math.round((await panelBox(page)).width)).toBe(Math.round(before.width) + 32);
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBe(Math.round(before.width) + 32);
    expect(overlap(await panelBox(page), await textBox(page))).toBe(false);

    await page.reload();
    await drawn(page);
    // The panel was left open: it opens again, as wide as the reader made it.
    await page.locator('kantlijn-panel iframe[name="kantlijn-panel"][data-shown]').waitFor({ timeout: 10_000 });
    await expect.poll(async () => Math.round((await panelBox(page)).width)).toBe(Math.round(before.width) + 32);
    expect(Number(await separator(page).getAttribute('aria-valuenow'))).toBe(Math.round(before.width) + 32);
  });

  it('resizes by dragging the splitter', async () => {
    const page = await withPanel(1280);
    const before = await panelBox(page);
    const grip = (await separator(page).boundingBox()) as Box;
    await page.mouse.move(grip.x + grip.width / 2, 300);
    await page.mouse.down();
    // The page follows the drag once the panel's frame has told it (a reader's drag takes longer).
    await page.locator('kantlijn-panel .drag-shield').waitFor({ state: 'attached', timeout: 5_000 });
    await page.mouse.move(grip.x + grip.width / 2 - 100, 300, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await panelBox(page)).width)).toBe(Math.round(before.width) + 100);
    expect(overlap(await panelBox(page), await textBox(page))).toBe(false);
  });

  it('is a bottom sheet at 320 px, with a close button and no sideways overflow', async () => {
    const page = await withPanel(320, 640);
    const sheet = await panelBox(page);
    expect(sheet.width).toBeGreaterThanOrEqual(300);
    expect(sheet.y + sheet.height).toBeCloseTo(640, 0);
    expect(sheet.y).toBeGreaterThan(100); // the top of the text stays in view
    expect(await separator(page).count()).toBe(0);
    const p = panel(page);
    await expect.poll(() => p.aside.getByRole('checkbox').count()).toBe(6);
    const overflow = await p.aside.evaluate((aside: Element) => {
      const limit = document.documentElement.clientWidth;
      const wide = [...aside.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > limit + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
      return { page: document.documentElement.scrollWidth - limit, panel: aside.scrollWidth - aside.clientWidth, wide };
    });
    expect(overflow).toEqual({ page: 0, panel: 0, wide: [] });
    await p.aside.getByRole('button', { name: 'Kantlijn sluiten' }).click();
    await p.aside.waitFor({ state: 'detached', timeout: 5_000 });
  });
});

describe('cards open on hover intent', () => {
  const harness = useHarness();

  /** The letter, drawn, with a counter of card openings (each time the card's frame is shown). */
  async function counted(): Promise<Page> {
    const page = await harness().open(LETTER);
    await drawn(page);
    await page.locator('kantlijn-panel iframe[name="kantlijn-card"]').waitFor({ state: 'attached', timeout: 10_000 });
    await page.evaluate(() => {
      const frame = document.querySelector('kantlijn-panel')?.shadowRoot?.querySelector('iframe[name="kantlijn-card"]');
      if (!frame) throw new Error('no card frame');
      const w = window as unknown as { kOpened: number };
      w.kOpened = 0;
      new MutationObserver(() => {
        if (frame.hasAttribute('data-shown')) w.kOpened += 1;
      }).observe(frame, { attributes: true, attributeFilter: ['data-shown'] });
    });
    return page;
  }
  const opened = (page: Page) => page.evaluate(() => (window as unknown as { kOpened: number }).kOpened);

  /** The middle of "Toivo Klaar" (scrolled to the middle of the window) and the height of its line. */
  async function klaar(page: Page): Promise<{ x: number; y: number; line: number; left: number }> {
    return page.evaluate(() => {
      const walker = document.createTreeWalker(document.getElementById('broodtekst') ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf('Toivo Klaar');
        if (at < 0) continue;
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'Toivo Klaar'.length);
        const r = range.getClientRects()[0] as DOMRect;
        const line = Number.parseFloat(getComputedStyle(node.parentElement as Element).lineHeight) || r.height;
        const left = (document.getElementById('broodtekst') as HTMLElement).getBoundingClientRect().left;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, line, left };
      }
      throw new Error('"Toivo Klaar" is not in the text');
    });
  }
  const card = (page: Page) => panel(page).card.getByRole('dialog', { name: 'Toivo Klaar' });

  it('a pointer passing across three lines opens no card; resting on a name opens one', async () => {
    const page = await counted();
    const at = await klaar(page);
    // Down across three lines of text (over the name), then away into the margin, at a reader's pace.
    await page.mouse.move(at.x, at.y - 1.5 * at.line);
    await page.mouse.move(at.x, at.y + 1.5 * at.line, { steps: 6 });
    await page.mouse.move(at.left / 2, at.y + 1.5 * at.line, { steps: 3 });
    await page.waitForTimeout(800); // more than twice the rest a card needs
    expect(await opened(page)).toBe(0);
    // Back onto the name, resting there: its card opens, above the line.
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await card(page).waitFor({ state: 'visible', timeout: 3_000 });
    expect(await opened(page)).toBe(1);
    const box = (await page.locator('kantlijn-panel iframe[name="kantlijn-card"]').boundingBox()) as Box;
    expect(box.y + box.height).toBeLessThanOrEqual(at.y);
  });

  it('a drag-selection ending on a name opens no card', async () => {
    const page = await counted();
    const at = await klaar(page);
    await page.mouse.move(at.x - 150, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x, at.y, { steps: 8 });
    await page.waitForTimeout(800); // resting with the button down
    await page.mouse.up();
    await panel(page).adder.waitFor({ state: 'visible', timeout: 3_000 });
    await page.waitForTimeout(800); // resting where the selection ended
    expect(await opened(page)).toBe(0);
    expect(await panel(page).adder.isVisible()).toBe(true);
  });
});
