// A day's reading with the keyboard only (issue 16): the panel, a card reached from the text and
// from the panel, a note added, edited, deleted and brought back, everything closed — and after
// each step focus is where the reader expects it: in what opened, or back on what opened it, never
// on <body> with the next Tab at the top of the page. Kantlijn's keys as the browser's commands
// are tested by the message the background sends for them (Playwright cannot press browser keys).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithShortcut, panel, tabIdOf } from '@/scripts/browser/harness';
import { drawn, forgetNotes, useHarness } from './use-harness';

const LETTER = 'kst-21501-02-2553';
const NOTE = 'Klaar twitterde als eerste';
const EDITED = `${NOTE}, op 2 oktober`;

const browser = useHarness();

/** Where focus is: the page's element (through Kantlijn's shadow root), and inside a frame what has it there. */
interface Focus {
  /** `iframe[kantlijn-card]`, `button` (the tab), `a`, `body` … */
  page: string;
  /** The frame's focused element: its tag and name ("BUTTON Sluiten"); null outside the frames. */
  frame: string | null;
  /** The page's selection as text. */
  selection: string;
}

async function focusNow(page: Page): Promise<Focus> {
  const outer = await page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const name = active?.getAttribute('name');
    const tag = active?.tagName.toLowerCase() ?? 'none';
    return {
      page: tag === 'iframe' && name ? `iframe[${name}]` : active?.id ? `${tag}#${active.id}` : tag,
      name,
      selection: String(document.getSelection()).trim(),
    };
  });
  const frame = outer.name ? page.frames().find((f) => f.name() === outer.name) : undefined;
  const inner = frame
    ? await frame.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body) return 'BODY';
        const label = active.getAttribute('aria-label') ?? active.textContent ?? '';
        return `${active.tagName} ${label.replace(/\s+/g, ' ').trim()}`.trim();
      })
    : null;
  return { page: outer.page, frame: inner, selection: outer.selection };
}

/** Presses `key` until focus in `frame` is on something whose text `wanted` matches (at most `max` presses). */
async function pressUntil(page: Page, key: string, frame: string, wanted: RegExp, max = 120): Promise<Focus> {
  for (let n = 0; n < max; n++) {
    await page.keyboard.press(key);
    const now = await focusNow(page);
    if (now.page === `iframe[${frame}]` && now.frame && wanted.test(now.frame)) return now;
  }
  throw new Error(`${key} never reached ${wanted} in ${frame}: ${JSON.stringify(await focusNow(page))}`);
}

/** Waits until focus is as `expected` says (the content script hears the frames through a port). */
async function focusIs(page: Page, expected: Partial<Focus> & { frameMatches?: RegExp }): Promise<Focus> {
  const { frameMatches, ...exact } = expected;
  await expect
    .poll(
      async () => {
        const now = await focusNow(page);
        return { ...now, frame: frameMatches && now.frame && frameMatches.test(now.frame) ? 'matches' : now.frame };
      },
      { timeout: 5_000 },
    )
    .toMatchObject({ ...exact, ...(frameMatches ? { frame: 'matches' } : {}) });
  return focusNow(page);
}

/** Sends the tab the message the background sends for a browser command. */
async function sendCommand(page: Page, command: string): Promise<void> {
  const tabId = await tabIdOf(browser(), page.url());
  const worker = await browser().worker();
  await worker.evaluate(
    ([tab, name]) => {
      interface Tabs {
        sendMessage(tab: number, message: object, options: object): Promise<unknown>;
      }
      const chromeApi = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      return chromeApi.tabs.sendMessage(tab, { type: 'command', command: name }, { frameId: 0 });
    },
    [tabId, command] as const,
  );
}

