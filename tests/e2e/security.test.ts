// What the page's own scripts cannot make Kantlijn do (issue 14), in real Chromium: pointer,
// mouse, click and key events a script of the page dispatches open, change or write nothing, while
// the reader's own input (Playwright's mouse and keyboard are trusted input) still does; and the
// built extension runs on, and reaches, https pages of the site only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_MATCH } from '@/lib/model/site';
import { EXTENSION_DIR, fixtureUrl, panel } from '@/scripts/browser/harness';
import { drawn, selectText, useHarness } from './use-harness';

const LETTER = 'kst-21501-02-2553';
const harness = useHarness();

/** Opens the letter and waits until its highlights are drawn and the tab at the page's edge is there. */
async function openDrawn(): Promise<Page> {
  const page = await harness().open(LETTER);
  await drawn(page);
  await panel(page).toggle.waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

/** The middle of "Klaar" standing alone (not in "Toivo Klaar" or "T. Klaar"), scrolled into view. */
async function klaarPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = node.data.indexOf('Klaar'); i >= 0; i = node.data.indexOf('Klaar', i + 1)) {
        if (/\p{L}/u.test(node.data.charAt(i + 5)) || /(?:Toivo|T\.)\s*$/.test(node.data.slice(0, i))) continue;
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 5);
        const r = range.getClientRects()[0];
        if (r) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  });
  if (!point) throw new Error('"Klaar" not found on the page');
  return point;
}

/** Dispatches, from the page's own world, what a script would to hover and click at a point. */
async function forgeHoverAndClick(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y) ?? document.body;
    const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true, view: window };
    for (let i = 0; i < 3; i++) {
      target.dispatchEvent(new PointerEvent('pointerrawupdate', { ...init, pointerType: 'mouse' }));
      target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
      target.dispatchEvent(new MouseEvent('mousemove', init));
    }
    target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
    target.dispatchEvent(new MouseEvent('click', { ...init, button: 0 }));
  }, at);
}

/** Dispatches Alt+Shift+<code> from the page's own world, where the content script listens. */
async function forgeKey(page: Page, code: string, key: string): Promise<void> {
  await page.evaluate(
    ({ code, key }) => {
      const init = { code, key, altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true };
      window.dispatchEvent(new KeyboardEvent('keydown', init));
      document.dispatchEvent(new KeyboardEvent('keydown', init));
      document.body.dispatchEvent(new KeyboardEvent('keydown', init));
    },
    { code, key },
  );
}

describe('events the page makes', () => {
  it('open no card for a forged hover or click, where the reader’s own pointer does', async () => {
    const page = await openDrawn();
    const at = await klaarPoint(page);
    await forgeHoverAndClick(page, at);
    await page.waitForTimeout(600);
    const card = panel(page).card.getByRole('dialog', { name: 'Toivo Klaar' });
    expect(await card.count()).toBe(0);
    expect(page.url()).toBe(fixtureUrl(LETTER));
    await page.mouse.move(at.x, at.y - 150);
    await page.mouse.move(at.x, at.y);
    await card.waitFor({ state: 'visible', timeout: 2_000 });
    // A forged Escape leaves the reader's card open; the reader's Escape closes it.
    await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await page.waitForTimeout(300);
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 2_000 });
  });

  it('open no panel for a forged Alt+Shift+K, and no editor for a forged Alt+Shift+N', async () => {
    const page = await openDrawn();
    const p = panel(page);
    const openBefore = await p.toggle.getAttribute('aria-expanded');
    await forgeKey(page, 'KeyK', 'K');
    await page.waitForTimeout(400);
    expect(await p.toggle.getAttribute('aria-expanded')).toBe(openBefore);
    await selectText(page, 'Met deze brief voldoe ik aan deze toezegging.');
    await forgeKey(page, 'KeyN', 'N');
    await page.waitForTimeout(400);
    const editor = p.editor.getByRole('dialog', { name: 'Notitie bij de tekst' });
    expect(await editor.count()).toBe(0);
    await page.keyboard.press('Alt+Shift+KeyN');
    await editor.waitFor({ state: 'visible', timeout: 5_000 });
  });
});

describe('the address', () => {
  it('the built manifest, its content scripts and resources match https pages of the site only', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      host_permissions?: string[];
      content_scripts?: Array<{ matches?: string[] }>;
      web_accessible_resources?: Array<{ matches?: string[] }>;
    };
    const patterns = [
      ...(manifest.host_permissions ?? []),
      ...[...(manifest.content_scripts ?? []), ...(manifest.web_accessible_resources ?? [])].flatMap((entry) => entry.matches ?? []),
    ];
    expect(patterns.length).toBeGreaterThan(0);
    expect(new Set(patterns)).toEqual(new Set([SITE_MATCH]));
    expect(SITE_MATCH).toBe('https://zoek.officielebekendmakingen.nl/*');
    expect(patterns.filter((pattern) => !pattern.startsWith('https://'))).toEqual([]);
  });
});

