/**
 * Bringing a mention into view: scroll so that it stands in the middle of the viewport (and of
 * any scrolling box around it), then flash it for a moment with the `kantlijn-flash` highlight —
 * drawn like the others, without touching the page's DOM.
 */
import { highlightConstructorOf, registryOf } from './env';
import { highlightName } from './kinds';
import { toLiveRange } from './ranges';
import { adoptHighlightStyles, PRIORITY } from './styles';

/** Options of `scrollToMention`. */
export interface ScrollOptions {
  document?: Document;
  /** 'smooth' unless the reader prefers reduced motion (default), or as given. */
  behavior?: ScrollBehavior;
  /** Flash the mention (default true) for `flashMs` (default 1000). */
  flash?: boolean;
  flashMs?: number;
}

/** Scrolls the mention into the middle of the view and flashes it; false when the range no longer fits the DOM. */
export function scrollToMention(range: AbstractRange, options: ScrollOptions = {}): boolean {
  const doc = options.document ?? document;
  const live = toLiveRange(range, doc);
  const view = doc.defaultView;
  if (!live || !view) return false;
  const behavior = options.behavior ?? (view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
  const rect = live.getBoundingClientRect();
  // Scrolling boxes between the text and the page first (rare on the site, but cheap to honour).
  let shiftY = 0;
  const common = live.commonAncestorContainer;
  for (
    let el: Element | null = common.nodeType === 1 ? (common as Element) : common.parentElement;
    el && el !== doc.body && el !== doc.documentElement;
    el = el.parentElement
  ) {
    if (el.scrollHeight <= el.clientHeight) continue;
    const overflow = view.getComputedStyle(el).overflowY;
    if (overflow !== 'auto' && overflow !== 'scroll') continue;
    const box = el.getBoundingClientRect();
    const delta = rect.top - shiftY - (box.top + box.height / 2 - rect.height / 2);
    el.scrollBy({ top: delta, behavior });
    shiftY += delta;
  }
  const top = rect.top - shiftY + view.scrollY - (view.innerHeight / 2 - rect.height / 2);
  view.scrollTo({ top: Math.max(0, top), behavior });
  if (options.flash ?? true) flashRange(range, { document: doc, ms: options.flashMs });
  return true;
}

// The flash showing now, per document: a new flash replaces it.
const flashing = new WeakMap<Document, () => void>();

/** Shows `range` under `kantlijn-flash` for `ms` (default 1000); returns the function that ends it early. */
export function flashRange(
  range: AbstractRange,
  { document: doc = document, ms = 1000 }: { document?: Document; ms?: number } = {},
): () => void {
  flashing.get(doc)?.();
  const view = doc.defaultView;
  const registry = registryOf(doc);
  const Highlight = highlightConstructorOf(doc);
  if (!view || !registry || !Highlight) return () => undefined;
  const release = adoptHighlightStyles(doc);
  const h = new Highlight(range);
  h.priority = PRIORITY.flash;
  const name = highlightName('flash');
  registry.set(name, h);
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    view.clearTimeout(timer);
    if (registry.get(name) === h) registry.delete(name);
    release();
    if (flashing.get(doc) === end) flashing.delete(doc);
  };
  const timer = view.setTimeout(end, ms);
  flashing.set(doc, end);
  return end;
}
