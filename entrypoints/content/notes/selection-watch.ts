/**
 * The reader's selection in the document, as offsets into the `TextIndex` text: where the
 * "Notitie toevoegen" button stands, what a new note (or a re-attached orphan) will hang on.
 * A selection inside Kantlijn's own UI, or outside the publication's text, is no selection here.
 */
import { selectionToOffsets } from '@/lib/anchor';
import type { TextIndex } from '@/lib/page/text-index';
import { isTrusted, type TrustCheck } from '@/lib/util/trusted';
import { listenForKey } from '@/entrypoints/content/shortcut';
import { commandOfKey } from '@/lib/ui/shortcut-keys';

/** A selection of the publication's text. */
export interface SelectedSpan {
  start: number;
  end: number;
  /** The last line box of the selection, in viewport pixels (for placing the button). */
  rect: DOMRect | null;
}

/** The current selection as a span of `index`'s text (white space at either end left out), or null. */
export function selectedSpan(index: TextIndex, doc: Document = document): SelectedSpan | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed) return null;
  const span = selectionToOffsets(index, selection);
  if (!span) return null;
  const rects = selection.getRangeAt(selection.rangeCount - 1).getClientRects();
  return { start: span.start, end: span.end, rect: rects.length > 0 ? (rects[rects.length - 1] ?? null) : null };
}

/** Whether a key event is Alt+Shift+N, the note shortcut. */
export function isNoteShortcut(event: KeyboardEvent): boolean {
  return commandOfKey(event) === 'add-note';
}

/**
 * Calls `onChange` with the selection after every change (once per frame at most) and on scroll
 * (the button follows the text), and `onShortcut` on Alt+Shift+N, until `signal` aborts. Events a
 * page's script dispatches (not `trusted`, by default `isTrusted`) are passed over.
 */
export function watchSelection(
  signal: AbortSignal,
  index: () => TextIndex | null,
  onChange: (span: SelectedSpan | null) => void,
  onShortcut: () => void,
  trusted: TrustCheck = isTrusted,
): void {
  let frame: number | null = null;
  const report = () => {
    frame = null;
    const current = index();
    onChange(current ? selectedSpan(current) : null);
  };
  const schedule = (event: Event) => {
    if (trusted(event) && frame === null) frame = requestAnimationFrame(report);
  };
  document.addEventListener('selectionchange', schedule, { signal });
  window.addEventListener('scroll', schedule, { passive: true, capture: true, signal });
  listenForKey(signal, isNoteShortcut, onShortcut, trusted);
  signal.addEventListener('abort', () => frame !== null && cancelAnimationFrame(frame));
}
