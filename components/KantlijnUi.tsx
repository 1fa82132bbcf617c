/**
 * Everything Kantlijn shows on a publication page: the tab at the page's edge and, while open,
 * the panel. State lives in the content script; this component only draws it.
 */
import type { ReportDocument } from '../lib/page/report';
import { msg } from '../lib/ui/words';
import { Panel, type FoundCounts } from './Panel';

/** Props of the on-page UI. */
export interface KantlijnUiProps {
  open: boolean;
  document: ReportDocument;
  problems: readonly string[];
  /** How many actors, events and citations the text holds, once read. */
  found?: FoundCounts | null;
  onToggle: () => void;
}

/** The tab and the panel. */
export function KantlijnUi({ open, document: doc, problems, found = null, onToggle }: KantlijnUiProps) {
  const label = open ? msg('closePanel') : msg('openPanel');
  return (
    <div class={open ? 'root open' : 'root'}>
      <button type="button" class="tab" aria-label={label} aria-expanded={open} title={`${label} (Alt+Shift+K)`} onClick={onToggle}>
        K
      </button>
      {open && <Panel document={doc} problems={problems} found={found} onClose={onToggle} />}
    </div>
  );
}
