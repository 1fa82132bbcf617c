/**
 * Which mentions to hand to the browser: those near the viewport. Chromium re-validates every
 * range of every registered highlight whenever the registry or the DOM changes — with a long
 * page's ranges that is a long task on each change (docs/performance.md), and a card opening is a
 * DOM change — so only a window of mentions around the viewport is registered (a few hundred), and
 * the window moves when scrolling nears its edge. The reader sees no difference: everything on screen and
 * screens beyond it is drawn. Text order is taken as top-to-bottom order (true for the running
 * text of a publication); the window is padded for the exceptions.
 */

/** A mention index span [from, to). */
export interface Span {
  from: number;
  to: number;
}

/** How far beyond the viewport the window must reach (in viewport heights) before it moves … */
export const NEED_SCREENS = 1;
/** … and how far it reaches once moved. */
export const KEEP_SCREENS = 3;
/** Mentions added on either side, for layouts where text order and vertical order differ a little. */
export const PAD_MENTIONS = 32;
// How far to look for a neighbour with a box when a mention has none (hidden, collapsed).
const NEIGHBOURS = 16;

/**
 * The mentions whose boxes lie between `top` and `bottom` (viewport coordinates), by binary search
 * over `rectAt` (the box of the i-th mention, null when it has none). Null when no box can be
 * found (no layout: a hidden page, a test DOM).
 */
export function spanBetween(count: number, rectAt: (i: number) => DOMRect | null, top: number, bottom: number): Span | null {
  if (count === 0) return { from: 0, to: 0 };
  const probe = (i: number): DOMRect | null => {
    for (let d = 0; d <= NEIGHBOURS; d++) {
      const after = i + d < count ? rectAt(i + d) : null;
      if (after) return after;
      const before = d > 0 && i - d >= 0 ? rectAt(i - d) : null;
      if (before) return before;
    }
    return null;
  };
  const lowerBound = (past: (r: DOMRect) => boolean): number | null => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = probe(mid);
      if (!r) return null;
      if (past(r)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const from = lowerBound((r) => r.bottom >= top);
  const to = lowerBound((r) => r.top > bottom);
  if (from === null || to === null) return null;
  return { from: Math.max(0, Math.min(from, to) - PAD_MENTIONS), to: Math.min(count, Math.max(from, to) + PAD_MENTIONS) };
}

/** Whether `inner` lies within `outer`. */
export function covers(outer: Span, inner: Span): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}
