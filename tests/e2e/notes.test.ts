// The reader's notes in real Chromium (issue 5): a note on a selection survives a reload, follows a
// corrected text, becomes an orphan when its passage is gone, shows in a second tab, and an actor
// note follows the actor into another letter. Nothing of it is readable from the site's origin.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureUrl, openPopup, openWithShortcut, panel, tabIdOf } from '@/scripts/browser/harness';
import { drawn, firstHighlightBox, forgetNotes as forgetStored, selectText, useHarness } from './use-harness';

const LETTER = 'kst-21501-02-2553';
const SENTENCE =
  'De Nederlandse ambassadeur in Bakoe heeft bij hoog ambtelijke Azerbeidzjaanse gesprekspartners deze boodschap meermaals opgebracht.';
const CORRECTED = SENTENCE.replace('hoog ambtelijke', 'hoogambtelijke');
const INSERTED = 'Deze alinea is later ingevoegd om de tekst te verschuiven, zoals bij een gecorrigeerde publicatie.';

const browser = useHarness();
/** The words under the `kantlijn-note` highlight, one string per range. */
async function noteTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const ranges = [...(registry.get('kantlijn-note') ?? [])];
    return ranges.map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    });
  });
}

async function waitForNoteTexts(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    (n: number) => ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('kantlijn-note')?.size ?? 0) === n,
    count,
    { timeout: 10_000 },
  );
  return noteTexts(page);
}

/** Deletes the notes with these texts from the store, so the tests after count only their own. */
async function forgetNotes(texts: string[]): Promise<void> {
  expect(await forgetStored(browser(), texts)).toBe(texts.length);
}

/** Closes the panel when it is open (it stays open from tab to tab, and covers the right of the text). */
async function closePanel(page: Page): Promise<void> {
  const shown = panel(page);
  if (await shown.aside.isVisible()) await shown.aside.getByRole('button', { name: 'Kantlijn sluiten' }).click();
}

/**
 * Selects `text`, writes a note with a tag through the button by the selection (or Alt+Shift+N,
 * which works wherever the panel left the button), and saves it.
 */
async function addNote(page: Page, text: string, note: string, tag: string, by: 'button' | 'keys' = 'button'): Promise<void> {
  await selectText(page, text);
  const p = panel(page);
  if (by === 'keys') await page.keyboard.press('Alt+Shift+N');
  else await p.adder.click();
  const editor = p.editor.getByRole('dialog', { name: 'Notitie bij de tekst' });
  await editor.getByLabel('Notitie', { exact: true }).fill(note);
  await editor.getByLabel('Tags').fill(tag);
  await editor.getByLabel('Tags').press('Enter');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await editor.waitFor({ state: 'detached', timeout: 5_000 });
}

// The letter as a corrected publication: a paragraph inserted before the passage, a typo fixed in it.
const changed = (html: string) =>
  html
    .replace(SENTENCE, CORRECTED)
    .replace(
      '<h2 class="tussenkop">Vermeende oorlogsmisdrijven door Azerbeidzjan',
      `<p class="al">${INSERTED}</p>\n<h2 class="tussenkop">Vermeende oorlogsmisdrijven door Azerbeidzjan`,
    );

// A passage of the letter rewritten (two words in three replaced) after a note was written on it.
const OLD_WORDS = 'het onderzoek nauwkeurig zal volgen';
const REWRITTEN = 'de uitkomsten met zorg zal bekijken';

/** Writes `note` on the old words, then opens the letter with them rewritten, drawn. */
async function rewrittenUnder(note: string): Promise<Page> {
  const page = await browser().open(LETTER);
  await drawn(page);
  const before = await noteTexts(page);
  await addNote(page, OLD_WORDS, note, 'toezegging', 'keys');
  await waitForNoteTexts(page, before.length + 1);
  const edited = await browser().open(LETTER, { transform: (html) => html.replace(OLD_WORDS, REWRITTEN) });
  await drawn(edited);
  return edited;
}

