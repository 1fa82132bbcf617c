/**
 * "Notitie verwijderd. Ongedaan maken" after a delete in the library. It goes away by itself after
 * a while — but not while the reader's focus is in it, so a keyboard user is never cut short.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { msg } from '@/lib/ui/words';

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
  const [focused, setFocused] = useState(autoFocus);
  useEffect(() => {
    if (autoFocus) undo.current?.focus();
  }, []);
  useEffect(() => {
    if (focused) return;
    const timer = setTimeout(() => onDismiss(false), UNDO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [focused, message]);
  const hasFocus = () => !!bar.current?.contains(document.activeElement);
  return (
    <div
      class="k-undo"
      role="status"
      ref={bar}
      onFocusIn={() => setFocused(true)}
      onFocusOut={(event) => setFocused(!!bar.current?.contains(event.relatedTarget as Node | null))}
    >
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
