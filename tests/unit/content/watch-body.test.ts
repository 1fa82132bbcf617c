// Re-reading a page whose text changes: after 400 ms of stillness, then a wait that doubles while the
// text keeps changing, at most six re-reads a minute, and 400 ms again after a quiet while.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REREAD_PACE, watchBody } from '@/entrypoints/content/watch-body';
import { findDocumentBody } from '@/lib/page/body';

const SENTENCE = 'De Nederlandse ambassadeur in Bakoe sprak op 3 maart met de minister van Buitenlandse Zaken. ';

let controller: AbortController;
let start: number;
let reads: number[];
let length: number;
let body: Element | null;

/** Changes the publication's text (its length, which is what a re-read compares). */
function change(): void {
  const paragraph = document.querySelector('#broodtekst p') as HTMLParagraphElement;
  paragraph.append(document.createTextNode('x'));
}

/** Watches the page; `onRead` runs after each re-read (the reading is taken at once). */
function watch(onRead: () => void = () => {}): void {
  watchBody(
    controller.signal,
    () => body,
    () => length,
    () => {
      reads.push(Date.now() - start);
      body = findDocumentBody(document);
      length = body?.textContent?.length ?? 0;
      onRead();
    },
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  document.body.innerHTML = `<main><div id="broodtekst"><h1>Brief</h1><p>${SENTENCE.repeat(8)}</p></div></main>`;
  controller = new AbortController();
  start = Date.now();
  reads = [];
  body = findDocumentBody(document);
  length = body?.textContent?.length ?? 0;
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('watchBody', () => {
  it('reads a change after 400 ms of stillness, and passes over changes that leave the text as it was', async () => {
    watch();
    document.body.append(document.createElement('nav')); // the site's menus: no text of the publication
    await vi.advanceTimersByTimeAsync(1000);
    expect(reads).toEqual([]);
    change();
    await vi.advanceTimersByTimeAsync(REREAD_PACE.delayMs - 1);
    expect(reads).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(reads).toEqual([1400]);
  });

  it('doubles the wait after each re-read that follows soon after the one before', async () => {
    watch(change); // the text changes again the moment it was read
    change();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(reads).toEqual([400, 800, 1600, 3200, 6400, 12_800]);
  });

  it('reads at most six times a minute; a change past the cap is read when the minute is up', async () => {
    watch(() => {
      if (reads.length < 7) change();
    });
    change();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads).toHaveLength(REREAD_PACE.perMinute);
    await vi.advanceTimersByTimeAsync(399);
    expect(reads).toHaveLength(REREAD_PACE.perMinute);
    await vi.advanceTimersByTimeAsync(1);
    expect(reads.at(-1)).toBe(60_400); // a minute after the first of the six
    await vi.advanceTimersByTimeAsync(120_000);
    expect(reads).toHaveLength(REREAD_PACE.perMinute + 1);
  });

  it('follows a text that changes every half second at the same pace, not each time', async () => {
    watch();
    for (let t = 0; t < 60_000; t += 500) {
      change();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(reads.length).toBeLessThanOrEqual(REREAD_PACE.perMinute);
    const gaps = reads.slice(1).map((time, i) => time - (reads[i] as number));
    expect(gaps.every((gap, i) => i === 0 || gap >= (gaps[i - 1] as number))).toBe(true);
  });

  it('waits 400 ms again after a quiet while', async () => {
    watch();
    for (let i = 0; i < 4; i++) {
      change();
      await vi.advanceTimersByTimeAsync(100);
      await vi.advanceTimersByTimeAsync(REREAD_PACE.maxDelayMs);
    }
    expect(reads).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(REREAD_PACE.quietMs);
    const before = Date.now() - start;
    change();
    await vi.advanceTimersByTimeAsync(REREAD_PACE.delayMs);
    expect(reads.at(-1)).toBe(before + REREAD_PACE.delayMs);
  });

  it('reads a body the site replaced, and stops with its signal', async () => {
    watch();
    const main = document.querySelector('main') as HTMLElement;
    main.innerHTML = `<div id="broodtekst"><p>${SENTENCE.repeat(8)}</p></div>`;
    await vi.advanceTimersByTimeAsync(REREAD_PACE.delayMs);
    expect(reads).toEqual([400]);
    controller.abort();
    change();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads).toEqual([400]);
  });
});
