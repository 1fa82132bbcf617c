/**
 * Which mention is under a point. The caret position at the point (`caretPositionFromPoint`, or
 * `caretRangeFromPoint` in older engines) gives a text offset (`toTextOffset`); a binary search in
 * the mentions sorted by start finds those touching it; the mention's client rects must contain
 * the point, because the caret is the nearest character even beyond the end of a line or in the
 * margin. O(log n) per call. `CSS.highlights.highlightsFromPoint` is only a fallback (see `hitTest`).
 */
import type { TextIndex } from '@/lib/page/text-index';
import { registryOf } from './env';
import { toTextOffset } from '@/lib/page/text-position';
import type { HighlightKind } from './kinds';
import { mentionsAt, type MentionSpan, type MentionTable } from './mentions';
import { toLiveRange } from './ranges';

/** A mention with its range (null when its offsets map to no text node). */
export interface DrawnMention extends MentionSpan {
  range: AbstractRange | null;
}

/** The mention under the point and the client rect (the line box of it) that contains the point. */
export interface Hit {
  mention: DrawnMention;
  rect: DOMRect;
}

/** What hit-testing reads: the text index, the sorted mentions, which kinds are shown. */
export interface HitSource {
  document: Document;
  index: TextIndex;
  table: MentionTable<DrawnMention>;
  isShown(kind: HighlightKind): boolean;
  /** The mention drawn with this range (for `highlightsFromPoint`), if known. */
  mentionOfRange?(range: AbstractRange): DrawnMention | undefined;
}

/** How far outside a rect (CSS px) still counts as on it: sub-pixel rounding at glyph edges. */
export const RECT_SLACK = 1;

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): { startContainer: Node; startOffset: number } | null;
}

/** The caret position nearest to a viewport point: a node and an offset in it; null when the engine has no such API or no position. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The first client rect of `range` that contains the point (with `RECT_SLACK`); null when none. */
export function rectContaining(range: AbstractRange, x: number, y: number, doc: Document = document): DOMRect | null {
  const live = toLiveRange(range, doc);
  if (!live) return null;
  const rects = live.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (r && r.width > 0 && x >= r.left - RECT_SLACK && x <= r.right + RECT_SLACK && y >= r.top - RECT_SLACK && y <= r.bottom + RECT_SLACK)
      return r;
  }
  return null;
}

/** The mention at a text offset whose rects contain the point: the shortest one when they nest. */
export function hitAtOffset(source: HitSource, offset: number, x: number, y: number): Hit | null {
  const candidates = mentionsAt(source.table, offset, (m) => m.range !== null && source.isShown(m.kind));
  for (const mention of candidates) {
    const rect = rectContaining(mention.range as AbstractRange, x, y, source.document);
    if (rect) return { mention, rect };
  }
  return null;
}

/** The shown mention `CSS.highlights.highlightsFromPoint` reports at the point (shortest first); null when the API is missing. */
export function hitFromHighlights(source: HitSource, x: number, y: number): Hit | null {
  const registry = registryOf(source.document);
  if (!registry || typeof registry.highlightsFromPoint !== 'function' || !source.mentionOfRange) return null;
  let best: DrawnMention | null = null;
  for (const { ranges } of registry.highlightsFromPoint(x, y)) {
    for (const range of ranges) {
      const m = source.mentionOfRange(range);
      if (m && source.isShown(m.kind) && (!best || m.end - m.start < best.end - best.start)) best = m;
    }
  }
  if (!best?.range) return null;
  const rect = rectContaining(best.range, x, y, source.document);
  return rect ? { mention: best, rect } : null;
}

/**
 * The shown mention under a viewport point, or null. `highlightsFromPoint` is asked only when the
 * engine has no caret API, or when the caret is in a text node the index left out (a footnote
 * number inside a mention): over the UI, images or margins the caret is at an element, and
 * nothing of ours can be there.
 */
export function hitTest(source: HitSource, x: number, y: number): Hit | null {
  const caret = caretAt(source.document, x, y);
  if (!caret) return hasCaretApi(source.document) ? null : hitFromHighlights(source, x, y);
  const offset = toTextOffset(source.index, caret.node, caret.offset);
  if (offset !== null) return hitAtOffset(source, offset, x, y);
  return caret.node.nodeType === 3 ? hitFromHighlights(source, x, y) : null;
}

function hasCaretApi(doc: Document): boolean {
  const d = doc as unknown as CaretDocument;
  return typeof d.caretPositionFromPoint === 'function' || typeof d.caretRangeFromPoint === 'function';
}
