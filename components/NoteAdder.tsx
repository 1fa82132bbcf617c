/**
 * The small "Notitie toevoegen" button shown next to a selection in the document. It takes no
 * focus on pointer down, so the selection stays; Alt+Shift+N does the same from the keyboard.
 */
import { msg } from '@/lib/ui/words';

/** Props of `NoteAdder`. */
export interface NoteAdderProps {
  /** Where to stand, in viewport pixels (below the end of the selection). */
  left: number;
  top: number;
  onAdd: (event: MouseEvent) => void;
}

/** The button. */
export function NoteAdder({ left, top, onAdd }: NoteAdderProps) {
  return (
    <button
      type="button"
      class="k-adder"
      style={{ position: 'fixed', left: `${left}px`, top: `${top}px` }}
      title={`${msg('noteAdd')} (Alt+Shift+N)`}
      onPointerDown={(e) => e.preventDefault()}
      onClick={onAdd}
    >
      {msg('noteAdd')}
    </button>
  );
}
