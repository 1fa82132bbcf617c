/**
 * A drawn report: one `Highlight` per kind holding the ranges of the mentions near the viewport
 * (window.ts), registered in `CSS.highlights` for the kinds shown, and the lookups that cards,
 * hovering and scrolling need. Made by draw-highlights.ts.
 */
import type { TextIndex } from '@/lib/page/text-index';
import { registryOf } from './env';
import { hitTest, type DrawnMention, type Hit, type HitSource } from './hit-test';
import { HIGHLIGHT_KINDS, highlightName, selectedKinds, targetKey, type HighlightKind, type KindSelection, type Target } from './kinds';
import { buildMentionTable, type MentionTable } from './mentions';
import { toLiveRange } from './ranges';
import { adoptHighlightStyles } from './styles';
import { covers, KEEP_SCREENS, NEED_SCREENS, spanBetween, type Span } from './window';

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

/**
 * The drawing of a page's mentions: registers the shown kinds, keeps the window of registered
 * mentions near the viewport, and answers lookups. `ranges` maps each range made so far to its
 * mention (the lazy mentions report theirs as they are made).
 */
export function createDrawing(
  doc: Document,
  index: TextIndex,
  mentions: DrawnMention[],
  ranges: WeakMap<AbstractRange, DrawnMention>,
  groups: Map<HighlightKind, Highlight>,
  initial: Set<HighlightKind>,
  windowing: 'viewport' | 'all',
): Drawing {
  const registry = groups.size ? registryOf(doc) : null;
  const view = doc.defaultView;
  const table: MentionTable<DrawnMention> = buildMentionTable(mentions);
  let targets: Map<string, DrawnMention> | null = null;
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
    return (
      (span.from === 0 || (first !== null && first.top <= -NEED_SCREENS * h)) &&
      (span.to >= mentions.length || (last !== null && last.bottom >= h + NEED_SCREENS * h))
    );
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
    // Every registered range was made (and mapped) before it was registered.
    mentionOfRange: (range) => ranges.get(range),
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
