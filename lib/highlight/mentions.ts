/**
 * The mentions as one list sorted by position (lazy-mentions.ts makes them from a report), with the lookups hit-testing needs:
 * which mentions cover a text offset (binary search, O(log n) plus the few overlapping ones) and
 * which mention a target names. Pure: no DOM.
 */
import { targetKey, type HighlightKind, type Target } from './kinds';

/** One mention to draw: where it is in the `TextIndex` text, its kind, and what it stands for. */
export interface MentionSpan {
  start: number;
  end: number;
  kind: HighlightKind;
  target: Target;
}

/** The mentions' order: by start, the longer first at the same start. */
export function byPosition(a: MentionSpan, b: MentionSpan): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Sorts mentions in place as `sort(byPosition)` does (stable): by start, the longer first. As
 * numbers when they fit in one — start below 2^26, length below 2^10, at most 2^17 mentions —
 * sorted natively (a comparison function called for every pair compared would be most of a
 * drawing's preparation: docs/performance.md), else with the comparison.
 */
export function sortByPosition<M extends MentionSpan>(mentions: M[]): M[] {
  const n = mentions.length;
  const fits = n < 2 ** 17 && mentions.every((m) => m.start >= 0 && m.start < 2 ** 26 && m.end - m.start >= 0 && m.end - m.start < 1024);
  if (!fits) return mentions.sort(byPosition);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = mentions[i] as M;
    keys[i] = m.start * 2 ** 27 + (1023 - (m.end - m.start)) * 2 ** 17 + i;
  }
  keys.sort();
  const copy = mentions.slice();
  for (let r = 0; r < n; r++) mentions[r] = copy[(keys[r] as number) % 2 ** 17] as M;
  return mentions;
}

/** Sorted mentions with the running maximum of their ends: what the interval search needs. */
export interface MentionTable<M extends MentionSpan = MentionSpan> {
  /** Sorted by start (see `collectMentions`). */
  items: readonly M[];
  starts: Int32Array;
  /** `maxEnd[i]` = the largest `end` among `items[0..i]`. */
  maxEnd: Int32Array;
}

/** Builds the table; `items` must already be sorted by start (as `collectMentions` returns them). */
export function buildMentionTable<M extends MentionSpan>(items: readonly M[]): MentionTable<M> {
  const starts = new Int32Array(items.length);
  const maxEnd = new Int32Array(items.length);
  let max = -1;
  items.forEach((m, i) => {
    starts[i] = m.start;
    max = Math.max(max, m.end);
    maxEnd[i] = max;
  });
  return { items, starts, maxEnd };
}

/** Index of the last entry of `starts` that is ≤ `value` (-1 when none). */
export function lastAtOrBefore(starts: Int32Array, value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The mentions touching a caret offset: `start ≤ offset ≤ end`, so both the character after the
 * caret and the one before it count (a caret from a point is the nearest character boundary, and
 * the pointer may be over either neighbour). Shortest first; `accept` filters (e.g. hidden kinds).
 */
export function mentionsAt<M extends MentionSpan>(table: MentionTable<M>, offset: number, accept: (m: M) => boolean = () => true): M[] {
  const found: M[] = [];
  for (let i = lastAtOrBefore(table.starts, offset); i >= 0 && (table.maxEnd[i] as number) >= offset; i--) {
    const m = table.items[i] as M;
    if (m.end >= offset && accept(m)) found.push(m);
  }
  return found.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
}

/** A map from target key to mention, for the "scroll to this mention" and "open this card" paths. */
export function byTarget<M extends MentionSpan>(items: readonly M[]): Map<string, M> {
  const map = new Map<string, M>();
  for (const m of items) map.set(targetKey(m.target), m);
  return map;
}
