/**
 * The page benchmark's phase probe: the content script's own steps, run one after the other in a
 * page's main world with the same library code (bundled by page.ts), so each can be timed alone.
 * Runs in a browser without the extension (its highlights replace nobody's), in a fresh tab each
 * time, so the first call of each step is as cold as in the content script. Exposes
 * `globalThis.kantlijnPhases`.
 *
 * - reading cold: `readPageInSlices` as the content script calls it, first call in the tab;
 * - reading warm, in parts: `findDocumentBody`, `buildTextIndex`, and `readPage` in one go (the
 *   rest of `readPage` — lines, footnotes, letters, kind, date — is its total minus the two parts);
 * - extraction: `extract`, first call in the tab (the extension runs it in its background worker);
 * - drawing: `drawHighlightsAsync` from start to end, with the time spent yielding counted apart.
 *
 * `mentionRanges` serves the hover measurement in the page with the extension: the report's
 * mention offsets turned into live ranges with the same text index the content script builds
 * (the page's DOM is unchanged by the extension, so the offsets agree). It draws nothing.
 */
import { extract, type ExtractContext } from '@/lib/extract/extract';
import { defaultYield, drawHighlightsAsync } from '@/lib/highlight/draw-highlights';
import { findDocumentBody } from '@/lib/page/body';
import { mentionRange, rangeFactory, toLiveRange } from '@/lib/highlight/ranges';
import { readPage, readPageInSlices } from '@/lib/page/read-page';
import { buildTextIndex } from '@/lib/page/text-index';

/** What one probe measured (milliseconds of `performance.now()`). */
export interface PhaseTimes {
  readColdMs: number;
  bodyMs: number;
  indexMs: number;
  readSyncMs: number;
  extractColdMs: number;
  drawMs: number;
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
  const body = findDocumentBody(document);
  const t2 = performance.now();
  if (body) buildTextIndex(body);
  const t3 = performance.now();
  readPage(document, url);
  const t4 = performance.now();
  const found = extract(reading.index.text, context);
  const t5 = performance.now();
  let yielded = 0;
  const drawing = await drawHighlightsAsync(reading.index, found, {
    yieldToMain: async () => {
      const y = performance.now();
      await defaultYield();
      yielded += performance.now() - y;
    },
  });
  const t6 = performance.now();
  const mentions = drawing.mentions.length;
  drawing.dispose();
  return {
    readColdMs: t1 - t0,
    bodyMs: t2 - t1,
    indexMs: t3 - t2,
    readSyncMs: t4 - t3,
    extractColdMs: t5 - t4,
    drawMs: t6 - t5,
    drawYieldMs: yielded,
    textLength: reading.index.text.length,
    mentions,
    ...(withText ? { text: reading.index.text } : {}),
  };
}

/**
 * Live ranges of these text spans (null where a span maps to no text), kept on
 * `globalThis.__kantlijnMentionRanges` for page-inpage.ts; returns their texts.
 */
function mentionRanges(spans: ReadonlyArray<{ start: number; end: number }>): Array<string | null> {
  const body = findDocumentBody(document);
  const index = body ? buildTextIndex(body) : null;
  const make = rangeFactory(document);
  const ranges = spans.map((s) => {
    const r = index ? mentionRange(index, s.start, s.end, make) : null;
    return r ? toLiveRange(r, document) : null;
  });
  (globalThis as unknown as { __kantlijnMentionRanges: Array<Range | null> }).__kantlijnMentionRanges = ranges;
  return ranges.map((r) => (r ? r.toString() : null));
}

(globalThis as unknown as { kantlijnPhases: { probe: typeof probe; mentionRanges: typeof mentionRanges } }).kantlijnPhases = {
  probe,
  mentionRanges,
};
