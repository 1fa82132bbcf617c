/**
 * Finding the document body on a publication page, without the site's chrome.
 * Markup a has `#broodtekst`, markup b `div.stuk`, markup c a bare `<main>`; ids and classes are
 * tried first because they are cheap, the text decides when they are missing.
 */

/** Elements that are never part of the document text, whatever the markup. */
export const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'HEADER',
  'FOOTER',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'DIALOG',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
]);

// Class and id words of the site's chrome (menus, share buttons, paging).
const CHROME_WORDS = [
  'pageactions breadcrumb disclaimer skiplink modal share delen',
  'to-top note-close links table--dataintro searchbar pagination',
].join(' ');

/** Hints of the site's chrome by class or id (the text checks below catch what these miss). */
export const CHROME_HINT = new RegExp(`(^|[\\s_-])(${CHROME_WORDS.split(' ').join('|')})($|[\\s_-])`, 'i');
/** The whole text of a site control ("Naar boven", "Delen"). */
export const CHROME_TEXT = /^\s*(naar boven|delen|permanente link|kopieer de link|sluit modaal|technische informatie|u bent hier:.*)\s*$/i;

/** Tells whether an element inside the body is site chrome that the text index must skip. */
export function isChrome(el: Element): boolean {
  if (NEVER_TEXT.has(el.tagName.toUpperCase())) return true;
  // Most elements of a text have no attributes (<b>, <i>) or only a class: the role, hidden and
  // hint checks are skipped for the former (the reading calls this for every element).
  if (el.hasAttributes()) {
    // A class alone (p.al, strong.vet: most of a text's elements with attributes) has no role, id or hidden.
    const classOnly = el.attributes.length === 1 && el.hasAttribute('class');
    if (!classOnly) {
      const role = el.getAttribute('role');
      if (role === 'dialog' || role === 'navigation' || role === 'search') return true;
      if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
    }
    const hint = `${classOnly ? '' : el.id} ${typeof el.className === 'string' ? el.className : ''}`;
    if (hint.trim() && chromeHint(hint)) return true;
  }
  // Short elements whose whole text is a site control ("Naar boven", "Delen"). A paragraph of the
  // text is passed over at once: its first words are no control's.
  const first = el.firstChild;
  if (!first) return false; // no text: no control's text
  // A text node's `length` rather than its data: the paragraph's text is not copied to be measured.
  if ((first.nodeType === 3 && (first as Text).length > 80) || el.childNodes.length > 4) return false;
  if (first.nodeType === 3 && first === el.lastChild) {
    // One text node (most inline elements and short lines): its text is the element's.
    const data = (first as Text).data;
    return data.length < 80 && CHROME_TEXT.test(data);
  }
  if (!CONTROL_INITIAL.test(firstLetter(el))) return false;
  const text = boundedText(el, 80);
  return text !== null && CHROME_TEXT.test(text);
}

// The chrome hint of each id-and-class string once: a text repeats a few classes thousands of times.
const hints = new Map<string, boolean>();
function chromeHint(hint: string): boolean {
  let chrome = hints.get(hint);
  if (chrome === undefined) {
    chrome = CHROME_HINT.test(hint);
    if (hints.size > 1000) hints.clear();
    hints.set(hint, chrome);
  }
  return chrome;
}

// The first letters the control texts of CHROME_TEXT can start with.
const CONTROL_INITIAL = /^[ndpkstu]$/i;

// The first character of the element's text that is not white space ('' when none): the control
// texts are known by it before the whole text is gathered. A walk in document order that goes down
// and on, not a stack of every child: most elements' first letter is in their first text.
function firstLetter(el: Element): string {
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const m = NOT_SPACE.exec((node as Text).data);
      if (m) return m[0];
    } else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== el && !node.nextSibling) node = node.parentNode as Node;
    if (node === el) return '';
    node = node.nextSibling;
  }
  return '';
}

/**
 * The element's text when it is shorter than `limit`, else null; stops early on long elements
 * so that checking every element of a 20 MB page stays linear.
 */
export function boundedText(el: Element, limit: number): string | null {
  let text = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      text += (node as Text).data;
      if (text.length >= limit) return null;
    } else {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return text;
}

/**
 * Every landmark `findDocumentBody` tries, as one selector: what holds the text on any markup but
 * a bare page without landmarks (lib/highlight/styles.ts restyles it in forced colours).
 */
export const TEXT_LANDMARKS = '#broodtekst, .stuk, main, [role="main"], article';

/** Finds the element that holds the publication's text, or null when the page has none. */
export function findDocumentBody(doc: Document): Element | null {
  const byId = doc.getElementById('broodtekst');
  if (byId && hasText(byId)) return byId;
  const stuk = doc.querySelector('.stuk');
  if (stuk && hasText(stuk)) return stuk;
  const main = doc.querySelector('main, [role="main"]');
  const article = main?.querySelector('article') ?? doc.querySelector('article');
  if (article && hasText(article)) return article;
  if (main && hasText(main)) return main;
  return largestTextBlock(doc);
}

// Whether any text node under `el` holds more than white space. Stops at the first such node:
// `textContent` would copy the whole text to look at its first letter (docs/performance.md).
function hasText(el: Element): boolean {
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (NOT_SPACE.test((n as Text).data)) return true;
  return false;
}
const NOT_SPACE = /\S/;

// Without any landmark: the element whose direct paragraphs hold the most text.
function largestTextBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p, h1, h2, h3'))) {
    const parent = p.parentElement;
    if (!parent || parent === doc.documentElement) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + (p.textContent ?? '').length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  if (best) return best;
  return doc.body && hasText(doc.body) ? doc.body : null;
}
