/**
 * From the reader's place in the text to a mention, without a pointer: the mention at the caret or
 * selection (Alt+Shift+M opens its card), and the next or previous actor's mention from there
 * (Alt+Shift+. and Alt+Shift+,), round the end of the text to its start. Pure: offsets in, an
 * index into the drawing's mentions (sorted by start) out.
 */
import type { MentionSpan } from '@/lib/highlight';

/** Where the reader is: a caret (`start === end`) or a selection, as offsets into the text. */
export interface Place {
  start: number;
  end: number;
}

/**
 * The mention at a place: for a caret, one it touches (a caret just after a name counts: that is
 * where it stands after selecting the name by keyboard); for a selection, one covering its start,
 * else the first inside it. The shortest when they nest. `wanted` says which may be chosen.
 */
export function mentionAt(mentions: readonly MentionSpan[], place: Place, wanted: (m: MentionSpan) => boolean): number | null {
  let best: number | null = null;
  let inside: number | null = null;
  const length = (i: number) => {
    const m = mentions[i] as MentionSpan;
    return m.end - m.start;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as MentionSpan;
    if (m.start > place.end) break;
    if (!wanted(m)) continue;
    const covers =
      place.start === place.end ? m.start <= place.start && place.start <= m.end : m.start <= place.start && place.start < m.end;
    if (covers && (best === null || length(i) < length(best))) best = i;
    else if (!covers && inside === null && m.start >= place.start && m.start < place.end) inside = i;
  }
  return best ?? inside;
}

/**
 * The next (`by` 1) or previous (`by` -1) mention from a place: the first starting after the
 * place's start, or the last starting before it; past the last, the first (and back). Null when
 * none is `wanted`. Without a place, the first (or the last).
 */
export function stepFrom(
  mentions: readonly MentionSpan[],
  place: Place | null,
  by: 1 | -1,
  wanted: (m: MentionSpan) => boolean,
): number | null {
  let first: number | null = null;
  let last: number | null = null;
  let found: number | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as MentionSpan;
    if (!wanted(m)) continue;
    first ??= i;
    last = i;
    if (place === null) continue;
    if (by === 1 && found === null && m.start > place.start) found = i;
    if (by === -1 && m.start < place.start) found = i;
  }
  return found ?? (by === 1 ? first : last);
}
