/**
 * The document's footnotes: each note's number and text, found from the numbers in the text
 * (their links point at the notes) and from the notes section the site prints after the text.
 */
import { buildTextIndex, isNoteMarker, type TextIndex } from './text-index';
import type { Footnote } from '@/lib/model/report';

const NOTE_CONTAINER = '.voet, .noot, [role="doc-footnote"], li[id^="fn"]';

/** Lists the footnotes of `body`, in document order, each once. */
export function readFootnotes(body: Element, index: TextIndex): Footnote[] {
  const containers = new Set<Element>();
  for (const el of Array.from(body.querySelectorAll(NOTE_CONTAINER))) {
    if (!el.parentElement?.closest(NOTE_CONTAINER)) containers.add(el);
  }
  const doc = body.ownerDocument;
  for (const marker of index.notes) {
    if (!marker.target) continue;
    const target = doc.getElementById(marker.target) ?? doc.getElementsByName(marker.target)[0] ?? null;
    if (!target || !body.contains(target)) continue;
    const container = target.closest(NOTE_CONTAINER) ?? (target.matches('div, li, p, aside') ? target : target.parentElement);
    if (container && container !== body && !marker.element.contains(container)) containers.add(container);
  }
  const footnotes: Footnote[] = [];
  for (const el of sortInDocumentOrder([...containers])) {
    const label = Array.from(el.querySelectorAll('sup, .nootnum, span, a')).find(isNoteMarker)?.textContent?.trim();
    const text = buildTextIndex(el).text.replace(/\s+/g, ' ').trim();
    if (label && text) footnotes.push({ label, text });
  }
  return footnotes;
}

function sortInDocumentOrder(elements: Element[]): Element[] {
  // compareDocumentPosition: 4 = FOLLOWING
  return elements.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