/** Everything the page's own scripts can read of the document: its DOM, every open shadow root, every frame it may enter. */
async function whatThePageSees(page: Page): Promise<{ text: string; frames: Array<{ name: string; readable: boolean }> }> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const frames: Array<{ name: string; readable: boolean }> = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) {
          parts.push(element.shadowRoot.innerHTML);
          visit(element.shadowRoot);
        }
        if (element instanceof HTMLIFrameElement) {
          let readable = false;
          try {
            readable = element.contentDocument !== null || element.contentWindow?.document !== undefined;
          } catch {
            readable = false;
          }
          frames.push({ name: element.name, readable });
        }
      }
    };
    parts.push(document.documentElement.outerHTML);
    visit(document);
    return { text: parts.join('\n'), frames };
  });
}

describe('the reader’s notes and cards, seen from the page', () => {
  it('are in frames the page cannot read; its DOM and shadow roots hold none of them', async () => {
    const page = await openDrawn();
    const p = panel(page);
    const secret = 'Geheim voor de pagina 7Q2';
    await selectText(page, 'Met deze brief voldoe ik aan deze toezegging.');
    await p.adder.click();
    const editor = p.editor.getByRole('dialog', { name: 'Notitie bij de tekst' });
    await editor.getByLabel('Notitie', { exact: true }).fill(secret);
    // Typing in the editor reaches none of the page's key listeners.
    const keysSeen = await page.evaluate(() => (window as unknown as { keysSeen?: number }).keysSeen ?? 0);
    await page.evaluate(() => {
      const w = window as unknown as { keysSeen: number };
      w.keysSeen = 0;
      for (const type of ['keydown', 'keyup', 'input', 'beforeinput'])
        window.addEventListener(type, () => void w.keysSeen++, { capture: true });
    });
    await editor.getByLabel('Notitie', { exact: true }).pressSequentially(' en meer', { delay: 5 });
    expect(await page.evaluate(() => (window as unknown as { keysSeen: number }).keysSeen)).toBe(keysSeen);
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await editor.waitFor({ state: 'detached', timeout: 5_000 });
    await p.toggle.click();
    await p.aside.getByRole('region', { name: 'Notities' }).getByText(secret).waitFor({ state: 'visible', timeout: 5_000 });
    await page.mouse.move(10, 10);
    const at = await klaarPoint(page);
    await page.mouse.move(at.x, at.y);
    await p.card.getByRole('dialog', { name: 'Toivo Klaar' }).waitFor({ state: 'visible', timeout: 5_000 });

    const seen = await whatThePageSees(page);
    expect(seen.text).not.toContain('Geheim voor de pagina');
    expect(seen.text).not.toContain('Notitie bij Toivo Klaar'); // the card's button for a note on him
    expect(seen.text).not.toContain('Sorteren op'); // the panel's actor list
    expect(seen.frames.filter((f) => f.name.startsWith('kantlijn-'))).toEqual(
      expect.arrayContaining([
        { name: 'kantlijn-panel', readable: false },
        { name: 'kantlijn-card', readable: false },
      ]),
    );
    expect(seen.frames.filter((f) => f.name.startsWith('kantlijn-') && f.readable)).toEqual([]);
  });

  it('a script pressing the tab or the note button in the page opens nothing', async () => {
    const page = await openDrawn();
    const p = panel(page);
    const before = await p.toggle.getAttribute('aria-expanded');
    await page.evaluate(() => {
      const root = document.querySelector('kantlijn-panel')?.shadowRoot;
      (root?.querySelector('button.tab') as HTMLButtonElement | null)?.click();
    });
    await selectText(page, 'Met deze brief voldoe ik aan deze toezegging.');
    await p.adder.waitFor({ state: 'visible', timeout: 5_000 });
    await page.evaluate(() => {
      const root = document.querySelector('kantlijn-panel')?.shadowRoot;
      (root?.querySelector('button.k-adder') as HTMLButtonElement | null)?.click();
    });
    await page.waitForTimeout(400);
    expect(await p.toggle.getAttribute('aria-expanded')).toBe(before);
    expect(await p.editor.getByRole('dialog').count()).toBe(0);
    await p.adder.click();
    await p.editor.getByRole('dialog', { name: 'Notitie bij de tekst' }).waitFor({ state: 'visible', timeout: 5_000 });
  });
});