describe('notes on a passage', () => {
  it('keeps a note with its tag on the same words after a reload', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    await addNote(page, SENTENCE, 'Bakoe: herhaald opgebracht', 'azerbeidzjan');
    expect(await waitForNoteTexts(page, 1)).toEqual([SENTENCE]);
    await page.reload();
    await drawn(page);
    expect(await waitForNoteTexts(page, 1)).toEqual([SENTENCE]);
    const p = await openWithShortcut(page);
    const list = p.aside.getByRole('region', { name: 'Notities' });
    await expect.poll(() => list.innerText(), { timeout: 5_000 }).toMatch(/Bakoe: herhaald opgebracht[\s\S]*#azerbeidzjan/);
    // Hovering the highlighted words shows the note.
    const box = await page.evaluate(firstHighlightBox, 'kantlijn-note');
    expect(box?.text).toBe(SENTENCE);
    await page.mouse.move((box?.x ?? 0) + 12, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    const card = p.card.getByRole('dialog', { name: 'Notitie' });
    await card.waitFor({ timeout: 5_000 });
    expect(await card.innerText()).toMatch(/Bakoe: herhaald opgebracht[\s\S]*azerbeidzjan/);
  });

  it('re-attaches to the corrected words when a paragraph was inserted before them', async () => {
    const page = await browser().open(LETTER, { transform: changed });
    await drawn(page);
    expect(page.url()).toContain(LETTER);
    expect(await page.evaluate((t: string) => document.body.innerText.includes(t), INSERTED)).toBe(true);
    expect(await waitForNoteTexts(page, 1)).toEqual([CORRECTED]);
  });

  it('lists the note under "Niet teruggevonden" when its passage is gone', async () => {
    const page = await browser().open(LETTER, { transform: (html) => html.replace(SENTENCE, '') });
    await drawn(page);
    const p = await openWithShortcut(page);
    const orphans = p.aside.getByRole('region', { name: 'Notities' }).getByRole('region', { name: 'Niet teruggevonden' });
    await orphans.waitFor({ timeout: 10_000 });
    expect(await orphans.innerText()).toContain('Bakoe: herhaald opgebracht');
    expect(await noteTexts(page)).toEqual([]);
    // The reader attaches it to other words: it is found there, now and after a reload.
    await selectText(page, 'Verder heeft Nederland deze video en het belang van een onafhankelijk onderzoek herhaaldelijk opgebracht');
    await orphans.getByRole('button', { name: 'Vastmaken aan selectie' }).click();
    expect(await waitForNoteTexts(page, 1)).toEqual([
      'Verder heeft Nederland deze video en het belang van een onafhankelijk onderzoek herhaaldelijk opgebracht',
    ]);
  });

  it('never puts a note on other words when its sentence is deleted (issue 15): not found, or uncertain', async () => {
    const words = 'de Azerbeidzjaanse ambassadeur laten weten';
    const sentence =
      'Daarbij heeft Nederland de Azerbeidzjaanse ambassadeur laten weten dat Nederland, samen met zijn internationale partners, het onderzoek nauwkeurig zal volgen. ';
    const page = await browser().open(LETTER);
    await drawn(page);
    const before = await noteTexts(page);
    await addNote(page, words, 'Ambassadeur ingelicht', 'ambassadeur', 'keys');
    expect(await waitForNoteTexts(page, before.length + 1)).toContain(words);
    // Served again without that sentence: the words "de Azerbeidzjaanse ambassadeur" stand elsewhere in the letter.
    const edited = await browser().open(LETTER, { transform: (html) => html.replace(sentence, '') });
    await drawn(edited);
    const p = await openWithShortcut(edited);
    const notes = p.aside.getByRole('region', { name: 'Notities' });
    await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toContain('Ambassadeur ingelicht');
    const listedUnder = async (name: string) => {
      const region = notes.getByRole('region', { name });
      return (await region.count()) > 0 && (await region.innerText()).includes('Ambassadeur ingelicht');
    };
    expect((await listedUnder('Niet teruggevonden')) || (await listedUnder('Onzeker'))).toBe(true);
    // Never drawn as a note found: no note highlight holds the ambassador's words.
    expect((await noteTexts(edited)).filter((t) => t.includes('Azerbeidzjaanse ambassadeur'))).toEqual([]);
    await closePanel(edited);
    await forgetNotes(['Ambassadeur ingelicht']);
  });

  it('offers a rewritten passage under "Onzeker", the old words beside the new, and confirms it in one step', async () => {
    const edited = await rewrittenUnder('Volgen met partners');
    const p = await openWithShortcut(edited);
    const uncertain = p.aside.getByRole('region', { name: 'Notities' }).getByRole('region', { name: 'Onzeker' });
    await uncertain.waitFor({ timeout: 10_000 });
    const item = uncertain.getByRole('listitem').filter({ hasText: 'Volgen met partners' });
    expect(await item.innerText()).toMatch(new RegExp(`Eerst[\\s\\S]*${OLD_WORDS}[\\s\\S]*Nu[\\s\\S]*${REWRITTEN}`));
    // Drawn apart (dotted), not as a note found.
    await edited.waitForFunction(
      () => ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('kantlijn-note-uncertain')?.size ?? 0) > 0,
      undefined,
      { timeout: 5_000 },
    );
    expect(await noteTexts(edited)).not.toContain(REWRITTEN);
    await item.getByRole('button', { name: 'Bevestigen', exact: false }).first().click();
    await expect.poll(() => noteTexts(edited), { timeout: 10_000 }).toContain(REWRITTEN);
    // Confirmed, it stays on the new words after a reload.
    await edited.reload();
    await drawn(edited);
    await expect.poll(() => noteTexts(edited), { timeout: 10_000 }).toContain(REWRITTEN);
    await closePanel(edited);
    await forgetNotes(['Volgen met partners']);
  });

  it('opens the card of a note placed as a guess, which says so and confirms it in one step', async () => {
    const edited = await rewrittenUnder('Gok op de kaart');
    await edited.waitForFunction(
      () => ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('kantlijn-note-uncertain')?.size ?? 0) > 0,
      undefined,
      { timeout: 5_000 },
    );
    const card = panel(edited).card.getByRole('dialog', { name: 'Notitie' });
    await openWithShortcut(edited); // with the panel docked beside the text, the card stays clear of it
    try {
      // The reader rests the pointer on the grey, dotted words (found again on each try: the page may still scroll).
      for (let attempt = 0; attempt < 3 && !(await card.isVisible()); attempt++) {
        const at = await edited.evaluate(async (words) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const i = node.textContent?.indexOf(words) ?? -1;
            if (i < 0) continue;
            node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            const range = document.createRange();
            range.setStart(node, i + 3);
            range.setEnd(node, i + 6);
            const r = range.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }
          return null;
        }, REWRITTEN);
        if (!at) throw new Error('the rewritten words are not on the page');
        await edited.mouse.move(at.x, at.y - 150);
        await edited.mouse.move(at.x, at.y, { steps: 4 });
        await card.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => undefined);
      }
      await card.waitFor({ state: 'visible', timeout: 1_000 });
      expect(await card.innerText()).toMatch(/Onzeker: de tekst is veranderd/);
      await card.getByRole('button', { name: 'Bevestigen' }).click();
      await expect.poll(() => noteTexts(edited), { timeout: 10_000 }).toContain(REWRITTEN);
    } finally {
      await forgetNotes(['Gok op de kaart']);
      await closePanel(edited);
    }
  });

  it('dates a new note by its first save, so that it does not read "gewijzigd" at once', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    await selectText(page, 'onafhankelijk onderzoek en publicatie van de uitkomsten');
    await page.keyboard.press('Alt+Shift+N');
    const editor = panel(page).editor.getByRole('dialog', { name: 'Notitie bij de tekst' });
    await editor.getByLabel('Notitie', { exact: true }).fill('Pas later bewaard');
    await page.waitForTimeout(1_500); // the reader takes a while to write
    const saving = Date.now();
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await editor.waitFor({ state: 'detached', timeout: 5_000 });
    const worker = await browser().worker();
    const times = await worker.evaluate(
      () =>
        new Promise<{ created: number; updated: number } | null>((resolve, reject) => {
          const open = indexedDB.open('kantlijn');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('notes').objectStore('notes').getAll();
            all.onsuccess = () =>
              resolve(
                (all.result as Array<{ text: string; created: number; updated: number }>).find((n) => n.text === 'Pas later bewaard') ??
                  null,
              );
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(times?.created).toBeGreaterThanOrEqual(saving);
    expect((times?.updated ?? 0) - (times?.created ?? 0)).toBeLessThan(1_000);
    await forgetNotes(['Pas later bewaard']);
  });

  it('shows a note added in one tab in a second tab of the same letter', async () => {
    const first = await browser().open(LETTER);
    const second = await browser().open(LETTER);
    await Promise.all([drawn(first), drawn(second)]);
    const before = (await waitForNoteTexts(second, 1)).length;
    // The reader writes in the tab in front: Chromium holds back a hidden tab's animation frames.
    await first.bringToFront();
    const sentence =
      'Nederland zal blijven aandringen op een onafhankelijk onderzoek en publicatie van de uitkomsten, en zal ontwikkelingen nauw blijven volgen.';
    await addNote(first, sentence, 'Blijven aandringen', 'toezegging');
    await second.bringToFront(); // the reader looks at the other tab
    const texts = await waitForNoteTexts(second, before + 1);
    expect(texts).toContain(sentence);
  });

  it('deletes a note and brings it back with "Ongedaan maken"', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    const count = (await waitForNoteTexts(page, 2)).length;
    const p = await openWithShortcut(page);
    const list = p.aside.getByRole('region', { name: 'Notities' });
    await list.getByRole('button', { name: 'Verwijderen' }).first().click();
    await waitForNoteTexts(page, count - 1);
    await p.notice.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).click();
    expect(await waitForNoteTexts(page, count)).toHaveLength(count);
  });
});

