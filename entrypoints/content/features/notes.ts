/**
 * The notes feature: the reader's notes on a pass, started once its highlights are drawn (they
 * never delay the annotation) and without waiting for metadata.xml — the publication is known by
 * its address. The notes keep their own state (notes/notes-session.ts) and tell the store when it
 * changes; they stop when the pass's signal aborts.
 */
import type { SessionState, Store } from '@/entrypoints/content/page-store';
import { startNotes } from '@/entrypoints/content/notes/notes-session';

/** Starts the notes of the current pass, when the publication has an id. */
export function startPassNotes(signal: AbortSignal, store: Store<SessionState>, focusCard: () => void): void {
  const { document, reading } = store.get();
  if (!document.id) return;
  const notes = startNotes({
    signal,
    documentId: document.id,
    url: location.href,
    title: () => store.get().document.title,
    index: reading.index,
    report: () => store.get().report,
    redraw: store.touch,
    otherCardOpen: () => store.get().card !== null,
    focusCard,
  });
  store.set({ notes });
}
