/**
 * Everything Kantlijn shows on a publication page: the tab at the page's edge, the panel while
 * open, and the card of what the reader hovers or chose. State lives in the content script; this
 * component only draws it.
 */
import type { ComponentChildren } from 'preact';
import type { Report, ReportDocument } from '@/lib/model/report';
import type { HighlightKind } from '@/lib/ui/highlight-kinds';
import { msg } from '@/lib/ui/words';
import { Panel } from './Panel';

/** Props of the on-page UI. */
export interface KantlijnUiProps {
  open: boolean;
  document: ReportDocument;
  problems: readonly string[];
  report: Report | null;
  highlightKinds: Readonly<Record<HighlightKind, boolean>>;
  /** The card to show (an actor, event or citation card), already placed by the content script. */
  card?: ComponentChildren;
  /** The panel's "Notities" section. */
  notes?: ComponentChildren;
  /** What else floats over the page: the note button, editor and card, the undo bar. */
  overlay?: ComponentChildren;
  onToggle: () => void;
  onActorActivate: (actorId: string) => void;
  onEventActivate: (eventId: string) => void;
  onReferenceActivate: (index: number) => void;
  onToggleHighlightKind: (kind: HighlightKind) => void;
}

/** The tab, the panel and the card. */
export function KantlijnUi({ open, onToggle, card, overlay, ...panel }: KantlijnUiProps) {
  const label = open ? msg('closePanel') : msg('openPanel');
  return (
    <div class={open ? 'root open' : 'root'}>
      <button type="button" class="tab" aria-label={label} aria-expanded={open} title={`${label} (Alt+Shift+K)`} onClick={onToggle}>
        K
      </button>
      {open && <Panel {...panel} onClose={onToggle} />}
      {card}
      {overlay}
    </div>
  );
}
