/**
 * Drawing the report in the page with the CSS Custom Highlight API: one `Highlight` per kind
 * (`kantlijn-person` … `kantlijn-reference`) holding a `StaticRange` per mention, and the
 * `::highlight()` rules in an adopted stylesheet. Nothing is added to the page's DOM.
 *
 * Only the mentions within a few screens of the viewport are handed to the browser at a time,
 * following the scrolling (window.ts explains why), and a mention's range is made when it is first
 * needed (lazy-mentions.ts). `drawHighlightsAsync` prepares the mentions in slices that yield to
 * the main thread and registers the highlights at the end in one step, so the browser paints them
 * once; `drawHighlights` is the same work in one go (tests, small pages).
 */
import type { Report } from '@/lib/model/report';
import type { TextIndex } from '@/lib/page/text-index';
import { toTextOffset } from '@/lib/page/text-position';
import { yieldToMain } from '@/lib/util/yield-to-main';
import { createDrawing, type Drawing } from './drawn-report';
import { highlightConstructorOf, registryOf } from './env';
import type { DrawnMention } from './hit-test';
import { HIGHLIGHT_KINDS, selectedKinds, type HighlightKind, type KindSelection } from './kinds';
import { lazyMentionsOf, type RangeMaker } from './lazy-mentions';
import { byPosition, sortByPosition } from './mentions';
import { rangeFactory, type RangeFactory } from './ranges';
import { adoptHighlightStyles, highlightStylesAdopted, PRIORITY } from './styles';

export type { DrawnMention, Hit } from './hit-test';
export type { Drawing } from './drawn-report';

/** Options of both variants. */
export interface DrawOptions {
  /** The page's document (default: the global one). */
  document?: Document;
  /** How ranges are made (default: `StaticRange`). */
  makeRange?: RangeFactory;
  /**
   * 'viewport' (default): register only the mentions within a few screens of the viewport, moving
   * with scrolling (see window.ts); 'all': register every mention (costly on big pages in Chromium).
   * Without layout (a hidden page, a test DOM) every mention is registered either way.
   */
  window?: 'viewport' | 'all';
}

/** Options of the sliced variant. */
export interface DrawAsyncOptions extends DrawOptions {
  /** The kinds to show (default: all). */
  kinds?: KindSelection;
  /** Aborting stops the work between slices; the promise rejects with the signal's reason and nothing stays drawn. */
  signal?: AbortSignal;
  /** Work per slice before yielding (default 10 ms: enough for a long page's mentions in one slice). */
  sliceMs?: number;
  /** How to give the main thread back (default: `scheduler.yield`, else a macrotask). */
  yieldToMain?: () => Promise<void>;
}

/** Draws the report in one go (small pages, tests); the browser holds the mentions near the viewport (see window.ts). */
export function drawHighlights(
  index: TextIndex,
  report: Pick<Report, 'actors' | 'events' | 'references'>,
  kinds: KindSelection = HIGHLIGHT_KINDS,
  options: DrawOptions = {},
): Drawing {
  const builder = createBuilder(index, report.actors, options);
  builder.prepare(() => false);
  builder.complete(report.events, report.references);
  return builder.finish(kinds);
}

/**
 * Draws the report in slices that yield to the main thread, after a frame for the new ::highlight()
 * rules; rejects with the reason when `signal` aborts, and disposes the drawing when it aborts later.
 */
export function drawHighlightsAsync(
  index: TextIndex,
  report: Pick<Report, 'actors' | 'events' | 'references'>,
  options: DrawAsyncOptions = {},
): Promise<Drawing> {
  return startDrawing(index, report.actors, options).complete(report);
}

/** A drawing begun with the actors alone (`startDrawing`). */
export interface DrawingStart {
  /**
   * Draws `report` (its actors must be the very ones the drawing began with) with the kinds to show
   * (default: the options'); as `drawHighlightsAsync`.
   */
  complete(report: Pick<Report, 'actors' | 'events' | 'references'>, kinds?: KindSelection): Promise<Drawing>;
}

/**
 * Begins `drawHighlightsAsync` with the report's actors, before its events and citations are
 * known: their mentions (nearly all of a page's) are prepared in slices from now on, so that
 * `complete` has only the few others to add. The background sends the actors ahead of the
 * events (extract-port-protocol.ts), and the page prepares them while the events are found.
 */
