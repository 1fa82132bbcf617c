// axe-core over every surface a reader meets (issue 16, "Done when"): the panel, an actor card
// with "Ook in", an event card, the note editor, the popup and the notes library, each in the
// built extension in Chromium. Every document also says which language its words are in, and the
// panel's citations are links the browser's own keys open in a new tab.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopup, openWithShortcut, panel, tabIdOf } from '@/scripts/browser/harness';
import { drawn, selectText, useHarness } from './use-harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LETTER = 'kst-21501-02-2553';
const SENTENCE = 'De Nederlandse ambassadeur in Bakoe heeft bij hoog ambtelijke Azerbeidzjaanse gesprekspartners';

// Later steps go on in the tabs earlier ones opened (the note written in the editor fills the library).
const harness = useHarness({ keepPages: true });

interface Finding {
  id: string;
  nodes: string[];
}

/** axe-core's violations in one document (a page or a frame), as rule ids with their elements. */
async function violations(target: Page | Frame): Promise<Finding[]> {
  // A card or the editor fades in (90 ms): text half faded in fails the contrast rule. Once, axe ran
  // on the editor before its fade had ended.
  await target.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    interface AxeResult {
      violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
    }
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** The document of a surface's frame (`kantlijn-panel`, `kantlijn-card`, …), once something is drawn in it. */
async function frameOf(page: Page, name: 'panel' | 'card' | 'editor'): Promise<Frame> {
  const handle = await page.locator(`kantlijn-panel iframe[name="kantlijn-${name}"]`).elementHandle({ timeout: 10_000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no ${name} frame`);
  return frame;
}

const langOf = (target: Page | Frame): Promise<string> => target.evaluate(() => document.documentElement.lang);

let letter: Page;

describe('axe-core finds no violations', () => {
  it('in the panel', async () => {
    // A second letter first, so the first one's card has an entry under "Ook in".
    const other = await harness().open('kst-21501-02-2602');
    await drawn(other);
    await other.close();
    letter = await harness().open(LETTER);
    await drawn(letter);
    const p = await openWithShortcut(letter);
    await p.aside.getByRole('region', { name: 'Verwijzingen' }).getByRole('link').first().waitFor();
    const frame = await frameOf(letter, 'panel');
    expect(await langOf(frame)).toBe('nl');
    expect(await violations(frame)).toEqual([]);
    // The tab and the note button in the page's shadow root speak Kantlijn's language too.
    expect(await p.toggle.evaluate((button) => button.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
  });

  it('opens a citation in a new tab with Ctrl+click, the letter staying where it is', async () => {
    const citation = panel(letter).aside.getByRole('region', { name: 'Verwijzingen' }).getByRole('link').first();
    const cited = 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2535.html';
    const [opened] = await Promise.all([harness().context.waitForEvent('page'), citation.click({ modifiers: ['ControlOrMeta'] })]);
    // The harness serves the site only to tabs it opened itself, so the new tab shows an error page:
    // which address it went to is asked of the browser's tabs.
    await expect.poll(() => tabIdOf(harness(), cited).then(Boolean, () => false), { timeout: 10_000 }).toBe(true);
    expect(letter.url()).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html');
    await opened.close();
  });

  it('in an actor card with "Ook in"', async () => {
    const p = panel(letter);
    await p.aside
      .getByRole('region', { name: 'Actoren' })
      .getByRole('button', { name: /W\.B\. Hoekstra/ })
      .click();
    const card = p.card.getByRole('dialog', { name: 'W.B. Hoekstra' });
    // "Ook in" names the other letter by its citation and its dossier, not "BRIEF VAN DE MINISTER …".
    await card.getByRole('link', { name: 'Kamerstukken II 2022/23, 21501-02, nr. 2602', exact: true }).waitFor({ timeout: 10_000 });
    expect(await card.locator('.k-card-docs').innerText()).toContain('Raad Algemene Zaken en Raad Buitenlandse Zaken');
    const frame = await frameOf(letter, 'card');
    expect(await langOf(frame)).toBe('nl');
    expect(await violations(frame)).toEqual([]);
    await letter.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('in an event card', async () => {
    const p = panel(letter);
    await p.aside.getByRole('region', { name: 'Tijdlijn' }).getByRole('button').first().click();
    await p.card.getByRole('dialog').waitFor({ timeout: 10_000 });
    expect(await violations(await frameOf(letter, 'card'))).toEqual([]);
  });

  it('in the note editor', async () => {
    const p = panel(letter);
    // The panel lies over the right of the text, where the button by the selection appears.
    await p.aside.getByRole('button', { name: 'Kantlijn sluiten' }).click();
    await p.aside.waitFor({ state: 'detached' });
    await selectText(letter, SENTENCE);
    await p.adder.click();
    const editor = p.editor.getByRole('dialog', { name: 'Notitie bij de tekst' });
    await editor.getByLabel('Notitie', { exact: true }).fill('Herhaald opgebracht in Bakoe');
    const frame = await frameOf(letter, 'editor');
    expect(await langOf(frame)).toBe('nl');
    expect(await violations(frame)).toEqual([]);
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await editor.waitFor({ state: 'detached', timeout: 5_000 });
  });

  it('in the popup', async () => {
    const popup = await openPopup(harness(), await tabIdOf(harness(), letter.url()));
    await popup.getByRole('button', { name: /^Paneel (openen|sluiten)$/ }).waitFor();
    await popup.getByText(/documenten? gezien/).waitFor();
    expect(await langOf(popup)).toBe('nl');
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  it('in the notes library', async () => {
    const library = await harness().context.newPage();
    await library.goto(`chrome-extension://${harness().extensionId}/notes.html`);
    await library.getByText('Herhaald opgebracht in Bakoe').waitFor({ timeout: 10_000 });
    expect(await langOf(library)).toBe('nl');
    expect(await library.getByRole('main').count()).toBe(1);
    expect(await violations(library)).toEqual([]);
    await library.close();
  });
});
