// The notes library as a reader uses it: notes written on two letters (through the background's
// save-note, as the in-page editor does), listed by document, found by search as the reader types,
// filtered, edited in place, deleted and restored, opened in their document, exported in each
// format (the downloaded files checked), and imported — a broken file refused, a good one
// previewed and then written.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Note } from '@/lib/notes/note';
import { fixtureUrl, panel, type Harness } from '@/scripts/browser/harness';
import { readTruth } from './expected';
import { useHarness } from './use-harness';

const FIRST = 'kst-21501-02-2553';
const SECOND = 'kst-36045-55';
const titleOf = (id: string): string => readTruth(id).document.letters[0]?.title ?? id;

let library: Page;

/** A note as the in-page editor would send it. */
function note(id: string, documentId: string, text: string, tags: string[], exact: string, over: Partial<Note> = {}): Note {
  return {
    id,
    subject: 'passage',
    text,
    tags,
    documentId,
    url: fixtureUrl(documentId),
    documentTitle: titleOf(documentId),
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 100, end: 100 + exact.length },
    },
    actorKey: null,
    actorName: null,
    eventDate: null,
    created: Date.now(),
    updated: Date.now(),
    ...over,
  };
}

const NOTES: Note[] = [
  note('lib-1', FIRST, 'De financiële steun aan Armenië moet beter worden onderbouwd.', ['financiën', 'Kaukasus'], 'steun aan Armenië'),
  note('lib-2', FIRST, 'Vraag aan de minister: welke termijn?', ['vragen'], 'binnen afzienbare tijd'),
  note('lib-3', FIRST, 'Zie ook het verslag van de Raad.', [], 'Raad Buitenlandse Zaken'),
  note('lib-4', SECOND, 'Sancties tegen Rusland: de gevolgen voor de handel.', ['sancties', 'Kaukasus'], 'sanctiepakket'),
  note('lib-5', SECOND, 'Uitvoering door de Douane <script>alert(1)</script>', ['sancties'], 'de Douane'),
  note('lib-6', FIRST, 'Speciaal vertegenwoordiger; eerder ambassadeur.', ['personen'], 'Klaar', {
    subject: 'actor',
    actorKey: 'person:klaar',
    actorName: 'T. Klaar',
  }),
];

/** Sends a message to the background from an extension page, as the content script would. */
async function send(page: Page, message: object): Promise<{ ok: boolean; error?: string }> {
  return page.evaluate((m) => {
    interface Runtime {
      sendMessage(message: object): Promise<{ ok: boolean; error?: string }>;
    }
    return (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime.sendMessage(m);
  }, message);
}

const count = (page: Page): Locator => page.locator('.k-count');
const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: 'Zoeken' });
const rowOf = (page: Page, text: string): Locator => page.locator('article.k-note').filter({ hasText: text });

/** Waits until the count line says exactly `text` (it is a live region: it changes as the list does). */
async function countIs(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('.k-count')?.textContent === t, text, { timeout: 15_000 });
}

/** The library's list, once it shows `query`'s results. */
async function searchFor(page: Page, query: string): Promise<void> {
  await searchBox(page).fill('');
  await searchBox(page).pressSequentially(query);
  await page.locator(`ul.k-vlist-rows[data-query="${query}"]`).waitFor({ state: 'attached' });
}

