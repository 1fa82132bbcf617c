/**
 * Text offsets → DOM ranges. A mention becomes a `StaticRange` (cheap to make and to keep: the
 * browser does not update it on every DOM change); a live `Range` is made from it only when
 * geometry is needed (`getClientRects` for hit-testing, scrolling).
 */
import type { TextIndex } from '@/lib/page/text-index';
import { toDomPosition } from '@/lib/page/text-position';

/** Makes a range from its boundary points (`new StaticRange` in a browser; a stub in tests). */
export type RangeFactory = (init: StaticRangeInit) => AbstractRange;

/** The factory of `doc`'s window: `StaticRange` where it exists, else a live `Range`. */
export function rangeFactory(doc: Document = document): RangeFactory {
  const Static = doc.defaultView?.StaticRange;
  if (typeof Static === 'function') return (init) => new Static(init);
  return (init) => {
    const r = doc.createRange();
    r.setStart(init.startContainer, init.startOffset);
    r.setEnd(init.endContainer, init.endOffset);
    return r;
  };
}

/**
 * The range of the text `[start, end)` of the index: from the first real character at or after
 * `start` to the end of the last one before `end`, so a mention that crosses elements
 * (`<b>Toivo</b> Klaar`) or a dropped soft hyphen becomes one range. Null when the stretch holds
 * no character of any text node (only synthetic line breaks) or the offsets are out of range.
 */
export function mentionRange(index: TextIndex, start: number, end: number, make: RangeFactory): AbstractRange | null {
  if (!(end > start) || start < 0 || end > index.text.length) return null;
  const from = toDomPosition(index, start, 'forward');
  const to = toDomPosition(index, end, 'backward');
  if (!from || !to) return null;
  if (from.node === to.node) {
    if (to.offset <= from.offset) return null;
  } else if (from.node.compareDocumentPosition(to.node) & 2 /* DOCUMENT_POSITION_PRECEDING */) {
    return null;
  }
  return make({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}

/** A live `Range` over the same boundary points (null when the nodes changed and the offsets no longer fit). */
export function toLiveRange(range: AbstractRange, doc: Document = document): Range | null {
  if (isLiveRange(range)) return range;
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null;
  }
}

function isLiveRange(range: AbstractRange): range is Range {
  return typeof (range as Partial<Range>).getClientRects === 'function';
}
