/**
 * The heading row of a group in the library: a publication (its title as a link to it, kind,
 * date, id and how many of its notes are shown) or an actor (name, "Actor", count).
 */
import type { NoteGroup } from '@/lib/library/grouping';
import { safeHref } from '@/lib/util/safe-href';
import { formatFactDate, parseReportDate } from '@/lib/ui/format-date';
import { kindLabel, msg } from '@/lib/ui/words';
import { noteCount } from './note-count';

/** Props of `GroupHeading`. */
export interface GroupHeadingProps {
  group: NoteGroup;
  /** How many of the group's notes are shown under the heading. */
  shown: number;
}

/** The heading. */
export function GroupHeading({ group, shown }: GroupHeadingProps) {
  if (group.type === 'actor') {
    return (
      <div class="k-group k-group-actor">
        <h2 class="k-group-title">{group.actorName}</h2>
        <p class="k-group-meta">
          {msg('libraryActorLabel')} · {noteCount(shown)}
        </p>
      </div>
    );
  }
  const { document } = group;
  const url = safeHref(document.url);
  const title = document.title ?? msg('noteUntitled');
  const facts = [
    document.kind ? kindLabel(document.kind) : null,
    document.date && parseReportDate(document.date) ? formatFactDate(document.date) : null,
    document.id,
    noteCount(shown),
  ].filter((fact): fact is string => fact !== null);
  return (
    <div class="k-group">
      <h2 class="k-group-title">
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </h2>
      <p class="k-group-meta">{facts.join(' · ')}</p>
    </div>
  );
}
