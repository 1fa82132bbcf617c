/**
 * Drawing the report in the page with the CSS Custom Highlight API: one `Highlight` per kind
 * (`kantlijn-person` … `kantlijn-reference`) holding a `StaticRange` per mention, and the
 * `::highlight()` rules in an adopted stylesheet. Nothing is added to the page's DOM.
 *
 * `drawHighlightsAsync` builds the ranges in slices of a few milliseconds that yield to the main
 * thread in between (16 000 mentions on a 1 MB page never hold it for long), and registers the
 * highlights at the end in one step, so the browser paints them once. `drawHighlights` is the same
 * work in one go (tests, small pages). Only the mentions within a few screens of the viewport are
 * handed to the browser at a time, following the scrolling (window.ts explains why).
 */
import type { Report } from '../page/report';
import type { TextIndex } from '../page/text-index';
import { toTextOffset } from '../page/text-position';
import { highlightConstructorOf, registryOf } from './env';
import { hitTest, type DrawnMention, type Hit, type HitSource } from './hit-test';
import { HIGHLIGHT_KINDS, highlightName, selectedKinds, targetKey, type HighlightKind, type KindSelection, type Target } from './kinds';
import { buildMentionTable, collectMentions, type MentionTable } from './mentions';
import { mentionRange, rangeFactory, toLiveRange, type RangeFactory } from './ranges';
import { adoptHighlightStyles, PRIORITY } from './styles';
import { yieldToMain } from '../page/text-index';
import { covers, KEEP_SCREENS, NEED_SCREENS, spanBetween, type Span } from './window';

export type { DrawnMention, Hit } from './hit-test';

/** What `drawHighlights` returns: the drawn mentions and the handles to change or remove them. */
export interface Drawing {
  readonly index: TextIndex;
  /** Every mention, sorted by start (longer first at the same start), with its range. */
  readonly mentions: readonly DrawnMention[];
  /** Whether the browser has `CSS.highlights` (without it nothing is painted; hit-testing still works). */
  readonly supported: boolean;
  /** The kinds shown now. */
  readonly kinds: ReadonlySet<HighlightKind>;
  /** Shows exactly these kinds (others are unregistered; their ranges are kept for a later switch back). */
  setKinds(kinds: KindSelection): void;
  isShown(kind: HighlightKind): boolean;
  /** The mention a target names (null when unknown or its offsets map to no text). */
  mentionOf(target: Target): DrawnMention | null;
  /** The range of a target's mention. */
  rangeOf(target: Target): AbstractRange | null;
  /** The first client rect (line box) of a target's mention, for placing a card; null when not rendered. */
  rectOf(target: Target): DOMRect | null;
  /** The shown mention under a viewport point (see hit-test.ts). */
  hitTest(x: number, y: number): Hit | null;
  /** Moves the window of registered mentions to the viewport now (it follows scrolling, resizing and the document's size by itself). */
  refresh(): void;
  /** How many mentions the highlights hold now (all of them, or the window near the viewport). */
  readonly drawnCount: number;
  /** Unregisters the highlights and removes the stylesheet. Idempotent. */
  dispose(): void;
}

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
  /** Work per slice before yielding (default 5 ms). */
  sliceMs?: number;
  /** How to give the main thread back (default: `scheduler.yield`, else a macrotask). */
  yieldToMain?: () => Promise<void>;
}

/** Draws the report in one go (small pages, tests); the browser holds the mentions near the viewport (see window.ts). */
export function drawHighlights(index: TextIndex, report: Pick<Report, 'actors' | 'events' | 'references'>, kinds: KindSelection = HIGHLIGHT_KINDS, options: DrawOptions = {}): Drawing {
  const builder = createBuilder(index, report, options);
  builder.step(() => false);
  return builder.finish(kinds);
}

