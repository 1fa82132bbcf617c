/**
 * The life of one test file's browser: launched before its tests, its tabs closed after each test
 * (so a failed test leaves none), closed at the end. Apart from harness.ts, which the benchmarks
 * and the demo use outside vitest.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch, type Harness, type LaunchOptions } from '@/scripts/browser/harness';

/** Registers the hooks; the returned function gives the running harness inside a test. */
export function useHarness(options: LaunchOptions = {}): () => Harness {
  let h: Harness | null = null;
  beforeAll(async () => {
    h = await launch(options);
  });
  afterEach(async () => {
    await h?.closePages();
  });
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

/** Selects `text` in the publication, as a reader dragging over it would (throws when it is not there). */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`not in the page: ${wanted}`);
  }, text);
}
