/**
 * The library's filters — publication, tag, actor, kind of document, date range — as data and as one compiled
 * predicate, so the page, the export of "the current selection" and the tests narrow the notes the
 * same way. The date range is over the note's last change or over the publication's own date.
 */
import type { Note } from '@/lib/notes/note';
import type { DocumentKind } from '@/lib/model/report';
import { firstDay } from '@/lib/ui/format-date';
import type { DocumentInfo } from './document-info';

/** Which date the range is about. */
export type DateField = 'note' | 'document';

/** What the reader narrowed the list to; null fields do not narrow. */
export interface LibraryFilter {
  /** One publication (its id): its notes, and the actor notes written in it. */
  documentId: string | null;
  tag: string | null;
  /** An actor key (`actorKeyOf`): the notes on that actor. */
  actorKey: string | null;
  kind: DocumentKind | null;
  dateField: DateField;
  /** First day included, "YYYY-MM-DD" (as an `<input type="date">` gives it). */
  from: string | null;
  /** Last day included, "YYYY-MM-DD". */
  to: string | null;
}

/** The filter that keeps everything. */
export const NO_FILTER: LibraryFilter = {
  documentId: null,
  tag: null,
  actorKey: null,
  kind: null,
  dateField: 'note',
  from: null,
  to: null,
};

/** Whether the filter narrows anything (the date field alone does not). */
export function isFiltering(filter: LibraryFilter): boolean {
  return (
    filter.documentId !== null ||
    filter.tag !== null ||
    filter.actorKey !== null ||
    filter.kind !== null ||
    filter.from !== null ||
    filter.to !== null
  );
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight at the start of "YYYY-MM-DD" (ms), or null for another string. */
export function startOfLocalDay(day: string): number | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}

/** Tags compare without regard to case, as `lib/notes/tags` keeps them. */
export function tagKey(tag: string): string {
  return tag.toLocaleLowerCase('nl');
}

/** One test of a note (and its document) against the filter, prepared once per filter. */
export type NotePredicate = (note: Note, document: DocumentInfo | undefined) => boolean;

/** The filter as a predicate; bounds and keys are worked out here, not per note. */
export function compileFilter(filter: LibraryFilter): NotePredicate {
  const tag = filter.tag === null ? null : tagKey(filter.tag);
  const { documentId, actorKey, kind } = filter;
  const byNote = filter.dateField === 'note';
  const fromMs = byNote && filter.from ? startOfLocalDay(filter.from) : null;
  const toStart = byNote && filter.to ? startOfLocalDay(filter.to) : null;
  // The day after `to`, at local midnight (a day is not always 24 hours long).
  const toMs = toStart === null ? null : new Date(new Date(toStart).setDate(new Date(toStart).getDate() + 1)).getTime();
  const fromDay = !byNote ? filter.from : null;
  const toDay = !byNote ? filter.to : null;
  return (note, document) => {
    if (documentId !== null && note.documentId !== documentId) return false;
    if (tag !== null && !note.tags.some((t) => tagKey(t) === tag)) return false;
    if (actorKey !== null && note.actorKey !== actorKey) return false;
    if (kind !== null && document?.kind !== kind) return false;
    if (fromMs !== null && note.updated < fromMs) return false;
    if (toMs !== null && note.updated >= toMs) return false;
    if (fromDay || toDay) {
      // A month or a year counts from its first day ("2022-10" is in a range from 2022-10-01).
      const day = firstDay(document?.date ?? null);
      if (day === null) return false;
      if (fromDay && day < fromDay) return false;
      if (toDay && day > toDay) return false;
    }
    return true;
  };
}