/** Draws the report in slices that yield to the main thread, after a frame for the new ::highlight() rules; rejects with the reason when `signal` aborts, and disposes the drawing when it aborts later. */
export async function drawHighlightsAsync(index: TextIndex, report: Pick<Report, 'actors' | 'events' | 'references'>, options: DrawAsyncOptions = {}): Promise<Drawing> {
  const { signal, sliceMs = 5, yieldToMain = defaultYield } = options;
  signal?.throwIfAborted();
  const doc = options.document ?? document;
  // The ::highlight() rules first, and a frame for the browser to restyle the page with them (on a
  // 1 MB page that alone takes tens of milliseconds): measuring the mentions later must not force it.
  const releaseEarly = registryOf(doc) ? adoptHighlightStyles(doc) : null;
  let drawing: Drawing;
  try {
    await nextFrame(doc);
    signal?.throwIfAborted();
    const builder = createBuilder(index, report, options);
    for (;;) {
      const until = now() + sliceMs;
      const done = builder.step(() => now() > until);
      await yieldToMain();
      signal?.throwIfAborted();
      if (done) break;
    }
    drawing = builder.finish(options.kinds ?? HIGHLIGHT_KINDS);
  } finally {
    releaseEarly?.(); // the drawing holds the sheet by now (or nothing does, when aborted)
  }
  if (signal) {
    if (signal.aborted) {
      drawing.dispose();
      signal.throwIfAborted();
    }
    signal.addEventListener('abort', () => drawing.dispose(), { once: true });
  }
  return drawing;
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
  /** Builds ranges until done (true) or `outOfTime()` says stop (false); checked every 64 mentions. */
  step(outOfTime: () => boolean): boolean;
  finish(kinds: KindSelection): Drawing;
}

type Phase = 'collect' | 'ranges' | 'warm' | 'done';

function createBuilder(index: TextIndex, report: Pick<Report, 'actors' | 'events' | 'references'>, options: DrawOptions): Builder {
  const doc = options.document ?? document;
  const make = options.makeRange ?? rangeFactory(doc);
  const Highlight = highlightConstructorOf(doc);
  const groups = new Map<HighlightKind, Highlight>();
  if (Highlight) {
    for (const kind of HIGHLIGHT_KINDS) {
      const h = new Highlight();
      h.priority = PRIORITY[kind];
      groups.set(kind, h);
    }
  }
  let phase: Phase = 'collect';
  let mentions: DrawnMention[] = [];
  let next = 0;

  return {
    step(outOfTime) {
      while (phase !== 'done') {
        if (phase === 'collect') {
          mentions = collectMentions(report).map((m) => ({ ...m, range: null }));
          phase = 'ranges';
          if (outOfTime()) return false;
        } else if (phase === 'ranges') {
          while (next < mentions.length) {
            const stop = Math.min(mentions.length, next + 64);
            for (; next < stop; next++) {
              const m = mentions[next] as DrawnMention;
              m.range = mentionRange(index, m.start, m.end, make);
            }
            if (next < mentions.length && outOfTime()) return false;
          }
          phase = 'warm';
          if (outOfTime()) return false;
        } else {
          // The node → segments map that hit-testing uses, built now rather than on the first hover.
          const first = index.segments[0];
          if (first) toTextOffset(index, first.node, first.nodeStart);
          phase = 'done';
        }
      }
      return true;
    },
    finish(kinds) {
      return createDrawing(doc, index, mentions, groups, selectedKinds(kinds), options.window ?? 'viewport');
    },
  };
}

