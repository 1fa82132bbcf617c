/**
 * The `TextIndex`: the document body's text as one string, with a map from every offset back to
 * a DOM text node. Extraction, highlighting and note anchoring all work on this one string, so the
 * map must stay exact through every normalisation made here:
 * - block elements and `<br>` become one `\n` (synthetic: no node behind it);
 * - runs of white space (including no-break and thin spaces) become one space, mapped to the
 *   first white-space character of the run; white space at a block's edge is dropped;
 * - soft hyphens and zero-width characters are dropped;
 * - footnote numbers (`sup`, `a.nootnum`, short links to `#…`) are left out of the text and kept
 *   as markers, so "2020<sup>1</sup>" reads "2020" plus note 1 — never "20201".
 */
import { yieldToMain } from '@/lib/util/yield-to-main';
import { isChrome } from './body';

/** A run of text characters that map one to one onto characters of a DOM text node. */
export interface Segment {
  /** Offset of the run in the index text. */
  start: number;
  end: number;
  node: Text;
  /** Offset of the run's first character in `node.data`. */
  nodeStart: number;
}

/** A footnote number left out of the text: where it stood, what it said, where it points. */
export interface NoteMarker {
  offset: number;
  label: string;
  /** The id of the note it links to (`href="#x"` → `x`), or null for a note's own label. */
  target: string | null;
  element: Element;
}

/** The document text with its map back to the DOM. */
export interface TextIndex {
  text: string;
  segments: Segment[];
  notes: NoteMarker[];
  /**
   * The length of the root's `textContent` when it was read, counted during the walk: the page
   * tells from it whether the site changed the text later (watch-body.ts) without copying the
   * whole text to measure it.
   */
  sourceLength: number;
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
// Collapsible white space: ASCII space and controls, no-break, thin and other fixed-width spaces.
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
  if (c < 160) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}
