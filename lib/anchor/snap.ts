/**
 * Edges of an approximate match, put right by the context. An approximate match of a quote whose
 * first or last word was changed has no well-defined edge: approx-string-match may stop a few
 * characters short or run on, at the same error count. The stored prefix and suffix say where the
 * passage really begins and ends, so when the start of the suffix (the end of the prefix) is found
 * within the match's error count of its edge, the edge moves there.
 */
import type { TextQuoteSelector } from '@/lib/notes/note';
import type { TextSpan } from './describe';

/** Characters of context used to find an edge: long enough not to be found by chance nearby. */
const PROBE = 12;
/** Characters beyond the quote's first or last word at an edge that are cut off as put against it. */
const EDGE_SLACK = 12;

/**
 * `place` with its edges moved onto the context where it is found within `slack` characters
 * (the match's error count); unchanged where it is not.
 */
export function snapToContext(text: string, place: TextSpan, quote: TextQuoteSelector, slack: number): TextSpan {
  let { start, end } = place;
  const suffix = quote.suffix.slice(0, PROBE);
  if (suffix.length >= 4) {
    const from = Math.max(start + 1, end - slack);
    const e = nearest(text.slice(from, end + slack + suffix.length), suffix, end - from);
    if (e !== null) end = from + e;
  }
  const prefix = quote.prefix.slice(-PROBE);
  if (prefix.length >= 4) {
    const from = Math.max(0, start - slack - prefix.length);
    const s = nearest(text.slice(from, Math.min(end - 1, start + slack) + prefix.length), prefix, start - prefix.length - from);
    if (s !== null) start = from + s + prefix.length;
  }
  return start < end ? toQuoteEdges(text, { start, end }, quote.exact) : place;
}

/**
 * `place` cut to the quote's first and last word when they lie just inside its edges: what lies
 * beyond them there was put against the passage (a paragraph's new number), not into it.
 */
export function toQuoteEdges(text: string, place: TextSpan, exact: string): TextSpan {
  const words = exact.trim().split(' ');
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  const stretch = text.slice(place.start, place.end);
  let { start, end } = place;
  const head = stretch.indexOf(first);
  if (first && head > 0 && head <= EDGE_SLACK && stretch[head - 1] === ' ') start += head;
  const tail = stretch.lastIndexOf(last);
  const after = stretch.length - (tail + last.length);
  if (last && tail >= 0 && after > 0 && after <= EDGE_SLACK && stretch[tail + last.length] === ' ') end -= after;
  return end > start ? { start, end } : place;
}

// The occurrence of `probe` in `part` nearest to `at`, or null.
function nearest(part: string, probe: string, at: number): number | null {
  let best: number | null = null;
  for (let i = part.indexOf(probe); i >= 0; i = part.indexOf(probe, i + 1)) {
    if (best === null || Math.abs(i - at) < Math.abs(best - at)) best = i;
  }
  return best;
}
