/**
 * The life of one test file's browser: launched before its tests, its tabs closed after each test
 * (so a failed test leaves none), closed at the end. Called inside a `describe`, it lives for that
 * block only. Apart from harness.ts, which the benchmarks and the demo use outside vitest.
 *
 * Beyond launch's options (`extension: false` gives a Chromium without the extension):
 * - `plainFirst` runs first in a Chromium without the extension, closed before this one starts (one
 *   browser at a time on two cores), to record the pages as they are without Kantlijn;
 * - `setup` runs once after the launch, for what every test of the file shares;
 * - `keepPages` leaves the tabs open between tests, for tests that go on in a tab an earlier one opened.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch, type Harness, type LaunchOptions } from '@/scripts/browser/harness';

/** What a test file may ask of its browser's life, beyond what launch takes. */
export interface HarnessOptions extends LaunchOptions {
  /** Runs in a Chromium without the extension before this browser starts; that Chromium is closed after it. */
  plainFirst?: (plain: Harness) => Promise<void>;
  /** Runs once, right after the launch, in the same beforeAll. */
  setup?: (harness: Harness) => Promise<void>;
  /** Keeps the tabs open from test to test (default false: they close after each test). */
  keepPages?: boolean;
}

/** Registers the hooks; the returned function gives the running harness inside a test. */
export function useHarness(options: HarnessOptions = {}): () => Harness {
  const { plainFirst, setup, keepPages = false, ...launchOptions } = options;
  let h: Harness | null = null;
  beforeAll(async () => {
    if (plainFirst) {
      const plain = await launch({ ...launchOptions, extension: false });
      try {
        await plainFirst(plain);
      } finally {
        await plain.close();
      }
    }
    h = await launch(launchOptions);
    await setup?.(h);
  });
  if (!keepPages) {
    afterEach(async () => {
      await h?.closePages();
    });
  }
  afterAll(async () => {
    await h?.close();
  });
  return () => {
    if (!h) throw new Error('the browser is not running (launch failed?)');
    return h;
  };
}

/** Waits until the content script has drawn the page's highlights (its `kantlijn-drawn` mark). */
export async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('kantlijn-drawn').length > 0, undefined, { timeout: 20_000 });
}

/**
 * Runs in the page (Chromium's or Firefox's): selects `wanted` in the publication, as a reader
 * dragging over it would, after scrolling it into view; throws when it is not there.
 */
export function selectInPage(wanted: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.nodeValue ?? '').indexOf(wanted);
    if (at < 0) continue;
    node.parentElement?.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return;
  }
  throw new Error(`not in the page: ${wanted}`);
}

/** A highlighted range as the window shows its first line, and its words. */
export interface HighlightBox {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
}

/**
 * Runs in the page (Chromium's or Firefox's): the first range of highlight `name`, scrolled into
 * view, as the box of its first line and its words; null when the highlight has none.
 */
export function firstHighlightBox(name: string): HighlightBox | null {
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const [first] = [...(registry.get(name) ?? [])];
  if (!first) return null;
  const live = document.createRange();
  live.setStart(first.startContainer, first.startOffset);
  live.setEnd(first.endContainer, first.endOffset);
  live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = live.getClientRects()[0];
  return rect ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height, text: live.toString() } : null;
}

/** Selects `text` in the publication, as a reader dragging over it would (throws when it is not there). */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(selectInPage, text);
}

/** Deletes the notes with these texts from the store (the profile is shared by a file's tests); gives how many there were. */
export async function forgetNotes(h: Harness, texts: string[]): Promise<number> {
  const worker = await h.worker();
  return worker.evaluate(
    (gone: string[]) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('kantlijn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('notes', 'readwrite').objectStore('notes');
          const all = store.getAll();
          all.onsuccess = () => {
            const mine = (all.result as Array<{ id: string; text: string }>).filter((n) => gone.includes(n.text));
            for (const n of mine) store.delete(n.id);
            store.transaction.oncomplete = () => resolve(mine.length);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    texts,
  );
}