function createDrawing(
  doc: Document,
  index: TextIndex,
  mentions: DrawnMention[],
  groups: Map<HighlightKind, Highlight>,
  initial: Set<HighlightKind>,
  windowing: 'viewport' | 'all',
): Drawing {
  const registry = groups.size ? registryOf(doc) : null;
  const view = doc.defaultView;
  const table: MentionTable<DrawnMention> = buildMentionTable(mentions);
  let targets: Map<string, DrawnMention> | null = null;
  let ranges: WeakMap<AbstractRange, DrawnMention> | null = null;
  let shown = new Set<HighlightKind>();
  let disposed = false;
  let release: (() => void) | null = registry ? adoptHighlightStyles(doc) : null;
  const listeners = new AbortController();
  // What the highlights hold: a span of mentions near the viewport, or all of them.
  let held: Span | 'all' | null = null;

  const apply = (wanted: Set<HighlightKind>) => {
    shown = wanted;
    if (!registry) return;
    for (const kind of HIGHLIGHT_KINDS) {
      const name = highlightName(kind);
      const h = groups.get(kind) as Highlight;
      if (wanted.has(kind)) {
        if (registry.get(name) !== h) registry.set(name, h);
      } else if (registry.get(name) === h) registry.delete(name);
    }
  };

  // Every kind is filled (registration decides what shows), so switching kinds needs no refill.
  const fill = (span: Span | 'all') => {
    held = span;
    for (const h of groups.values()) h.clear();
    const from = span === 'all' ? 0 : span.from;
    const to = span === 'all' ? mentions.length : span.to;
    for (let i = from; i < to; i++) {
      const m = mentions[i] as DrawnMention;
      if (m.range) groups.get(m.kind)?.add(m.range);
    }
  };

  const boxAt = (i: number): DOMRect | null => {
    const range = mentions[i]?.range;
    const live = range ? toLiveRange(range, doc) : null;
    if (!live) return null;
    const r = live.getBoundingClientRect();
    return r.width === 0 && r.height === 0 ? null : r;
  };
  const spanWithin = (screens: number): Span | null => {
    const h = view?.innerHeight ?? 0;
    return h > 0 ? spanBetween(mentions.length, boxAt, -screens * h, h + screens * h) : null;
  };
  // Cheap check on every scroll: do the held span's edge mentions still reach past the needed screens?
  const stillCovers = (span: Span): boolean => {
    const h = view?.innerHeight ?? 0;
    const first = span.from === 0 ? null : boxAt(span.from);
    const last = span.to >= mentions.length ? null : boxAt(span.to - 1);
    return (span.from === 0 || (first !== null && first.top <= -NEED_SCREENS * h)) && (span.to >= mentions.length || (last !== null && last.bottom >= h + NEED_SCREENS * h));
  };
  const refresh = (force: boolean) => {
    if (disposed || !registry) return;
    if (windowing === 'all') {
      if (held !== 'all') fill('all');
      return;
    }
    if (!force && held !== null && held !== 'all' && stillCovers(held)) return;
    const need = spanWithin(NEED_SCREENS);
    if (!need) {
      if (held !== 'all') fill('all'); // no layout to go by
      return;
    }
    if (!force && held !== null && held !== 'all' && covers(held, need)) return;
    fill(spanWithin(KEEP_SCREENS) ?? need);
  };

  const mentionOf = (target: Target): DrawnMention | null => {
    if (!targets) {
      targets = new Map();
      for (const m of mentions) targets.set(targetKey(m.target), m);
    }
    const m = targets.get(targetKey(target));
    return m?.range ? m : null;
  };

  const source: HitSource = {
    document: doc,
    index,
    table,
    isShown: (kind) => !disposed && shown.has(kind),
    mentionOfRange(range) {
      if (!ranges) {
        ranges = new WeakMap();
        for (const m of mentions) if (m.range) ranges.set(m.range, m);
      }
      return ranges.get(range);
    },
  };

  refresh(true);
  apply(initial);
  if (registry && view && windowing === 'viewport') {
    const opts = { signal: listeners.signal, passive: true } as const;
    const onChange = () => refresh(false);
    doc.addEventListener('scroll', onChange, { ...opts, capture: true });
    view.addEventListener('resize', onChange, opts);
    const Observer = (view as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (typeof Observer === 'function') {
      // The document growing or shrinking (images, fonts, the site's scripts) moves the text.
      const observer = new Observer(onChange);
      observer.observe(doc.documentElement);
      listeners.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
  }

  return {
    index,
    mentions,
    supported: registry !== null,
    get kinds() {
      return new Set(shown);
    },
    setKinds(kinds) {
      if (!disposed) apply(selectedKinds(kinds));
    },
    isShown: source.isShown,
    mentionOf,
    rangeOf: (target) => mentionOf(target)?.range ?? null,
    rectOf(target) {
      const range = mentionOf(target)?.range;
      const live = range ? toLiveRange(range, doc) : null;
      if (!live) return null;
      const rects = live.getClientRects();
      for (let i = 0; i < rects.length; i++) {
        const r = rects[i];
        if (r && (r.width > 0 || r.height > 0)) return r;
      }
      return null;
    },
    hitTest: (x, y) => (disposed ? null : hitTest(source, x, y)),
    refresh: () => refresh(true),
    get drawnCount() {
      if (held === null) return 0;
      return held === 'all' ? mentions.length : held.to - held.from;
    },
    dispose() {
      if (disposed) return;
      listeners.abort();
      apply(new Set());
      disposed = true;
      for (const h of groups.values()) h.clear();
      release?.();
      release = null;
    },
  };
}
