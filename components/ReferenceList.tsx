/**
 * The citations of other publications, in text order: the words as printed and the publication id
 * they resolve to. A resolved citation is a button (activating it opens the cited publication);
 * one that could not be resolved is plain text, marked as such.
 */
import { useMemo } from 'preact/hooks';
import type { Reference } from '@/lib/model/report';
import { activation } from '@/lib/ui/activate';
import { msg } from '@/lib/ui/words';

/** The citations with their index in the report, in order of appearance in the text. */
export function referenceOrder(references: readonly Reference[]): Array<{ reference: Reference; index: number }> {
  return references
    .map((reference, index) => ({ reference, index }))
    .sort((a, b) => a.reference.mention.start - b.reference.mention.start || a.index - b.index);
}

/** The list; `onActivate` receives the citation's index in `references` (the report's array). */
export function ReferenceList({ references, onActivate }: { references: readonly Reference[]; onActivate: (index: number) => void }) {
  const ordered = useMemo(() => referenceOrder(references), [references]);
  if (references.length === 0) return <p class="empty">{msg('panelNoReferences')}</p>;
  return (
    <ol class="items references">
      {ordered.map(({ reference: r, index }) => (
        <li key={index}>
          {r.target ? (
            <button type="button" class="item reference" data-reference={index} {...activation(() => onActivate(index))}>
              <span class="item-main">
                <span class="cited">{r.text}</span>
                <span class="muted target">{r.target}</span>
              </span>
            </button>
          ) : (
            <span class="item reference unresolved">
              <span class="item-main">
                <span class="cited">{r.text}</span>
                <span class="muted">{msg('panelUnresolved')}</span>
              </span>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
