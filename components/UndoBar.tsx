/**
 * "Notitie verwijderd. Ongedaan maken" (or another short message): shown for a while after a delete (`role="status"`, so a
 * screen reader hears it), the way back from a delete that was a mistake.
 */
import { msg } from '@/lib/ui/words';

/** Props of `UndoBar`. */
export interface UndoBarProps {
  message: string;
  /** Undoes what was done; without it the bar only tells (a failure, a hint). */
  onUndo?: () => void;
  onDismiss: () => void;
}

/** The bar. */
export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div class="k-undo" role="status">
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
