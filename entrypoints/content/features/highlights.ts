/**
 * The highlights feature: a pass's report drawn in the page. The drawing begins with the actors,
 * which the background sends ahead of the events, so their mentions (most of the work) are made
 * ready while it finds the events. What a pass drew goes when its signal aborts.
 */
import { drawHighlightsAsync, startDrawing, type Drawing, type DrawingStart } from '@/lib/highlight';
import type { Actor, Report } from '@/lib/model/report';
import type { TextIndex } from '@/lib/page/text-index';
import { HIGHLIGHT_KINDS, type HighlightKind } from '@/lib/ui/highlight-kinds';

/** Draws reports, from a drawing begun early when there is one for their very actors. */
export interface Highlights {
  /** Begins drawing the actors of a reading as soon as they come; stops when `signal` aborts. */
  begin(index: TextIndex, actors: Actor[], signal: AbortSignal): void;
  /** Draws `report` with the kinds the reader shows; null when there is nothing drawn. */
  draw(
    index: TextIndex,
    report: Report | null,
    kinds: Readonly<Record<HighlightKind, boolean>>,
    signal: AbortSignal,
  ): Promise<Drawing | null>;
}

/** Makes the page's highlights, one pass after another. */
export function createHighlights(): Highlights {
  let begun: { actors: Actor[]; start: DrawingStart; stop: AbortController } | null = null;
  return {
    begin(index, actors, signal) {
      const stop = new AbortController();
      signal.addEventListener('abort', () => stop.abort(), { once: true });
      begun = { actors, start: startDrawing(index, actors, { signal: stop.signal }), stop };
    },
    async draw(index, report, kinds, signal) {
      // A drawing begun with other actors (another reading's, or a report that came another way) is let go.
      const early = begun && report && begun.actors === report.actors ? begun.start : null;
      if (!early) begun?.stop.abort();
      begun = null;
      if (!report) return null;
      const shown = HIGHLIGHT_KINDS.filter((k) => kinds[k]);
      try {
        return await (early ? early.complete(report, shown) : drawHighlightsAsync(index, report, { kinds: shown, signal }));
      } catch (error) {
        if (!signal.aborted) console.warn('Kantlijn: markeringen niet getekend', error);
        return null;
      }
    },
  };
}
