// What a reader does with the overlay, in real Chromium with the fixtures at their real addresses:
// the timeline in date order, a citation that opens the cited publication, "Ook in" across two
// letters, re-reading when the site replaces the text, and page text rendered as text only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithShortcut, panel } from '@/scripts/browser/harness';
import { drawn, useHarness } from './use-harness';

const harness = useHarness();

/** Opens a fixture, waits until it is drawn and opens the panel. */
async function openDrawn(id: string): Promise<Page> {
  const page = await harness().open(id, { variant: 'a' });
  await drawn(page);
  await openWithShortcut(page);
  return page;
}

describe('the overlay', () => {
  it('registers one highlight per kind under kantlijn- names, the page DOM untouched', async () => {
    const page = await openDrawn('kst-21501-02-2553');
    const names = await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].sort());
    expect(names).toEqual(
      expect.arrayContaining([
        'kantlijn-event',
        'kantlijn-location',
        'kantlijn-office',
        'kantlijn-organisation',
        'kantlijn-person',
        'kantlijn-reference',
      ]),
    );
    expect(await page.evaluate(() => document.querySelectorAll('mark, [class*="kantlijn"]').length)).toBe(0);
  });

  it('lists the timeline from 2020 through 2 oktober to the letter of 23 november 2022', async () => {
    const page = await openDrawn('kst-21501-02-2553');
    const timeline = panel(page).aside.getByRole('region', { name: 'Tijdlijn' });
    const items = (await timeline.locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(items[0]).toMatch(/^2020\b/);
    expect(items.findIndex((t) => /zondag 2 oktober 2022/.test(t))).toBeGreaterThan(0);
    expect(items.at(-1)).toMatch(/woensdag 23 november 2022/);
    const order = items
      .map((t) => /(\d{1,2}) (oktober|november) 2022/.exec(t))
      .filter(Boolean)
      .map((m) => (m![2] === 'november' ? 100 : 0) + Number(m![1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('opens the cited publication from the panel (Enter on the citation)', async () => {
    const page = await openDrawn('kst-21501-02-2553');
    const citation = panel(page).aside.getByRole('region', { name: 'Verwijzingen' }).getByRole('link').first();
    await citation.focus();
    await Promise.all([page.waitForURL('https://zoek.officielebekendmakingen.nl/kst-21501-02-2535.html'), page.keyboard.press('Enter')]);
    expect(page.url()).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2535.html');
  });

  it('opens an actor card from the panel with Enter, and closes it with Escape', async () => {
    const page = await openDrawn('kst-21501-02-2553');
    const klaar = panel(page)
      .aside.getByRole('region', { name: 'Actoren' })
      .getByRole('button', { name: /Toivo Klaar/ });
    await klaar.focus();
    await page.keyboard.press('Enter');
    const card = panel(page).card.getByRole('dialog', { name: 'Toivo Klaar' });
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await card.innerText()).toMatch(/Speciaal Vertegenwoordiger voor de Zuidelijke Kaukasus/);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5_000 });
  });

  it('shows the first letter under "Ook in" on the card of Hoekstra in a second letter', async () => {
    const first = await openDrawn('kst-21501-02-2553');
    await first.close();
    const page = await openDrawn('kst-21501-02-2602');
    await panel(page)
      .aside.getByRole('region', { name: 'Actoren' })
      .getByRole('button', { name: /W\.B\. Hoekstra/ })
      .click();
    const card = panel(page).card.getByRole('dialog', { name: 'W.B. Hoekstra' });
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    const link = card.locator('a[href="https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html"]');
    await link.waitFor({ timeout: 5_000 });
    expect(await link.innerText()).toBe('Kamerstukken II 2022/23, 21501-02, nr. 2553');
  });

  it('reads the page again when the site replaces the document body', async () => {
    const page = await openDrawn('kst-21501-02-2553');
    await page.evaluate(() => {
      const body = document.getElementById('broodtekst')!;
      body.innerHTML =
        '<p>36 045 Situatie in de Oekraïne</p><h1>Nr. 55 BRIEF VAN DE MINISTER VAN FINANCIËN</h1><p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p><p>Den Haag, 31 maart 2022</p><p>Tekst over Oekraïne.</p><p>De Minister van Financiën,</p><p>S.A.M. Kaag</p>';
    });
    await panel(page).aside.getByText('31 maart 2022').first().waitFor({ timeout: 10_000 });
    expect(await panel(page).aside.innerText()).toMatch(/S\.A\.M\. Kaag/);
  });
});

describe('page text is rendered as text', () => {
  const URL = 'https://zoek.officielebekendmakingen.nl/kst-99999-1.html';
  const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title></head><body><main><article><div id="broodtekst">
<p>99 999 &lt;img src=x onerror=window.__xss=(window.__xss||0)+1&gt; Dossier</p>
<h1>Nr. 1 BRIEF VAN DE MINISTER VAN FINANCIËN &lt;img src=x onerror=window.__xss=(window.__xss||0)+1&gt;</h1>
<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p><p>Den Haag, 1 maart 2023</p>
<p>Markup: <img src="data:," onerror="window.__page=(window.__page||0)+1"> en tekst: &lt;script&gt;window.__xss=1&lt;/script&gt; bij Nederland.</p>
<p>De Minister van Financiën,</p><p>S.A.M. Kaag</p></div></article></main></body></html>`;

  it('runs nothing from names, titles or text that look like markup', async () => {
    await harness().context.route(URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
    const page = await harness().context.newPage();
    await page.goto(URL);
    await drawn(page);
    const p = await openWithShortcut(page);
    expect(await p.aside.innerText()).toContain('<img src=x onerror=');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0)).toBe(0);
    expect(await p.host.locator('img, script').count()).toBe(0);
    await page.close();
    await harness().context.unroute(URL);
  });
});

describe('an extension reloaded while the page is open', () => {
  it('takes its highlights, panel and listeners away without errors', async () => {
    const page = await openDrawn('kst-21501-02-2553');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const worker = await harness().worker();
    await worker.evaluate(() => {
      const chromeApi = (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome;
      setTimeout(() => chromeApi.runtime.reload(), 50);
    });
    await page.waitForFunction(
      () =>
        !document.querySelector('kantlijn-panel') &&
        ![...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((k) => k.startsWith('kantlijn-')),
      undefined,
      { timeout: 10_000 },
    );
    await page.mouse.move(300, 400);
    await page.keyboard.press('Alt+Shift+KeyK');
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  });
});
