/**
 * "Notitie verwijderd. Ongedaan maken" after a delete in the library. It goes away by itself after
 * a while — but not while the reader's focus or pointer is in it (WCAG 2.2.1), so nobody is cut
 * short; once both have left, the full time runs again.
 */
import { useEffect, useRef } from 'preact/hooks';
import { msg } from '@/lib/ui/words';
import { useHoldTimer } from '../use-hold-timer';

/** How long the bar stays when the reader does nothing with it. */
export const UNDO_VISIBLE_MS = 15_000;

/** Props of `LibraryUndoBar`. */
export interface LibraryUndoBarProps {
  message: string;
  /** Focus "Ongedaan maken" when shown (the deleted row took the focus with it). */
  autoFocus: boolean;
  onUndo: () => void;
  /** The bar expired or was closed; `hadFocus` says whether focus was in it. */
  onDismiss: (hadFocus: boolean) => void;
}

/** The bar. */
export function LibraryUndoBar({ message, autoFocus, onUndo, onDismiss }: LibraryUndoBarProps) {
  const bar = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const holding = useHoldTimer(UNDO_VISIBLE_MS, message, () => onDismiss(false), autoFocus);
  useEffect(() => {
    if (autoFocus) undo.current?.focus();
  }, []);
  const hasFocus = () => !!bar.current?.contains(document.activeElement);
  return (
    <div class="k-undo" role="status" ref={bar} {...holding}>
      <span>{message}</span>
      <button type="button" ref={undo} onClick={onUndo}>
        {msg('noteUndo')}
      </button>
      <button type="button" class="k-close" aria-label={msg('cardClose')} title={msg('cardClose')} onClick={() => onDismiss(hasFocus())}>
        ×
      </button>
    </div>
  );
}
