/**
 * Moving between `TextIndex` offsets and DOM positions: the two directions that highlighting
 * (offset → Range) and note anchoring (Selection → offset) need. Binary search, no scans.
 */
import type { Segment, TextIndex } from './text-index';

/** A position in the DOM: a text node and an offset into its data. */
export interface DomPosition {
  node: Text;
  offset: number;
}

/** Index of the last segment starting at or before `offset` (-1 when none). */
function segmentAt(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as Segment).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The DOM position of a text offset. `affinity` says where an offset between segments (a
 * synthetic newline, a dropped character) goes: to the end of the run before ('backward', for the
 * end of a range) or to the start of the run after ('forward', for the start of a range).
 */
export function toDomPosition(index: TextIndex, offset: number, affinity: 'forward' | 'backward' = 'forward'): DomPosition | null {
  const { segments } = index;
  if (!segments.length) return null;
  const i = segmentAt(segments, affinity === 'backward' ? offset - 1 : offset);
  const seg = segments[i];
  if (seg && offset >= seg.start && offset <= seg.end && !(affinity === 'forward' && offset === seg.end)) {
    return { node: seg.node, offset: seg.nodeStart + offset - seg.start };
  }
  if (affinity === 'backward') {
    const before = seg ?? segments[0];
    if (!before) return null;
    return { node: before.node, offset: before.nodeStart + (seg ? before.end - before.start : 0) };
  }
  const after = segments[i + 1];
  if (after) return { node: after.node, offset: after.nodeStart };
  const last = segments.at(-1) as Segment;
  return { node: last.node, offset: last.nodeStart + last.end - last.start };
}

/** The text offset of a DOM position inside an indexed text node; null for nodes not in the text. */
export function toTextOffset(index: TextIndex, node: Node, offset: number): number | null {
  const runs = segmentsOf(index).get(node);
  if (!runs) return null;
  for (const seg of runs) {
    const len = seg.end - seg.start;
    if (offset < seg.nodeStart) return seg.start; // inside dropped characters before this run
    if (offset <= seg.nodeStart + len) return seg.start + offset - seg.nodeStart;
  }
  const last = runs.at(-1) as Segment;
  return last.end;
}

const byNodeCache = new WeakMap<TextIndex, Map<Node, Segment[]>>();

// The segments of each node, built once per index on first use.
function segmentsOf(index: TextIndex): Map<Node, Segment[]> {
  let map = byNodeCache.get(index);
  if (!map) {
    map = new Map();
    for (const seg of index.segments) {
      const list = map.get(seg.node);
      if (list) list.push(seg);
      else map.set(seg.node, [seg]);
    }
    byNodeCache.set(index, map);
  }
  return map;
}