describe('a link to a note', () => {
  it('opens the letter at the note and shows its card when the address carries #kantlijn-note=', async () => {
    const worker = await browser().worker();
    const id = await worker.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('kantlijn');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('notes').objectStore('notes').getAll();
            all.onsuccess = () =>
              resolve((all.result as Array<{ id: string; text: string }>).find((n) => n.text === 'Blijven aandringen')?.id ?? '');
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(id).not.toBe('');
    const page = await browser().context.newPage();
    await page.goto(`${fixtureUrl(LETTER)}#kantlijn-note=${id}`);
    await drawn(page);
    const card = panel(page).card.getByRole('dialog', { name: 'Notitie' });
    await card.waitFor({ timeout: 10_000 });
    expect(await card.innerText()).toContain('Blijven aandringen');
    await page.close();
  });
});

describe('notes on an actor', () => {
  it('shows a note on Hoekstra in the card of Hoekstra in another letter', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    const p = await openWithShortcut(page);
    await p.aside
      .getByRole('region', { name: 'Actoren' })
      .getByRole('button', { name: /W\.B\. Hoekstra/ })
      .click();
    const card = p.card.getByRole('dialog', { name: 'W.B. Hoekstra' });
    await card.getByRole('button', { name: 'Notitie bij W.B. Hoekstra' }).click();
    const editor = p.editor.getByRole('dialog', { name: 'Notitie bij W.B. Hoekstra' });
    await editor.getByLabel('Notitie', { exact: true }).fill('Vroeg in 2022 om een onafhankelijk onderzoek');
    await editor.getByLabel('Notitie', { exact: true }).press('Control+Enter');
    await editor.waitFor({ state: 'detached', timeout: 5_000 });

    const other = await browser().open('kst-21501-02-2602');
    await drawn(other);
    const q = await openWithShortcut(other);
    await q.aside
      .getByRole('region', { name: 'Actoren' })
      .getByRole('button', { name: /W\.B\. Hoekstra/ })
      .click();
    const otherCard = q.card.getByRole('dialog', { name: 'W.B. Hoekstra' });
    await expect.poll(() => otherCard.innerText(), { timeout: 5_000 }).toMatch(/Vroeg in 2022 om een onafhankelijk onderzoek/);
    expect(await otherCard.innerText()).toMatch(/BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN|kst-21501-02-2553/);
  });
});

