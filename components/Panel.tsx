/**
 * The side panel (`role="complementary"`, label "Kantlijn"): the publication's facts under
 * "Brief" (or "Document" when it is not a letter), then what could not be read.
 */
import type { ReportDocument } from '../lib/page/report';
import { msg } from '../lib/ui/words';
import { DocumentFacts } from './DocumentFacts';

/** Counts of what the extraction found in the text. */
export interface FoundCounts {
  actors: number;
  events: number;
  references: number;
}

/** What the panel shows. */
export interface PanelProps {
  document: ReportDocument;
  problems: readonly string[];
  found?: FoundCounts | null;
  onClose: () => void;
}

/** The panel itself; rendered only while open. */
export function Panel({ document: doc, problems, found = null, onClose }: PanelProps) {
  return (
    <aside class="panel" role="complementary" aria-label={msg('appName')}>
      <header class="panel-head">
        <span class="brand">{msg('appName')}</span>
        <button type="button" class="close" aria-label={msg('closePanel')} title={msg('closePanel')} onClick={onClose}>
          ×
        </button>
      </header>
      <section aria-labelledby="kantlijn-facts">
        <h2 id="kantlijn-facts">{doc.kind === 'letter' ? msg('letterSection') : msg('documentSection')}</h2>
        <DocumentFacts document={doc} />
      </section>
      {found && <p class="found">{msg('found', found.actors, found.events, found.references)}</p>}
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
      <div role="status" class="problems">
        {problems.length > 0 && (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <p class="hint">{msg('shortcut')}</p>
    </aside>
  );
}
