// Where data lives and what the popup says: the "kantlijn" database belongs to the extension's
// origin (never the site's), records each publication opened, and the popup reports it per tab.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureUrl, openPopup, panel, tabIdOf } from '@/scripts/browser/harness';
import { readTruth } from './expected';
import { useHarness } from './use-harness';

// Later tests go on in the tabs earlier ones opened (a reload, the popup for each tab), so they stay open.
const harness = useHarness({ keepPages: true });

const FIRST = 'kst-21501-02-2553';
const SECOND = 'kst-36045-55';

/** Opens a publication and waits until its content script has mounted (and so has run). */
async function openPublication(id: string): Promise<Page> {
  const page = await harness().open(id, { variant: 'a' });
  await panel(page).host.waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

/** The popup's count line: "documenten gezien", singular for one ("1 document gezien"). */
const SEEN = /\bdocument(en)? gezien\b/;

/** The popup's text for a tab, once it has loaded its numbers. */
async function popupText(tabId: number): Promise<string> {
  const popup = await openPopup(harness(), tabId);
  try {
    await popup.getByText(SEEN).first().waitFor({ timeout: 10_000 });
    return (await popup.evaluate(() => document.body.innerText)).replace(/[ \t]+/g, ' ');
  } finally {
    await popup.close();
  }
}

/** The number on the popup's count line (null when the line has no number). */
function seenCount(text: string): number | null {
  const line = text.split('\n').find((l) => SEEN.test(l)) ?? '';
  const n = /\d+/.exec(line);
  return n ? Number(n[0]) : null;
}

/** Rows in the `documents` store, read in the service worker without Dexie. */
async function documentRows(): Promise<number | string> {
  const worker = await harness().worker();
  return worker.evaluate(
    () =>
      new Promise<number | string>((resolve) => {
        const req = indexedDB.open('kantlijn');
        req.onerror = () => resolve(`open failed: ${String(req.error)}`);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('documents')) {
            db.close();
            resolve(`no documents store in [${[...db.objectStoreNames].join(', ')}]`);
            return;
          }
          const count = db.transaction('documents', 'readonly').objectStore('documents').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => resolve(`count failed: ${String(count.error)}`);
        };
      }),
  );
}

const titleOf = (id: string): string => readTruth(id).document.letters[0]?.title ?? '';
const lower = (s: string): string => s.toLocaleLowerCase('nl');

describe('database', () => {
  let firstPage: Page;
  let firstCount: number | null = null;

  it('lives in the extension origin, not the site origin', async () => {
    firstPage = await openPublication(FIRST);
    const tabId = await tabIdOf(harness(), fixtureUrl(FIRST));
    await expect.poll(async () => seenCount(await popupText(tabId)), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    const worker = await harness().worker();
    const extensionDbs = await worker.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    expect(extensionDbs).toContain('kantlijn');
    const siteDbs = await firstPage.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    expect(siteDbs.filter((name) => name.toLowerCase().includes('kantlijn'))).toEqual([]);
    firstCount = seenCount(await popupText(tabId));
    expect(await documentRows()).toBe(firstCount);
  });

  it('counts one more document after opening a second publication', async () => {
    await openPublication(SECOND);
    expect(firstCount).not.toBeNull();
    const tabId = await tabIdOf(harness(), fixtureUrl(SECOND));
    await expect.poll(async () => seenCount(await popupText(tabId)), { timeout: 15_000 }).toBe((firstCount ?? 0) + 1);
    expect(await documentRows()).toBe((firstCount ?? 0) + 1);
  });

  it('does not count a publication twice when it is opened again', async () => {
    await firstPage.reload({ waitUntil: 'load' });
    await panel(firstPage).host.waitFor({ state: 'attached', timeout: 15_000 });
    await firstPage.waitForTimeout(1_000);
    const tabId = await tabIdOf(harness(), fixtureUrl(FIRST));
    expect(seenCount(await popupText(tabId))).toBe((firstCount ?? 0) + 1);
    expect(await documentRows()).toBe((firstCount ?? 0) + 1);
  });
});

describe('popup', () => {
  it.each([FIRST, SECOND])('describes the tab it is given (%s): its title and the count', async (id) => {
    const other = id === FIRST ? SECOND : FIRST;
    const tabId = await tabIdOf(harness(), fixtureUrl(id));
    const text = await popupText(tabId);
    expect(lower(text)).toContain(lower(titleOf(id)));
    expect(lower(text)).not.toContain(lower(titleOf(other)));
    expect(seenCount(text)).toBe(2);
  });
});

describe('network', () => {
  it('no request to another host was attempted', () => {
    expect(harness().offHost).toEqual([]);
  });
});