describe('the library from the panel', () => {
  it('opens the notes library on this letter’s notes from "Alle notities"', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    const p = await openWithShortcut(page);
    const list = p.aside.getByRole('region', { name: 'Notities' });
    await expect.poll(() => list.innerText(), { timeout: 5_000 }).toContain('Blijven aandringen');
    const [library] = await Promise.all([
      browser().context.waitForEvent('page'),
      list.getByRole('button', { name: 'Alle notities' }).click(),
    ]);
    await library.waitForLoadState();
    expect(new URL(library.url()).searchParams.get('document')).toBe(LETTER);
    const publication = library.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: /^Publicatie/ });
    await publication.waitFor();
    expect(await publication.inputValue()).toBe(LETTER);
    await expect.poll(() => library.locator('main, body').first().innerText(), { timeout: 10_000 }).toContain('Blijven aandringen');
    await library.close();
  });
  it('opens the library on this letter from the popup, to export its notes', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    const popup = await openPopup(browser(), await tabIdOf(browser(), page.url()));
    const [library] = await Promise.all([
      browser().context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Notities van dit document exporteren' }).click(),
    ]);
    await library.waitForLoadState();
    expect(new URL(library.url()).searchParams.get('document')).toBe(LETTER);
    await library.getByRole('button', { name: 'Exporteren' }).waitFor();
    await Promise.all([library.close(), popup.close()]);
  });
});

