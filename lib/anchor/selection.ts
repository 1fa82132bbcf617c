/**
 * The reader's selection → offsets in the `TextIndex` text: the one place where anchoring touches
 * the DOM. A boundary inside an indexed text node maps through `toTextOffset`; any other boundary
 * (an element, as a triple click makes; white space between blocks; the site's chrome left out of
 * the index) is moved to the nearest indexed text inside the selection, found by binary search
 * over the index's segments, which are in document order.
 */
import type { Segment, TextIndex } from '@/lib/page/text-index';
import { toTextOffset } from '@/lib/page/text-position';
import { trimSpan, type TextSpan } from './describe';

// Node.compareDocumentPosition bits (numbers, so this runs where `Node` is not a global).
const DISCONNECTED = 1;
const PRECEDING = 2;
const CONTAINED_BY = 16;

/**
 * Where two DOM boundary points stand to each other: −1 when (a, aOffset) comes first, 1 when
 * it comes after, 0 when they are the same point (the DOM standard's "position of a boundary point").
 */
export function compareBoundaryPoints(a: Node, aOffset: number, b: Node, bOffset: number): -1 | 0 | 1 {
  if (a === b) return aOffset === bOffset ? 0 : aOffset < bOffset ? -1 : 1;
  const relation = a.compareDocumentPosition(b);
  if (relation & DISCONNECTED) return relation & PRECEDING ? 1 : -1;
  if (relation & PRECEDING) return compareBoundaryPoints(b, bOffset, a, aOffset) === 1 ? -1 : 1;
  if (relation & CONTAINED_BY) {
    let child: Node = b;
    while (child.parentNode && child.parentNode !== a) child = child.parentNode;
    return childIndex(child) < aOffset ? 1 : -1;
  }
  return -1;
}

function childIndex(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

// First index in [0, n) where `pred` holds, for a `pred` false then true along the segments; n when never.
function firstWhere(segments: readonly Segment[], pred: (s: Segment) => boolean): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(segments[mid] as Segment)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The text offset where a selection starting at (node, offset) starts; null when no indexed text follows. */
function startOffset(index: TextIndex, node: Node, offset: number): number | null {
  const direct = node.nodeType === 3 ? toTextOffset(index, node, offset) : null;
  if (direct !== null) return direct;
  const i = firstWhere(index.segments, (s) => compareBoundaryPoints(s.node, s.nodeStart, node, offset) >= 0);
  return index.segments[i]?.start ?? null;
}

/** The text offset where a selection ending at (node, offset) ends; null when no indexed text precedes. */
function endOffset(index: TextIndex, node: Node, offset: number): number | null {
  const direct = node.nodeType === 3 ? toTextOffset(index, node, offset) : null;
  if (direct !== null) return direct;
  const i = firstWhere(index.segments, (s) => compareBoundaryPoints(s.node, s.nodeStart + s.end - s.start, node, offset) > 0);
  return i > 0 ? (index.segments[i - 1] as Segment).end : null;
}

/**
 * The offsets `[start, end)` of the text a range covers, without white space at its edges; null
 * when it is collapsed, holds only white space, or lies wholly outside the indexed text. A range
 * that runs out of the text (into the site's header, say) is cut to the part inside it.
 */
export function rangeToOffsets(index: TextIndex, range: AbstractRange): TextSpan | null {
  if (range.collapsed || !index.segments.length) return null;
  const start = startOffset(index, range.startContainer, range.startOffset);
  const end = endOffset(index, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return trimSpan(index.text, start, end);
}

/**
 * The offsets of a selection: from the start of its first range to the end of its last (Firefox
 * can hold several ranges, as when table cells are selected); null for an empty selection.
 */
export function selectionToOffsets(index: TextIndex, selection: Pick<Selection, 'rangeCount' | 'getRangeAt'>): TextSpan | null {
  if (!selection.rangeCount) return null;
  const first = selection.getRangeAt(0);
  const last = selection.getRangeAt(selection.rangeCount - 1);
  if (first === last) return rangeToOffsets(index, first);
  const start = rangeToOffsets(index, first);
  const end = rangeToOffsets(index, last);
  if (!start || !end) return start ?? end;
  return trimSpan(index.text, Math.min(start.start, end.start), Math.max(start.end, end.end));
}
