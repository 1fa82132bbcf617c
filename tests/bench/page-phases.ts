/**
 * The page benchmark's phase probe: the content script's own steps, run one after the other in a
 * page's main world with the same library code (bundled by page.ts), so each can be timed alone:
 * reading the page (`readPageInSlices`, as the content script does, and `readPage` in one go),
 * extracting (`extract`, which the extension runs in its background service worker) and drawing
 * (`drawHighlightsAsync`, with the time spent yielding counted apart). Runs in a browser without
 * the extension, so its highlights replace nobody's. Exposes `globalThis.kantlijnPhases`.
 */
import { extract, type ExtractContext } from '../../lib/extract/extract';
import { defaultYield, drawHighlightsAsync } from '../../lib/highlight/draw';
import { readPage, readPageInSlices } from '../../lib/page/read-page';

/** What one probe measured (milliseconds of `performance.now()`). */
export interface PhaseTimes {
  /** `readPageInSlices` from start to end (slices of 8 ms with yields between). */
  readMs: number;
  /** `readPage`: the same reading in one go (the work without the yields). */
  readSyncMs: number;
  /** `extract` on the page's main thread (the extension does this in the background). */
  extractMs: number;
  /** `drawHighlightsAsync` from start to end. */
  drawMs: number;
  /** Of `drawMs`, the time spent yielding to the main thread between slices. */
  drawYieldMs: number;
  textLength: number;
  mentions: number;
  /** The text the extension reads (only when asked: to send the background the same text). */
  text?: string;
}

async function probe(context: ExtractContext, url: string, withText: boolean): Promise<PhaseTimes> {
  const t0 = performance.now();
  const reading = await readPageInSlices(document, url);
  const t1 = performance.now();
  readPage(document, url);
  const t2 = performance.now();
  const found = extract(reading.index.text, context);
  const t3 = performance.now();
  let yielded = 0;
  const drawing = await drawHighlightsAsync(reading.index, found, {
    yieldToMain: async () => {
      const y = performance.now();
      await defaultYield();
      yielded += performance.now() - y;
    },
  });
  const t4 = performance.now();
  const mentions = drawing.mentions.length;
  drawing.dispose();
  return {
    readMs: t1 - t0,
    readSyncMs: t2 - t1,
    extractMs: t3 - t2,
    drawMs: t4 - t3,
    drawYieldMs: yielded,
    textLength: reading.index.text.length,
    mentions,
    ...(withText ? { text: reading.index.text } : {}),
  };
}

(globalThis as unknown as { kantlijnPhases: { probe: typeof probe } }).kantlijnPhases = { probe };
