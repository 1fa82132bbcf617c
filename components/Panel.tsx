/**
 * The side panel (an `<aside>`, the complementary landmark, label "Kantlijn"): the publication's facts under
 * "Brief" (or "Document" when it is not a letter), its footnotes, the "Markeringen" settings (which
 * also serve as the legend of what is drawn in the page), then what the text holds — "Actoren",
 * "Tijdlijn", "Verwijzingen" — the reader's "Notities", and what could not be read.
 */
import type { ComponentChildren } from 'preact';
import type { PanelDockView } from '@/lib/messages/frame-protocol';
import type { Report, ReportDocument } from '@/lib/model/report';
import type { HighlightKind } from '@/lib/ui/highlight-kinds';
import { msg } from '@/lib/ui/words';
import { ActorList } from './ActorList';
import { DocumentFacts } from './DocumentFacts';
import { HighlightSettings } from './HighlightSettings';
import { KeyList } from './KeyList';
import { PanelSplitter } from './PanelSplitter';
import { ReferenceList } from './ReferenceList';
import { Timeline } from './Timeline';

/** What the panel shows, and whom it tells what the reader chose. */
export interface PanelProps {
  /** The full report once the text is read; null while reading (or when reading failed). */
  report: Report | null;
  /** The document's facts, known before the report (and updated by the metadata). */
  document: ReportDocument;
  problems: readonly string[];
  onClose: () => void;
  /** An actor was chosen: go to its next mention and open its card. */
  onActorActivate: (actorId: string) => void;
  /** An event was chosen: go to its mention. */
  onEventActivate: (eventId: string) => void;
  highlightKinds: Readonly<Record<HighlightKind, boolean>>;
  onToggleHighlightKind: (kind: HighlightKind) => void;
  /** The reader's notes on this publication ("Notities"), drawn by the content script's notes. */
  notes?: ComponentChildren;
  /** How the panel sits: docked beside the text (with a splitter) or a bottom sheet. */
  dock?: PanelDockView;
  /** The reader moved the splitter with a key (`done`: remember it). */
  onResize?: (width: number, done: boolean) => void;
  /** The reader pressed the splitter `grab` px from the panel's edge: the page follows the drag. */
  onDrag?: (grab: number) => void;
  /** The browser's shortcuts for Kantlijn's commands, for "Toetsen". */
  shortcuts?: Readonly<Record<string, string>>;
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The panel itself; rendered only while open. */
export function Panel({
  report,
  document: doc,
  problems,
  onClose,
  onActorActivate,
  onEventActivate,
  highlightKinds,
  onToggleHighlightKind,
  notes,
  dock,
  onResize,
  onDrag,
  shortcuts,
}: PanelProps) {
  return (
    <aside class={dock?.mode === 'sheet' ? 'panel panel-sheet' : 'panel'} aria-label={msg('appName')}>
      <header class="panel-head">
        <span class="brand">{msg('appName')}</span>
        <button type="button" class="close" aria-label={msg('closePanel')} title={msg('closePanel')} onClick={onClose}>
          ×
        </button>
      </header>
      {dock?.mode === 'side' && onResize && onDrag && <PanelSplitter dock={dock} onResize={onResize} onDrag={onDrag} />}
      <Section id="kantlijn-facts" title={doc.kind === 'letter' ? msg('letterSection') : msg('documentSection')}>
        <DocumentFacts document={doc} />
      </Section>
      {doc.footnotes.length > 0 && (
        <details class="footnotes">
          <summary>
            {msg('footnotes')} ({doc.footnotes.length})
          </summary>
          <ol>
            {doc.footnotes.map((n) => (
              <li key={n.label} value={Number(n.label) || undefined}>
                {n.text}
              </li>
            ))}
          </ol>
        </details>
      )}
      <HighlightSettings kinds={highlightKinds} onToggle={onToggleHighlightKind} />
      {report ? (
        <>
          <Section id="kantlijn-actors" title={msg('panelActors')}>
            <ActorList actors={report.actors} onActivate={onActorActivate} />
          </Section>
          <Section id="kantlijn-timeline" title={msg('panelTimeline')}>
            <Timeline events={report.events} onActivate={onEventActivate} />
          </Section>
          <Section id="kantlijn-references" title={msg('panelReferences')}>
            <ReferenceList references={report.references} />
          </Section>
        </>
      ) : (
        <p class="loading">{msg('loading')}</p>
      )}
      {notes !== undefined && (
        <Section id="kantlijn-notes" title={msg('notesSection')}>
          {notes}
        </Section>
      )}
      <div role="status" class="problems">
        {problems.length > 0 && (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <KeyList shortcuts={shortcuts} />
    </aside>
  );
}