describe('drafts and privacy', () => {
  it('keeps unsaved text through a page reload', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    await selectText(page, 'Met deze brief voldoe ik aan deze toezegging.');
    await page.keyboard.press('Alt+Shift+KeyN');
    const editor = panel(page).editor.getByRole('dialog', { name: 'Notitie bij de tekst' });
    await editor.getByLabel('Notitie', { exact: true }).pressSequentially('Nog niet klaar met deze gedachte');
    await page.waitForTimeout(800); // the draft is kept 400 ms after the last keystroke
    await page.reload();
    await drawn(page);
    const again = panel(page).editor.getByRole('dialog', { name: 'Notitie bij de tekst' });
    await again.waitFor({ timeout: 10_000 });
    expect(await again.getByLabel('Notitie', { exact: true }).inputValue()).toBe('Nog niet klaar met deze gedachte');
    await again.getByRole('button', { name: 'Annuleren' }).click();
    await again.getByRole('button', { name: 'Weggooien' }).click();
    await page.reload();
    await drawn(page);
    await page.waitForTimeout(500);
    expect(await panel(page).editor.getByRole('dialog', { name: 'Notitie bij de tekst' }).count()).toBe(0);
  });

  it('stores nothing in the site’s origin and answers no script of the page', async () => {
    const page = await browser().open(LETTER);
    await drawn(page);
    await waitForNoteTexts(page, 2);
    const seen = await page.evaluate(async () => {
      const databases = await indexedDB.databases();
      const chromeApi = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      return {
        databases: databases.map((d) => d.name),
        localStorage: Object.keys(localStorage),
        sessionStorage: Object.keys(sessionStorage),
        runtime: typeof chromeApi?.runtime?.sendMessage,
        inBody: document.body.innerText.includes('Bakoe: herhaald opgebracht'),
      };
    });
    expect(seen.databases).toEqual([]);
    expect(seen.localStorage).toEqual([]);
    expect(seen.sessionStorage).toEqual([]);
    // Without `externally_connectable` the site's scripts have no way to message the extension.
    expect(seen.runtime).toBe('undefined');
    expect(seen.inBody).toBe(false);
  });
});
