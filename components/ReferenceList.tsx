/**
 * The citations of other publications, in text order: the words as printed and the publication id
 * they resolve to. A resolved citation is a link to the cited publication — a real one, so Enter
 * and a click follow it in the reader's tab (the frame's `<base target="_top">`), and Ctrl+click,
 * a middle click or the context menu open it in a new tab; one that could not be resolved, or
 * whose address is not a page of the site, is plain text, marked as such.
 */
import { useMemo } from 'preact/hooks';
import type { Reference } from '@/lib/model/report';
import { safeHref } from '@/lib/util/safe-href';
import { msg } from '@/lib/ui/words';

/** The citations with their index in the report, in order of appearance in the text. */
export function referenceOrder(references: readonly Reference[]): Array<{ reference: Reference; index: number }> {
  return references
    .map((reference, index) => ({ reference, index }))
    .sort((a, b) => a.reference.mention.start - b.reference.mention.start || a.index - b.index);
}

/** The list. */
export function ReferenceList({ references }: { references: readonly Reference[] }) {
  const ordered = useMemo(() => referenceOrder(references), [references]);
  if (references.length === 0) return <p class="empty">{msg('panelNoReferences')}</p>;
  return (
    <ol class="items references">
      {ordered.map(({ reference: r, index }) => {
        const href = r.target ? safeHref(r.url) : null;
        return (
          <li key={index}>
            {href ? (
              <a class="item reference" href={href} data-reference={index}>
                <span class="item-main">
                  <span class="cited">{r.text}</span>
                  <span class="muted target">{r.target}</span>
                </span>
              </a>
            ) : (
              <span class="item reference unresolved">
                <span class="item-main">
                  <span class="cited">{r.text}</span>
                  <span class="muted">{msg('panelUnresolved')}</span>
                </span>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
