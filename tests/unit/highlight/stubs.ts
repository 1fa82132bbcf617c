// Stand-ins for what happy-dom lacks: StaticRange, Highlight and CSS.highlights, caret positions
// and layout. The layout is a monospace grid over the TextIndex text: every character 10 px wide,
// every line ("\n" in the text) 20 px high with its glyphs 16 px tall, starting at (0, 0).
import { toDomPosition, toTextOffset } from '@/lib/page/text-position';
import type { TextIndex } from '@/lib/page/text-index';

/** A StaticRange that only keeps its boundary points, as the real one does. */
export class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

/** A Highlight: a set of ranges with a priority. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** The registry, with an optional highlightsFromPoint. */
export class FakeRegistry extends Map<string, FakeHighlight> {
  highlightsFromPoint?: (x: number, y: number) => Array<{ highlight: FakeHighlight; ranges: AbstractRange[] }>;
}

interface Globals {
  StaticRange?: unknown;
  Highlight?: unknown;
}

/**
 * Installs StaticRange, Highlight and CSS.highlights on the window; returns the registry and the undo.
 * (happy-dom's `CSS` getter makes a new object on every read, so a stable one is put in its place.)
 */
export function installHighlightApi(): { registry: FakeRegistry; uninstall: () => void } {
  const g = globalThis as unknown as Globals;
  const before = { StaticRange: g.StaticRange, Highlight: g.Highlight, css: Object.getOwnPropertyDescriptor(globalThis, 'CSS') };
  const registry = new FakeRegistry();
  g.StaticRange = FakeStaticRange;
  g.Highlight = FakeHighlight;
  Object.defineProperty(globalThis, 'CSS', { value: { highlights: registry, supports: () => true }, configurable: true, writable: true });
  return {
    registry,
    uninstall() {
      g.StaticRange = before.StaticRange;
      g.Highlight = before.Highlight;
      if (before.css) Object.defineProperty(globalThis, 'CSS', before.css);
      else delete (globalThis as { CSS?: unknown }).CSS;
    },
  };
}

export const CHAR_W = 10;
let scrollTop = 0;

/** Scrolls the stubbed layout: every rect moves up by `y` (no scroll event is sent). */
export function setScrollTop(y: number): void {
  scrollTop = y;
}
export const LINE_H = 20;
export const GLYPH_H = 16;

/** Line and column of every offset of the text (lines split at "\n"). */
function grid(text: string): { line: Int32Array; col: Int32Array; lineStarts: number[] } {
  const line = new Int32Array(text.length + 1);
  const col = new Int32Array(text.length + 1);
  const lineStarts = [0];
  let l = 0;
  let c = 0;
  for (let i = 0; i <= text.length; i++) {
    line[i] = l;
    col[i] = c;
    if (text[i] === '\n') {
      l += 1;
      c = 0;
      lineStarts.push(i + 1);
    } else c += 1;
  }
  return { line, col, lineStarts };
}

/** The rects of the text [start, end): one per line it covers (the "\n" itself has none). */
export function layoutRects(text: string, start: number, end: number): DOMRect[] {
  const { line, col } = grid(text);
  const rects: DOMRect[] = [];
  let i = start;
  while (i < end) {
    if (text[i] === '\n') {
      i++;
      continue;
    }
    const l = line[i] as number;
    let j = i;
    while (j < end && text[j] !== '\n') j++;
    rects.push(new DOMRect((col[i] as number) * CHAR_W, l * LINE_H - scrollTop, (j - i) * CHAR_W, GLYPH_H));
    i = j;
  }
  return rects;
}

/** The viewport point in the middle of the character at `offset`. */
export function pointOf(text: string, offset: number): { x: number; y: number } {
  const { line, col } = grid(text);
  return { x: (col[offset] as number) * CHAR_W + CHAR_W / 2, y: (line[offset] as number) * LINE_H - scrollTop + GLYPH_H / 2 };
}

/**
 * Lays the index text out on the grid: `Range.prototype.getClientRects`/`getBoundingClientRect` and
 * `document.caretPositionFromPoint` answer from it (the caret snaps to the nearest boundary on the
 * line under the point, or the end of the last line, as browsers do). Returns the undo.
 */
export function installLayout(index: TextIndex, { caret = true }: { caret?: boolean } = {}): () => void {
  const { text } = index;
  const { lineStarts } = grid(text);
  const proto = Range.prototype as unknown as Record<string, unknown>;
  const before = { rects: proto.getClientRects, box: proto.getBoundingClientRect };
  const offsetsOf = (r: Range): [number, number] | null => {
    const s = toTextOffset(index, r.startContainer, r.startOffset);
    const e = toTextOffset(index, r.endContainer, r.endOffset);
    return s === null || e === null ? null : [s, e];
  };
  proto.getClientRects = function (this: Range) {
    const o = offsetsOf(this);
    return o ? layoutRects(text, o[0], o[1]) : [];
  };
  proto.getBoundingClientRect = function (this: Range) {
    const o = offsetsOf(this);
    const rects = o ? layoutRects(text, o[0], o[1]) : [];
    if (!rects.length) return new DOMRect(0, 0, 0, 0);
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    return new DOMRect(left, top, right - left, bottom - top);
  };
  const d = document as unknown as Record<string, unknown>;
  if (caret) {
    d.caretPositionFromPoint = (x: number, y: number) => {
      const l = Math.min(lineStarts.length - 1, Math.max(0, Math.floor((y + scrollTop) / LINE_H)));
      const from = lineStarts[l] as number;
      const to = l + 1 < lineStarts.length ? (lineStarts[l + 1] as number) - 1 : text.length;
      const offset = Math.min(to, from + Math.max(0, Math.round(x / CHAR_W)));
      const p = toDomPosition(index, offset, offset === to ? 'backward' : 'forward');
      return p ? { offsetNode: p.node, offset: p.offset } : null;
    };
  }
  return () => {
    scrollTop = 0;
    proto.getClientRects = before.rects;
    proto.getBoundingClientRect = before.box;
    delete d.caretPositionFromPoint;
  };
}
