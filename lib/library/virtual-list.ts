/**
 * The arithmetic of a virtualised list: rows of known heights stacked from the top, and which of
 * them a viewport scrolled to `scrollTop` shows. Only those (and a margin around them) are put in
 * the DOM, so 10,000 notes cost as much to draw as twenty.
 */

/** Row tops: `offsets[i]` is where row i starts; `offsets[n]` is the height of the whole list. */
export function rowOffsets(heights: ArrayLike<number>): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = (offsets[i] as number) + Math.max(0, heights[i] ?? 0);
  return offsets;
}

/** The index of the row that covers height `y` (clamped to the rows there are; 0 for an empty list). */
export function rowAt(offsets: Float64Array, y: number): number {
  const rows = offsets.length - 1;
  if (rows <= 0) return 0;
  // Last i with offsets[i] <= y.
  let lo = 0;
  let hi = rows - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((offsets[mid] as number) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A half-open range of row indexes, [start, end). */
export interface RowRange {
  start: number;
  end: number;
}

/**
 * The rows to draw for a viewport of `height` pixels scrolled to `scrollTop`, with `overscan`
 * pixels more above and below so that scrolling and tabbing find the next rows already there.
 */
export function visibleRange(offsets: Float64Array, scrollTop: number, height: number, overscan = 0): RowRange {
  const rows = offsets.length - 1;
  if (rows <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop - overscan);
  const bottom = Math.max(top, scrollTop + Math.max(0, height) + overscan);
  const start = rowAt(offsets, top);
  let end = rowAt(offsets, bottom) + 1;
  // A bottom exactly on a row's top does not show that row.
  if (end - 1 > start && (offsets[end - 1] as number) >= bottom) end -= 1;
  return { start, end: Math.min(rows, end) };
}

/** The scroll position that brings row `index` fully into a viewport (the same one when it already is). */
export function scrollToReveal(offsets: Float64Array, index: number, scrollTop: number, height: number): number {
  const rows = offsets.length - 1;
  if (index < 0 || index >= rows) return scrollTop;
  const top = offsets[index] as number;
  const bottom = offsets[index + 1] as number;
  if (top < scrollTop) return top;
  // Align its bottom with the viewport's, unless it is taller than the viewport: then its top.
  if (bottom > scrollTop + height) return Math.min(top, bottom - height);
  return scrollTop;
}
