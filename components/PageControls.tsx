/**
 * What Kantlijn puts in the page itself (a shadow root the page could read): the tab at the page's
 * edge and the "Notitie toevoegen" button by a selection. Nothing of the reader's is here — the
 * panel, the cards, the editor and the notice are drawn in frames the page cannot read.
 */
import { msg } from '@/lib/ui/words';
import { isTrusted, type TrustCheck } from '@/lib/util/trusted';
import { NoteAdder } from './NoteAdder';

/** Props of the page's controls. */
export interface PageControlsProps {
  open: boolean;
  onToggle: () => void;
  /** Where the note button stands (viewport pixels), or null when there is no selection to note. */
  adder: { left: number; top: number } | null;
  onAdd: () => void;
  /** Which clicks are the reader's (default `isTrusted`): a page's script presses neither button. */
  trusted?: TrustCheck;
}

/** The tab and the note button. */
export function PageControls({ open, onToggle, adder, onAdd, trusted = isTrusted }: PageControlsProps) {
  const label = open ? msg('closePanel') : msg('openPanel');
  return (
    <div class={open ? 'root open' : 'root'}>
      <button
        type="button"
        class="tab"
        aria-label={label}
        aria-expanded={open}
        title={`${label} (Alt+Shift+K)`}
        onClick={(event) => trusted(event) && onToggle()}
      >
        K
      </button>
      {adder && <NoteAdder left={adder.left} top={adder.top} onAdd={(event) => trusted(event) && onAdd()} />}
    </div>
  );
}
