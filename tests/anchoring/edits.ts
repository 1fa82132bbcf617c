/**
 * Edits of a text and where a passage goes under them: the known answer of each case of the
 * re-anchoring corpus comes from here, not from the code under test.
 */

/** `[start, end)` of the old text replaced by `insert`. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** A stretch of a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Applies non-overlapping `edits` to `text` and maps `span` through them: edits before the passage
 * (an insertion at its start included) shift it, edits wholly inside change its end, an edit
 * across one of its edges makes it gone (null).
 */
export function applyEdits(text: string, edits: readonly Edit[], span: Span): { text: string; span: Span | null } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i] as Edit).start < (sorted[i - 1] as Edit).end) throw new Error('overlapping edits');
  }
  const parts: string[] = [];
  let from = 0;
  let start = span.start;
  let end = span.end;
  let gone = false;
  for (const e of sorted) {
    parts.push(text.slice(from, e.start), e.insert);
    from = e.end;
    const delta = e.insert.length - (e.end - e.start);
    if (e.end <= span.start) {
      start += delta;
      end += delta;
    } else if (e.start >= span.end) {
      // after the passage: nothing moves
    } else if (e.start >= span.start && e.end <= span.end) {
      end += delta; // inside the passage
    } else {
      gone = true;
    }
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), span: gone ? null : { start, end } };
}

/** Start offsets of the words of `text` within `[from, to)`. */
export function wordStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push(m.index);
  return out;
}

/** The words of `text` within `[from, to)` as spans. */
export function wordSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The paragraphs (lines) of `text` as spans, the line break excluded, empty ones skipped. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim()) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Sentences of `text` as spans: runs ending in `.`, `?`, `!` or `;` followed by white space, or a line's end. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\s][^\n]*?(?:[.?!;](?=\s)|(?=\n)|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
