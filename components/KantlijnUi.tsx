/**
 * Everything Kantlijn shows on a publication page: the tab at the page's edge and, while open,
 * the panel. State lives in the content script; this component only draws it.
 */
import type { ReportDocument } from '../lib/page/report';
import { WORDS } from '../lib/ui/words';
import { Panel } from './Panel';

/** Props of the on-page UI. */
export interface KantlijnUiProps {
  open: boolean;
  document: ReportDocument;
  problems: readonly string[];
  onToggle: () => void;
}

/** The tab and the panel. */
export function KantlijnUi({ open, document: doc, problems, onToggle }: KantlijnUiProps) {
  const label = open ? WORDS.closePanel : WORDS.openPanel;
  return (
    <div class={open ? 'root open' : 'root'}>
      <button type="button" class="tab" aria-label={label} aria-expanded={open} title={`${label} (Alt+Shift+K)`} onClick={onToggle}>
        K
      </button>
      {open && <Panel document={doc} problems={problems} onClose={onToggle} />}
    </div>
  );
}