export function startDrawing(index: TextIndex, actors: Report['actors'], options: DrawAsyncOptions = {}): DrawingStart {
  const { signal, sliceMs = 10, yieldToMain = defaultYield } = options;
  if (signal?.aborted) return { complete: () => Promise.reject(signal.reason) };
  const doc = options.document ?? document;
  // The ::highlight() rules first, and a frame for the browser to restyle the page with them (costly
  // on a long page: docs/performance.md): measuring the mentions later must not force it.
  // When they were adopted before (the content script does so at its start), that frame is past.
  const styled = highlightStylesAdopted(doc);
  let releaseEarly = registryOf(doc) ? adoptHighlightStyles(doc) : null;
  // The drawing holds the sheet once made (or nothing does, when aborted): let go of this hold then.
  const release = () => {
    releaseEarly?.();
    releaseEarly = null;
  };
  signal?.addEventListener('abort', release, { once: true });
  const builder = createBuilder(index, actors, options);
  const inSlices = async (work: (outOfTime: () => boolean) => boolean): Promise<void> => {
    for (;;) {
      signal?.throwIfAborted();
      const until = now() + sliceMs;
      if (work(() => now() > until)) return;
      await yieldToMain();
    }
  };
  const prepared = (async () => {
    if (!styled) await nextFrame(doc);
    await inSlices((outOfTime) => builder.prepare(outOfTime));
  })();
  prepared.catch(() => undefined); // `complete` reports it
  return {
    async complete(report, kinds = options.kinds ?? HIGHLIGHT_KINDS) {
      let drawing: Drawing;
      try {
        if (report.actors !== actors) throw new Error('the drawing was begun with other actors');
        await prepared;
        signal?.throwIfAborted();
        builder.complete(report.events, report.references);
        drawing = builder.finish(kinds);
      } finally {
        release();
      }
      if (signal) {
        if (signal.aborted) {
          drawing.dispose();
          signal.throwIfAborted();
        }
        signal.addEventListener('abort', () => drawing.dispose(), { once: true });
      }
      return drawing;
    },
  };
}

/** Resolves after the browser's next rendering step (a task after the next animation frame); at once without frames. */
function nextFrame(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (!view || typeof view.requestAnimationFrame !== 'function' || doc.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    // A hidden tab gets no frames: the timeout stands in.
    const fallback = setTimeout(resolve, 100);
    view.requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

/** Gives the main thread back for a moment: the same helper the page reading slices with. */
export const defaultYield = yieldToMain;

const now = (): number => performance.now();

interface Builder {
  /** Prepares the actors' mentions until done (true) or `outOfTime()` says stop (false); checked every 64 mentions. */
  prepare(outOfTime: () => boolean): boolean;
  /** Adds the events' and the citations' mentions (few) to the prepared ones. */
  complete(events: Report['events'], references: Report['references']): void;
  finish(kinds: KindSelection): Drawing;
}

function createBuilder(index: TextIndex, actors: Report['actors'], options: DrawOptions): Builder {
  const doc = options.document ?? document;
  const make: RangeFactory = options.makeRange ?? rangeFactory(doc);
  const Highlight = highlightConstructorOf(doc);
  const groups = new Map<HighlightKind, Highlight>();
  if (Highlight) {
    for (const kind of HIGHLIGHT_KINDS) {
      const h = new Highlight();
      h.priority = PRIORITY[kind];
      groups.set(kind, h);
    }
  }
  const ranges = new WeakMap<AbstractRange, DrawnMention>();
  const maker: RangeMaker = { index, make, onRange: (range, mention) => ranges.set(range, mention) };
  const lazy = lazyMentionsOf({ actors, events: [], references: [] }, maker);
  const mentions = lazy.mentions;
  let sorted = false;

  return {
    prepare(outOfTime) {
      if (sorted) return true;
      if (!lazy.collect(outOfTime)) return false;
      sortByPosition(mentions);
      sorted = true;
      return !outOfTime(); // a look at the clock after the sort
    },
    complete(events, references) {
      const rest = lazyMentionsOf({ actors: [], events, references }, maker);
      rest.collect(() => false);
      // In the order sorting them all would give (stable): after the actors' mentions in the same place.
      for (const m of sortByPosition(rest.mentions)) mentions.splice(upperBound(mentions, m), 0, m);
      // The node → segments map that hit-testing uses, built in a task of its own after the
      // drawing rather than on the first hover, which would wait for it.
      const first = index.segments[0];
      if (first) setTimeout(() => toTextOffset(index, first.node, first.nodeStart), 0);
    },
    finish(kinds) {
      return createDrawing(doc, index, mentions, ranges, groups, selectedKinds(kinds), options.window ?? 'viewport');
    },
  };
}

// The first place in the sorted `mentions` after every mention that comes before or with `m`.
function upperBound(mentions: readonly DrawnMention[], m: DrawnMention): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPosition(mentions[mid] as DrawnMention, m) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
