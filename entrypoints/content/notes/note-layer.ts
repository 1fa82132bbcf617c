/**
 * The reader's notes drawn in the page: one `kantlijn-note` highlight (the look is in
 * lib/highlight/styles.ts, adopted with the others) over the anchored passages, and the hit test
 * that tells which notes lie under the pointer. Notes are few, so every range is registered —
 * no viewport windowing as for the actors.
 */
import { caretAt, highlightName, mentionRange, rangeFactory, rectContaining } from '@/lib/highlight';
import { PRIORITY } from '@/lib/highlight/styles';
import type { AnchoredNote, PageNotes } from '@/lib/notes/page-notes';
import { NO_PAGE_NOTES, notesAt } from '@/lib/notes/page-notes';
import type { TextIndex } from '@/lib/page/text-index';
import { toTextOffset } from '@/lib/page/text-position';

/** What lies under a point: the notes there and the rectangle of the line box hit. */
export interface NoteHit {
  notes: AnchoredNote[];
  rect: DOMRect;
}

/** The drawn notes of one reading of the page. */
export interface NoteLayer {
  /** Draws `page`'s anchored notes, replacing what was drawn. */
  draw(page: PageNotes): void;
  /** The DOM range of a span (for scrolling to it and flashing it). */
  rangeOf(start: number, end: number): AbstractRange | null;
  /** The notes under a viewport point, or null. */
  hitAt(x: number, y: number): NoteHit | null;
  /** Removes the highlight. */
  clear(): void;
}

/** Creates the layer over `index` in `doc`. */
export function createNoteLayer(index: TextIndex, doc: Document = document): NoteLayer {
  const make = rangeFactory(doc);
  const name = highlightName('note');
  const uncertainName = highlightName('note-uncertain');
  const registry = doc.defaultView?.CSS && 'highlights' in doc.defaultView.CSS ? doc.defaultView.CSS.highlights : null;
  const HighlightCtor = doc.defaultView?.Highlight;
  let page: PageNotes = NO_PAGE_NOTES;
  const ranges = new Map<string, AbstractRange>();
  const rangeFor = (entry: { span: { start: number; end: number } }): AbstractRange | null => {
    const key = `${entry.span.start}:${entry.span.end}`;
    let range = ranges.get(key) ?? null;
    if (!range) {
      range = mentionRange(index, entry.span.start, entry.span.end, make);
      if (range) ranges.set(key, range);
    }
    return range;
  };
  return {
    draw(next) {
      page = next;
      if (!registry || typeof HighlightCtor !== 'function') return;
      // The notes placed surely, and (drawn apart, dotted) those placed only as a guess.
      for (const [key, entries, priority] of [
        [name, next.anchored, PRIORITY.note],
        [uncertainName, next.uncertain, PRIORITY['note-uncertain']],
      ] as const) {
        const drawn = entries.map(rangeFor).filter((r): r is AbstractRange => r !== null);
        if (drawn.length === 0) {
          registry.delete(key);
          continue;
        }
        // One range at a time: a page may hold more notes than a call takes arguments.
        const highlight = new HighlightCtor();
        for (const range of drawn) highlight.add(range);
        highlight.priority = priority;
        registry.set(key, highlight);
      }
    },
    rangeOf: (start, end) => mentionRange(index, start, end, make),
    hitAt(x, y) {
      if (page.anchored.length === 0 && page.uncertain.length === 0) return null;
      const caret = caretAt(doc, x, y);
      if (!caret) return null;
      const offset = toTextOffset(index, caret.node, caret.offset);
      if (offset === null) return null;
      // The caret sits between characters: the character hit is the one after it, or before it at a line's end.
      for (const at of [offset, offset - 1]) {
        // A note placed only as a guess opens its card too: there the reader confirms it.
        const notes = [...notesAt(page, at), ...page.uncertain.filter((u) => u.span.start <= at && at < u.span.end)];
        for (const entry of notes) {
          const range = rangeFor(entry);
          const rect = range && rectContaining(range, x, y, doc);
          if (rect) return { notes, rect };
        }
      }
      return null;
    },
    clear() {
      page = NO_PAGE_NOTES;
      registry?.delete(name);
      registry?.delete(uncertainName);
    },
  };
}
