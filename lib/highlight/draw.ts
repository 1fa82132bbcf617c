/**
 * Drawing the report in the page with the CSS Custom Highlight API: one `Highlight` per kind
 * (`kantlijn-person` … `kantlijn-reference`) holding a `StaticRange` per mention, and the
 * `::highlight()` rules in an adopted stylesheet. Nothing is added to the page's DOM.
 *
 * `drawHighlightsAsync` builds the ranges in slices of a few milliseconds that yield to the main
 * thread in between (16 000 mentions on a 1 MB page never hold it for long), and registers the
 * highlights at the end in one step, so the browser paints them once. `drawHighlights` is the same
 * work in one go (tests, small pages).
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
  /** Unregisters the highlights and removes the stylesheet. Idempotent. */
  dispose(): void;
}

/** Options of both variants. */
export interface DrawOptions {
  /** The page's document (default: the global one). */
  document?: Document;
  /** How ranges are made (default: `StaticRange`). */
  makeRange?: RangeFactory;
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

/** Draws every mention of the report at once. */
export function drawHighlights(index: TextIndex, report: Pick<Report, 'actors' | 'events' | 'references'>, kinds: KindSelection = HIGHLIGHT_KINDS, options: DrawOptions = {}): Drawing {
  const builder = createBuilder(index, report, options);
  builder.step(() => false);
  return builder.finish(kinds);
}

/** Draws every mention of the report in slices that yield to the main thread. */
export async function drawHighlightsAsync(index: TextIndex, report: Pick<Report, 'actors' | 'events' | 'references'>, options: DrawAsyncOptions = {}): Promise<Drawing> {
  const { signal, sliceMs = 5, yieldToMain = defaultYield } = options;
  signal?.throwIfAborted();
  const builder = createBuilder(index, report, options);
  for (;;) {
    const until = now() + sliceMs;
    const done = builder.step(() => now() > until);
    await yieldToMain();
    signal?.throwIfAborted();
    if (done) break;
  }
  const drawing = builder.finish(options.kinds ?? HIGHLIGHT_KINDS);
  if (signal) {
    if (signal.aborted) {
      drawing.dispose();
      signal.throwIfAborted();
    }
    signal.addEventListener('abort', () => drawing.dispose(), { once: true });
  }
  return drawing;
}

/** Gives the main thread back for a moment (`scheduler.yield` where the browser has it). */
export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

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
              if (m.range) groups.get(m.kind)?.add(m.range);
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
      return createDrawing(doc, index, mentions, groups, selectedKinds(kinds));
    },
  };
}

function createDrawing(
  doc: Document,
  index: TextIndex,
  mentions: DrawnMention[],
  groups: Map<HighlightKind, Highlight>,
  initial: Set<HighlightKind>,
): Drawing {
  const registry = groups.size ? registryOf(doc) : null;
  const table: MentionTable<DrawnMention> = buildMentionTable(mentions);
  let targets: Map<string, DrawnMention> | null = null;
  let ranges: WeakMap<AbstractRange, DrawnMention> | null = null;
  let shown = new Set<HighlightKind>();
  let disposed = false;
  let release: (() => void) | null = registry ? adoptHighlightStyles(doc) : null;

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

  apply(initial);

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
    dispose() {
      if (disposed) return;
      apply(new Set());
      disposed = true;
      release?.();
      release = null;
    },
  };
}
