/**
 * "Notitie verwijderd. Ongedaan maken" (or another short message): shown for a while after a delete (`role="status"`, so a
 * screen reader hears it), the way back from a delete that was a mistake. It goes by itself after
 * `NOTICE_MS` — but not while focus or the pointer is in it (WCAG 2.2.1): the reader who went to
 * it is never cut short, and the full time runs again once they leave.
 */
import { msg } from '@/lib/ui/words';
import { useHoldTimer } from './use-hold-timer';

/** How long the bar stays when the reader does nothing with it. */
export const NOTICE_MS = 10_000;

/** Props of `UndoBar`. */
export interface UndoBarProps {
  message: string;
  /** Undoes what was done; without it the bar only tells (a failure, a hint). */
  onUndo?: () => void;
  /** Closed by the reader, or its time is up. */
  onDismiss: () => void;
  /** How long it stays (default `NOTICE_MS`). */
  visibleMs?: number;
}

/** The bar. */
export function UndoBar({ message, onUndo, onDismiss, visibleMs = NOTICE_MS }: UndoBarProps) {
  const holding = useHoldTimer(visibleMs, message, onDismiss);
  return (
    <div class="k-undo" role="status" {...holding}>
      <span>{message}</span>{' '}
      {onUndo && (
        <button type="button" class="k-button" onClick={onUndo}>
          {msg('noteUndo')}
        </button>
      )}
      <button type="button" class="k-card-close" aria-label={msg('cardClose')} title={msg('cardClose')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