describe('the keyboard only', () => {
  it('opens the panel, reaches cards from the text and the panel, writes, edits, deletes and undoes a note, and closes everything, focus following', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    const p = panel(page);
    await p.toggle.waitFor({ state: 'attached', timeout: 15_000 });

    // A reader on a link of the page opens the panel with its key: focus goes into it; Escape closes it, back to the link.
    await page.keyboard.press('Tab');
    const start = await focusNow(page);
    expect(start.page).toMatch(/^a/);
    await page.keyboard.press('Alt+Shift+KeyK');
    await p.aside.waitFor({ state: 'visible', timeout: 5_000 });
    await focusIs(page, { page: 'iframe[kantlijn-panel]', frame: 'BUTTON Kantlijn sluiten' });
    await page.keyboard.press('Escape');
    await p.aside.waitFor({ state: 'detached', timeout: 5_000 });
    await focusIs(page, { page: start.page, frame: null });

    // From the text: the next actor's mention, again and again, until "T. Klaar"; each opens its card, focus in it.
    let found: Focus | null = null;
    for (let n = 0; n < 40 && !found; n++) {
      await page.keyboard.press('Alt+Shift+Period');
      const now = await focusIs(page, { page: 'iframe[kantlijn-card]' });
      if (now.selection === 'T. Klaar') found = now;
    }
    expect(found?.frame).toBe('BUTTON Sluiten');
    const card = p.card.getByRole('dialog');
    expect(await card.getAttribute('aria-label')).toMatch(/Klaar/);
    // "Volgende vermelding" keeps focus on itself.
    await pressUntil(page, 'Tab', 'kantlijn-card', /^BUTTON Volgende vermelding$/);
    const position = await card.innerText();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.innerText(), { timeout: 5_000 }).not.toBe(position);
    await focusIs(page, { page: 'iframe[kantlijn-card]', frame: 'BUTTON Volgende vermelding' });
    // Tab goes round inside the card, never out of it.
    for (let n = 0; n < 25; n++) {
      await page.keyboard.press(n % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect((await focusNow(page)).page).toBe('iframe[kantlijn-card]');
    }
    // Escape: the card closes, focus back on the link that had it when the card opened.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5_000 });
    await focusIs(page, { page: start.page, frame: null, selection: 'T. Klaar' });

    // The card of the mention at the selection; "Notitie bij T. Klaar" opens the editor; Escape (nothing typed) goes back to that button.
    await page.keyboard.press('Alt+Shift+KeyM');
    await focusIs(page, { page: 'iframe[kantlijn-card]', frame: 'BUTTON Sluiten' });
    await pressUntil(page, 'Tab', 'kantlijn-card', /^BUTTON Notitie bij /);
    await page.keyboard.press('Enter');
    await focusIs(page, { page: 'iframe[kantlijn-editor]', frame: 'TEXTAREA' });
    await page.keyboard.press('Escape');
    await focusIs(page, { page: 'iframe[kantlijn-card]', frameMatches: /^BUTTON Notitie bij / });
    await page.keyboard.press('Escape');
    await focusIs(page, { page: start.page, frame: null });

    // A note on the selection with Alt+Shift+N: the editor takes focus, Tab stays in it, Ctrl+Enter saves and gives focus back.
    await page.keyboard.press('Alt+Shift+KeyN');
    await focusIs(page, { page: 'iframe[kantlijn-editor]', frame: 'TEXTAREA' });
    await page.keyboard.type(NOTE);
    for (let n = 0; n < 12; n++) {
      await page.keyboard.press('Tab');
      expect((await focusNow(page)).page).toBe('iframe[kantlijn-editor]');
    }
    await pressUntil(page, 'Tab', 'kantlijn-editor', /^TEXTAREA/);
    await page.keyboard.press('Control+Enter');
    await p.editor.getByRole('dialog').waitFor({ state: 'detached', timeout: 5_000 });
    await focusIs(page, { page: start.page, frame: null });

    // The panel again; its note edited from "Bewerken": Ctrl+Enter gives focus back to "Bewerken".
    await page.keyboard.press('Alt+Shift+KeyK');
    await focusIs(page, { page: 'iframe[kantlijn-panel]', frame: 'BUTTON Kantlijn sluiten' });
    const notes = p.aside.getByRole('region', { name: 'Notities' });
    await expect.poll(() => notes.innerText(), { timeout: 5_000 }).toContain(NOTE);
    await pressUntil(page, 'Tab', 'kantlijn-panel', /^BUTTON Bewerken$/);
    await page.keyboard.press('Enter');
    await focusIs(page, { page: 'iframe[kantlijn-editor]', frame: 'TEXTAREA' });
    await page.keyboard.press('End');
    await page.keyboard.type(', op 2 oktober');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => notes.innerText(), { timeout: 5_000 }).toContain(EDITED);
    await focusIs(page, { page: 'iframe[kantlijn-panel]', frame: 'BUTTON Bewerken' });

    // Deleted: the notice takes focus on "Ongedaan maken"; undone, focus is back in the panel.
    await page.keyboard.press('Tab');
    await focusIs(page, { page: 'iframe[kantlijn-panel]', frame: 'BUTTON Verwijderen' });
    await page.keyboard.press('Enter');
    await focusIs(page, { page: 'iframe[kantlijn-notice]', frame: 'BUTTON Ongedaan maken' });
    await expect.poll(() => notes.innerText(), { timeout: 5_000 }).not.toContain(EDITED);
    await page.keyboard.press('Enter');
    await p.notice.getByRole('status').waitFor({ state: 'detached', timeout: 5_000 });
    await expect.poll(() => notes.innerText(), { timeout: 5_000 }).toContain(EDITED);
    await focusIs(page, { page: 'iframe[kantlijn-panel]' });

    // From the panel to a card: Enter on an actor opens its card with focus; Escape goes back to that actor.
    const actor = await pressUntil(page, 'Tab', 'kantlijn-panel', /^BUTTON Toivo Klaar/);
    await page.keyboard.press('Enter');
    await focusIs(page, { page: 'iframe[kantlijn-card]', frame: 'BUTTON Sluiten' });
    await page.keyboard.press('Escape');
    await focusIs(page, { page: 'iframe[kantlijn-panel]', frame: actor.frame ?? '' });

    // Everything closed: Escape closes the panel, focus back on the link the reader started from.
    await page.keyboard.press('Escape');
    await p.aside.waitFor({ state: 'detached', timeout: 5_000 });
    await focusIs(page, { page: start.page, frame: null });
    expect(await page.locator('kantlijn-panel iframe[data-shown]').count()).toBe(0);
    expect(await forgetNotes(browser(), [EDITED])).toBe(1);
  });

  it('carries out a browser command sent to the tab, and a key press that comes both ways once', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    const p = panel(page);
    await p.toggle.waitFor({ state: 'attached', timeout: 15_000 });
    if ((await p.toggle.getAttribute('aria-expanded')) === 'true') {
      await p.toggle.click(); // remembered open from the test before
      await page.waitForTimeout(1_100);
    }
    // The command alone: the panel opens and takes focus, as by its key.
    await sendCommand(page, 'toggle-panel');
    await p.aside.waitFor({ state: 'visible', timeout: 5_000 });
    await focusIs(page, { page: 'iframe[kantlijn-panel]', frame: 'BUTTON Kantlijn sluiten' });
    // The key (in the panel's frame) and its command, one press: the panel closes once. Had it toggled
    // twice, it would be open now, and the next press (well after, a press of its own) would close it.
    await page.keyboard.press('Alt+Shift+KeyK');
    await sendCommand(page, 'toggle-panel');
    await p.aside.waitFor({ state: 'detached', timeout: 5_000 });
    await page.waitForTimeout(1_100); // past the pairing window (shortcut.ts PAIR_MS): a new press
    await page.keyboard.press('Alt+Shift+KeyK');
    await p.aside.waitFor({ state: 'visible', timeout: 5_000 });
    // The other way round: the command first, then the key of the same press (on the page's tab).
    await page.waitForTimeout(1_100);
    await sendCommand(page, 'toggle-panel');
    await p.aside.waitFor({ state: 'detached', timeout: 5_000 });
    await focusIs(page, { page: 'button', frame: null });
    await page.keyboard.press('Alt+Shift+KeyK');
    await page.waitForTimeout(1_100);
    await page.keyboard.press('Alt+Shift+KeyK');
    await p.aside.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await p.toggle.getAttribute('aria-expanded')).toBe('true');
    // The card keys as commands: the next mention's card opens with focus in it.
    await sendCommand(page, 'next-mention');
    await focusIs(page, { page: 'iframe[kantlijn-card]', frame: 'BUTTON Sluiten' });
  });

  it("lists the browser's own shortcuts for Kantlijn's commands, asked of the browser as they are now", async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    const p = await openWithShortcut(page);
    await p.aside.getByRole('heading', { name: 'Toetsen' }).waitFor({ timeout: 5_000 });
    const frame = page.frames().find((f) => f.url().includes('surface=panel'));
    expect(frame).toBeDefined();
    interface Runtime {
      runtime: { sendMessage(message: object): Promise<unknown> };
      commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
    }
    const answer = await frame?.evaluate(() =>
      (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage({ type: 'key-shortcuts' }),
    );
    const worker = await browser().worker();
    const commands = await worker.evaluate(() => (globalThis as unknown as { chrome: Runtime }).chrome.commands.getAll());
    const set = Object.fromEntries(commands.flatMap(({ name, shortcut }) => (name && shortcut ? [[name, shortcut]] : [])));
    expect(set['toggle-panel']).toBe('Alt+Shift+K');
    expect(answer).toEqual({ ok: true, shortcuts: set });
    // The browser's keys are Kantlijn's own here: the list names no other.
    expect(await p.aside.locator('.key-chosen').count()).toBe(0);
    await p.aside.getByRole('button', { name: 'Kantlijn sluiten' }).click();
  });
});
