/**
 * The text index cut into lines (one per block), each with its offset and the block element it
 * came from, so text patterns can look at a document line by line and use the markup as a hint.
 */
import type { TextIndex } from './text-index';

/** One line of the document text. */
export interface Line {
  text: string;
  start: number;
  /** The nearest block ancestor of the line's first character, when the line has a DOM origin. */
  readonly element: Element | null;
}

const BLOCKISH = /^(P|DIV|H[1-6]|LI|DD|DT|TD|TH|BLOCKQUOTE|SECTION|ARTICLE|MAIN|PRE|CAPTION|FIGCAPTION)$/;

// A line whose block element is looked up when first asked for: only the lines at the head of a
// document are (headings), and looking up all of them would slow the reading. The answer is kept
// beside the line, not in a field of it, so every line keeps the shape the compiled `toLines`
// expects (docs/performance.md).
class IndexLine implements Line {
  readonly text: string;
  readonly start: number;
  private readonly node: Node | null;

  constructor(text: string, start: number, node: Node | null) {
    this.text = text;
    this.start = start;
    this.node = node;
  }

  get element(): Element | null {
    let block = blocks.get(this);
    if (block === undefined) {
      block = this.node ? blockOf(this.node) : null;
      blocks.set(this, block);
    }
    return block;
  }
}

const blocks = new WeakMap<IndexLine, Element | null>();

/** Splits the index text at its newlines; linear in the text. */
export function toLines(index: TextIndex): Line[] {
  const lines: Line[] = [];
  const { text, segments } = index;
  let seg = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    while (seg < segments.length && (segments[seg]?.end ?? 0) <= start) seg++;
    const node = segments[seg]?.node ?? null;
    if (end > start) lines.push(new IndexLine(text.slice(start, end), start, node));
    start = end + 1;
  }
  return lines;
}

function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCKISH.test(el.tagName.toUpperCase())) return el;
  }
  return null;
}

/** Tells whether a line is printed as a heading: a heading element, or a paragraph that is all bold. */
export function isHeadingLine(line: Line): boolean {
  const el = line.element;
  if (!el) return false;
  if (/^H[1-6]$/.test(el.tagName.toUpperCase())) return true;
  const only = el.children.length === 1 ? el.children[0] : undefined;
  return !!only && /^(B|STRONG)$/.test(only.tagName.toUpperCase()) && (only.textContent ?? '').trim() === (el.textContent ?? '').trim();
}