// Characters with no visible width that would split words: soft hyphen, zero-width space/joiners, BOM.
function isDropped(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}
// Anything `addText` must look at character by character: white space other than one ASCII space
// between two characters (isSpace), a dropped character (isDropped), a space at either end.
const SPECIAL = /[\t\n\f\r\u00a0\u00ad\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| {2}|^ | $/;
const NOTE_LABEL = /^\s*(\d{1,3}|[*†‡]|[a-z])\s*$/;

/** Tells whether an element is a footnote number rather than text. */
export function isNoteMarker(el: Element): boolean {
  // The tag and class first: reading the text of every element would cost the text of its whole subtree.
  const tag = el.tagName.toUpperCase();
  const sup = tag === 'SUP';
  const className = sup || typeof el.className !== 'string' ? '' : el.className;
  const nootnum = className.includes('nootnum') && /(^|\s)nootnum(\s|$)/.test(className);
  const link = !sup && !nootnum && tag === 'A' && (el.getAttribute('href') ?? '').startsWith('#');
  if (!sup && !nootnum && !link) return false;
  const text = el.textContent ?? '';
  if (!NOTE_LABEL.test(text)) return false;
  return !link || /\d/.test(text);
}

function noteTarget(el: Element): string | null {
  const link = el.tagName.toUpperCase() === 'A' ? el : el.querySelector('a[href^="#"]');
  const href = link?.getAttribute('href');
  return href && href.length > 1 ? href.slice(1) : null;
}

/** Builds the text index of `root`, skipping the site's chrome. Linear in the size of the subtree. */
export function buildTextIndex(root: Element, skip: (el: Element) => boolean = isChrome): TextIndex {
  const indexer = createIndexer(root, skip);
  indexer.step(() => false);
  return indexer.result();
}

/**
 * The same index built in slices of about `sliceMs` that give the main thread back in between,
 * so a 20 MB page never blocks it for long. Rejects with the signal's reason when aborted.
 * `onText` gets the text read in each slice as it is read (the parts make the index's text).
 * The default 8 ms is short enough that a busy machine does not stretch a slice into a long task,
 * and long enough that a large page needs only a few yields (docs/performance.md).
 */
export async function buildTextIndexInSlices(
  root: Element,
  {
    sliceMs = 8,
    signal,
    skip = isChrome,
    onText,
  }: { sliceMs?: number; signal?: AbortSignal; skip?: (el: Element) => boolean; onText?: (part: string) => void } = {},
): Promise<TextIndex> {
  const indexer = createIndexer(root, skip);
  // With `onText` the first slices are short and each sends its text, so whoever receives it can
  // start sooner; later parts go when there are PART characters or more (the receiver joins its
  // text anew at each part it works on: fewer, larger parts cost it less).
  let short = onText ? SHORT_SLICES : 0;
  for (;;) {
    signal?.throwIfAborted();
    const until = performance.now() + (short > 0 ? Math.min(sliceMs, 2) : sliceMs);
    const done = indexer.step(() => performance.now() > until);
    if (onText && (short > 0 || done || indexer.pending() >= PART)) {
      const part = indexer.take();
      if (part) onText(part);
    }
    short--;
    if (done) return indexer.result();
    await yieldToMain();
  }
}

/** The least characters of a streamed part after the short slices. */
export const PART = 48_000;
/**
 * How many slices of at most 2 ms start a streamed reading, each sending its text: small early
 * parts cross to the background quickly, so it starts on the text sooner (docs/performance.md).
 */
export const SHORT_SLICES = 3;

// The walk as a resumable state machine: `step` runs until the walk ends (true) or `outOfTime`
// says stop (false), checked every 256 nodes.
// `take` gives the text added since the last take (`pending` its length): the parts taken, in
// order, make the index's text.
function createIndexer(
  root: Element,
  skip: (el: Element) => boolean,
): { step(outOfTime: () => boolean): boolean; pending(): number; take(): string; result(): TextIndex } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const notes: NoteMarker[] = [];
  let length = 0;
  let lastChar = '\n'; // the text starts as if after a break: no leading space or newline
  let pendingBreak = false;
  let pendingSpace: { node: Text; offset: number } | null = null;
  let afterNote = false;
  let sourceLength = 0; // the text nodes' characters under the root, read or skipped

  const emitSynthetic = (ch: string) => {
    parts.push(ch);
    length += 1;
    lastChar = ch;
  };
  const emitRun = (node: Text, data: string, from: number, to: number) => {
    const prev = segments.at(-1);
    if (prev && prev.node === node && prev.end === length && prev.nodeStart + (prev.end - prev.start) === from) {
      prev.end += to - from;
    } else {
      segments.push({ start: length, end: length + to - from, node, nodeStart: from });
    }
    parts.push(from === 0 && to === data.length ? data : data.slice(from, to));
    length += to - from;
    lastChar = data.charAt(to - 1);
  };
  // One space for a run of white space, mapped to the run's first character.
  const emitSpace = (node: Text, offset: number) => {
    const prev = segments.at(-1);
    if (prev && prev.node === node && prev.end === length && prev.nodeStart + (prev.end - prev.start) === offset) prev.end += 1;
    else segments.push({ start: length, end: length + 1, node, nodeStart: offset });
    parts.push(' ');
    length += 1;
    lastChar = ' ';
  };
  const beforeContent = () => {
    if (pendingBreak) {
      if (length > 0 && lastChar !== '\n') emitSynthetic('\n');
      pendingBreak = false;
      pendingSpace = null;
      afterNote = false;
    }
    if (pendingSpace) {
      if (lastChar !== '\n' && lastChar !== ' ') emitSpace(pendingSpace.node, pendingSpace.offset);
      pendingSpace = null;
    } else if (afterNote && lastChar !== '\n' && lastChar !== ' ') {
      emitSynthetic(' '); // "crisis<sup>1</sup>en" must not read "crisisen"
    }
    afterNote = false;
  };

  // A run of content goes on over a single ASCII space between two content characters: emitting
  // the words and the spaces one by one gives the same text and (merged) segments, but costs a call
  // per word, which would be most of the reading's time (docs/performance.md).
  const addText = (node: Text) => {
    const data = node.data;
    const n = data.length;
    if (n === 0) return;
    if (!SPECIAL.test(data)) {
      // Most text nodes: words and single spaces only. One native test instead of a loop over the
      // characters in script, which runs slowly until the engine has compiled it (a fresh page).
      beforeContent();
      emitRun(node, data, 0, n);
      return;
    }
    let runStart = -1;
    for (let i = 0; i < n; i++) {
      const c = data.charCodeAt(i);
      if (c > 32 && c < 127) {
        if (runStart < 0) {
          beforeContent();
          runStart = i;
        }
        continue;
      }
      const space = isSpace(c);
      if (space || isDropped(c)) {
        if (c === 32 && runStart >= 0 && i + 1 < n) {
          const next = data.charCodeAt(i + 1);
          if (!isSpace(next) && !isDropped(next)) continue; // one space inside the run
        }
        if (runStart >= 0) emitRun(node, data, runStart, i);
        runStart = -1;
        if (space && !pendingSpace && !pendingBreak) pendingSpace = { node, offset: i };
        continue;
      }
      if (runStart < 0) {
        beforeContent();
        runStart = i;
      }
    }
    if (runStart >= 0) emitRun(node, data, runStart, n);
  };

  // Iterative walk (a malformed page can nest deeper than the call stack allows).
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  let visited = 0;
  const step = (outOfTime: () => boolean): boolean => {
    while (stack.length) {
      if ((++visited & 255) === 0 && outOfTime()) return false;
      const { node, exit } = stack.pop() as { node: Node; exit: boolean };
      if (node.nodeType === 3) {
        sourceLength += (node as Text).length;
        addText(node as Text);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const block = BLOCK.has(el.tagName.toUpperCase());
      if (exit) {
        if (block) pendingBreak = true;
        continue;
      }
      if (el !== root && skip(el)) {
        sourceLength += (el.textContent ?? '').length;
        continue;
      }
      if (el !== root && isNoteMarker(el)) {
        const content = el.textContent ?? '';
        sourceLength += content.length;
        const label = content.trim();
        notes.push({ offset: length, label, target: noteTarget(el), element: el });
        afterNote = true;
        continue;
      }
      if (block) pendingBreak = true;
      stack.push({ node: el, exit: true });
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
    }
    return true;
  };
  let taken = 0;
  let takenLength = 0;
  const take = () => {
    const part = parts.slice(taken).join('');
    taken = parts.length;
    takenLength = length;
    return part;
  };
  return { step, pending: () => length - takenLength, take, result: () => ({ text: parts.join(''), segments, notes, sourceLength }) };
}