/** Chooses an export format and answers the downloaded file's name and text. */
async function exportAs(page: Page, format: string, scope?: RegExp): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Exporteren' }).click();
  if (scope) await page.getByRole('radio', { name: scope }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByRole('group', { name: 'Exporteren' }).getByRole('button', { name: format, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Chooses a file for "Importeren". */
async function importFile(page: Page, name: string, content: string): Promise<void> {
  await page
    .getByLabel(/Bestand om te importeren/)
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') });
}

/** Opens the library page every test goes on in, with the notes saved through the background as the editor saves them. */
async function prepareLibrary(h: Harness): Promise<void> {
  // The reader opens both letters, so the library knows their kind, date and title.
  for (const id of [FIRST, SECOND]) {
    const page = await h.open(id);
    await panel(page).host.waitFor({ state: 'attached', timeout: 15_000 });
  }
  library = await h.context.newPage();
  await library.goto(`chrome-extension://${h.extensionId}/notes.html`);
  for (const n of NOTES) expect(await send(library, { type: 'save-note', note: n })).toMatchObject({ ok: true });
  await library.reload();
  await countIs(library, '6 notities');
}

const harness = useHarness({ setup: prepareLibrary });

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('the library', () => {
  it('is opened from the popup', async () => {
    const popup = await harness().context.newPage();
    await popup.goto(`chrome-extension://${harness().extensionId}/popup.html`);
    const [opened] = await Promise.all([harness().context.waitForEvent('page'), popup.getByRole('button', { name: 'Notities' }).click()]);
    await opened.waitForURL(/\/notes\.html$/);
    await opened.getByRole('searchbox', { name: 'Zoeken' }).waitFor();
    await opened.close();
    await popup.close();
  });

  it('lists every note under its document, actor notes under the actor, as text', async () => {
    const headings = await library.locator('.k-group-title').allTextContents();
    expect(headings).toEqual(expect.arrayContaining([titleOf(FIRST), titleOf(SECOND), 'T. Klaar']));
    const meta = await library
      .locator('.k-group')
      .filter({ hasText: titleOf(FIRST) })
      .locator('.k-group-meta')
      .textContent();
    expect(meta).toContain('Brief');
    expect(meta).toContain('23 november 2022');
    expect(await rowOf(library, 'Douane').locator('.k-note-text').textContent()).toContain('<script>alert(1)</script>');
    expect(await library.locator('script:not([src])').count()).toBe(0);
    await expect.poll(() => library.locator('ul.k-vlist-rows').getAttribute('data-index-ready')).toBe('true');
  });

  it('finds notes as the reader types, without regard to accents', async () => {
    await searchFor(library, 'financiele');
    expect(await count(library).textContent()).toBe('1 van 6 notities');
    expect(await library.locator('article.k-note').count()).toBe(1);
    await searchFor(library, 'kauk');
    expect(await count(library).textContent()).toBe('2 van 6 notities');
    await searchFor(library, 'buitenlandse sancties');
    expect(await count(library).textContent()).toBe('2 van 6 notities');
    await searchFor(library, 'zzz');
    await library.getByText('Geen notities gevonden.').waitFor();
    await searchFor(library, '');
    expect(await count(library).textContent()).toBe('6 notities');
  });

  it('filters by tag, actor and kind', async () => {
    const filters = library.getByRole('group', { name: 'Filters' });
    await filters.getByLabel('Tag').selectOption('sancties');
    await countIs(library, '2 van 6 notities');
    await filters.getByRole('button', { name: 'Filters wissen' }).click();
    await filters.getByLabel('Actor').selectOption('person:klaar');
    await countIs(library, '1 van 6 notities');
    await filters.getByRole('button', { name: 'Filters wissen' }).click();
    await filters.getByLabel('Soort document').selectOption('letter');
    await countIs(library, '6 notities');
    await filters.getByLabel('Vanaf').fill('2000-01-01');
    await filters.getByLabel('Tot en met').fill('2000-01-02');
    await countIs(library, '0 van 6 notities');
    await filters.getByRole('button', { name: 'Filters wissen' }).click();
    await countIs(library, '6 notities');
  });

  it('edits a note in place: Ctrl+Enter saves, Escape cancels', async () => {
    await rowOf(library, 'welke termijn').getByRole('button', { name: 'Bewerken' }).click();
    const editor = library.getByRole('form', { name: 'Notitie bewerken' });
    await editor.getByLabel('Notitie').fill('Vraag aan de minister: welke termijn geldt er?');
    await editor.getByLabel('Tags').fill('vragen, termijnen');
    await editor.getByLabel('Notitie').press('Control+Enter');
    await rowOf(library, 'welke termijn geldt er?').waitFor();
    expect(await rowOf(library, 'welke termijn geldt er?').getByRole('list', { name: 'Tags' }).textContent()).toContain('termijnen');
    await rowOf(library, 'welke termijn geldt er?').getByRole('button', { name: 'Bewerken' }).click();
    await editor.getByLabel('Notitie').fill('weggegooid');
    await editor.getByLabel('Notitie').press('Escape');
    await editor.waitFor({ state: 'detached' });
    await rowOf(library, 'welke termijn geldt er?').waitFor();
    expect(await rowOf(library, 'weggegooid').count()).toBe(0);
    await searchFor(library, 'termijnen');
    expect(await count(library).textContent()).toBe('1 van 6 notities');
    await searchFor(library, '');
  });

  it('deletes a note with undo', async () => {
    await rowOf(library, 'verslag van de Raad').getByRole('button', { name: 'Verwijderen' }).click();
    await countIs(library, '5 notities');
    await library.getByRole('button', { name: 'Ongedaan maken' }).click();
    await countIs(library, '6 notities');
    await rowOf(library, 'verslag van de Raad').waitFor();
  });

  it('opens a note in its document with the note id in the address', async () => {
    const link = rowOf(library, 'Sancties tegen Rusland').getByRole('link', { name: 'Openen in document' });
    expect(await link.getAttribute('href')).toBe(`${fixtureUrl(SECOND)}#kantlijn-note=lib-4`);
    const [opened] = await Promise.all([harness().context.waitForEvent('page'), link.click()]);
    await opened.waitForURL(`${fixtureUrl(SECOND)}#kantlijn-note=lib-4`);
    await opened.close();
  });
});

describe('export', () => {
  it('downloads Markdown with front matter and every note', async () => {
    const { name, text } = await exportAs(library, 'Markdown');
    expect(name).toBe(`kantlijn-notities-${today()}.md`);
    expect(text.startsWith('---\n')).toBe(true);
    for (const n of NOTES.filter((x) => x.id !== 'lib-2')) expect(text).toContain(n.text.slice(0, 20));
    expect(text).toContain('welke termijn geldt er?');
  });

  it('downloads CSV with a byte-order mark, one row per note', async () => {
    const { name, text } = await exportAs(library, 'CSV');
    expect(name).toBe(`kantlijn-notities-${today()}.csv`);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1 + NOTES.length);
  });

  it('downloads a W3C Web Annotation collection', async () => {
    const { name, text } = await exportAs(library, 'W3C Web Annotation');
    expect(name).toMatch(/^kantlijn-notities-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const collection = JSON.parse(text) as { type: string; total: number; first: { items: unknown[] } | { items: unknown[] }[] };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(NOTES.length);
  });

  it('downloads a backup of everything, and of the current selection only when asked', async () => {
    const all = await exportAs(library, 'Back-up');
    expect(all.name).toBe(`kantlijn-backup-${today()}.json`);
    const backup = JSON.parse(all.text) as { format: string; notes: Note[]; documents: Array<{ id: string }> };
    expect(backup.notes.map((n) => n.id).sort()).toEqual(NOTES.map((n) => n.id).sort());
    expect(backup.documents.map((d) => d.id)).toEqual(expect.arrayContaining([FIRST, SECOND]));
    await searchFor(library, 'sancties');
    const shown = await exportAs(library, 'CSV', /huidige selectie/);
    expect(Papa.parse<string[]>(shown.text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data).toHaveLength(1 + 2);
    await searchFor(library, '');
    backupText = all.text;
  });
});

let backupText = '';

describe('import', () => {
  it('refuses a broken file with a message and changes nothing', async () => {
    await importFile(library, 'kapot.json', '{"format": "kantlijn-backup", "version": 1, "notes": [');
    await expect.poll(() => library.getByRole('alert').textContent()).toContain('geen JSON');
    expect(await count(library).textContent()).toBe('6 notities');
    await importFile(library, 'ander.json', JSON.stringify({ hello: 'world' }));
    await expect.poll(() => library.getByRole('alert').textContent()).toContain('geen back-up');
    expect(await count(library).textContent()).toBe('6 notities');
  });

  it('previews a good file, then writes it on confirmation', async () => {
    const backup = JSON.parse(backupText) as { notes: Array<Note | Record<string, unknown>> };
    const extra = [
      note('lib-7', SECOND, 'Geïmporteerde notitie over exportcontroles.', ['import'], 'exportcontroles'),
      note('lib-8', FIRST, 'Nog een geïmporteerde notitie.', ['import'], 'Armenië'),
    ];
    backup.notes = [...backup.notes, ...extra, { id: 'kapot', text: 3 }];
    await importFile(library, 'goed.json', JSON.stringify(backup));
    const preview = library.getByRole('region', { name: 'Voorbeeld van de import' });
    await preview.waitFor();
    const notesRow = preview.getByRole('row', { name: /^Notities/ });
    expect(await notesRow.getByRole('cell').allTextContents()).toEqual(['2', '0', String(NOTES.length), '1']);
    expect(await preview.locator('.k-invalid').textContent()).toContain(`Notitie ${NOTES.length + 3}`);
    expect(await count(library).textContent()).toBe('6 notities');
    await preview.getByRole('button', { name: 'Importeren bevestigen' }).click();
    await countIs(library, '8 notities');
    await preview.waitFor({ state: 'detached' });
    await searchFor(library, 'exportcontroles');
    expect(await count(library).textContent()).toBe('1 van 8 notities');
  });
});
