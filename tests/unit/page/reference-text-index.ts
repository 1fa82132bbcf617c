/**
 * The text index as it was first written (one emission per word and space), kept only to check
 * that the faster indexer of lib/page/text-index.ts gives exactly the same text, segments and
 * notes on every page the tests have (text-index-equivalence.test.ts), with the original chrome
 * test of lib/page/body.ts (its word lists are the module's own: only the shortcuts differ).
 */
import { boundedText, CHROME_HINT, CHROME_TEXT, NEVER_TEXT } from '@/lib/page/body';
import { isNoteMarker, type NoteMarker, type Segment, type TextIndex } from '@/lib/page/text-index';

/** The original chrome test (lib/page/body.ts `isChrome` before its shortcuts). */
export function referenceIsChrome(el: Element): boolean {
  if (NEVER_TEXT.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'navigation' || role === 'search') return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const hint = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  if (hint.trim() && CHROME_HINT.test(hint)) return true;
  // Short elements whose whole text is a site control ("Naar boven", "Delen"). A paragraph of the
  // text is passed over at once: its first words are no control's.
  const first = el.firstChild;
  if (el.childNodes.length > 4 || (first?.nodeType === 3 && (first as Text).data.length > 80)) return false;
  const text = boundedText(el, 80);
  return text !== null && CHROME_TEXT.test(text);
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

function noteTarget(el: Element): string | null {
  const link = el.tagName.toUpperCase() === 'A' ? el : el.querySelector('a[href^="#"]');
  const href = link?.getAttribute('href');
  return href && href.length > 1 ? href.slice(1) : null;
}

/** The original one-pass build. */
export function referenceTextIndex(root: Element, skip: (el: Element) => boolean = referenceIsChrome): TextIndex {
  const indexer = createIndexer(root, skip);
  indexer.step(() => false);
  return indexer.result();
}

function createIndexer(root: Element, skip: (el: Element) => boolean): { step(outOfTime: () => boolean): boolean; result(): TextIndex } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const notes: NoteMarker[] = [];
  let length = 0;
  let lastChar = '\n'; // the text starts as if after a break: no leading space or newline
  let pendingBreak = false;
  let pendingSpace: { node: Text; offset: number } | null = null;
  let afterNote = false;

  const emitSynthetic = (ch: string) => {
    parts.push(ch);
    length += 1;
    lastChar = ch;
  };
  const emitRun = (node: Text, from: number, to: number) => {
    const prev = segments.at(-1);
    if (prev && prev.node === node && prev.end === length && prev.nodeStart + (prev.end - prev.start) === from) {
      prev.end += to - from;
    } else {
      segments.push({ start: length, end: length + to - from, node, nodeStart: from });
    }
    parts.push(node.data.slice(from, to));
    length += to - from;
    lastChar = node.data.charAt(to - 1);
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

  const addText = (node: Text) => {
    const data = node.data;
    let runStart = -1;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      const space = isSpace(c);
      if (space || isDropped(c)) {
        if (runStart >= 0) emitRun(node, runStart, i);
        runStart = -1;
        if (space && !pendingSpace && !pendingBreak) pendingSpace = { node, offset: i };
        continue;
      }
      if (runStart < 0) {
        beforeContent();
        runStart = i;
      }
    }
    if (runStart >= 0) emitRun(node, runStart, data.length);
  };

  // Iterative walk (a malformed page can nest deeper than the call stack allows).
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  let visited = 0;
  const step = (outOfTime: () => boolean): boolean => {
    while (stack.length) {
      if ((++visited & 255) === 0 && outOfTime()) return false;
      const { node, exit } = stack.pop() as { node: Node; exit: boolean };
      if (node.nodeType === 3) {
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
      if (el !== root && skip(el)) continue;
      if (el !== root && isNoteMarker(el)) {
        const label = (el.textContent ?? '').trim();
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
  // By definition: what the page compares later to tell whether the site changed the text.
  return { step, result: () => ({ text: parts.join(''), segments, notes, sourceLength: (root.textContent ?? '').length }) };
}
