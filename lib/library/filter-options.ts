/**
 * What the filters offer: the publications with notes, the tags in use (most used first), the actors that have notes and the
 * kinds of document that occur — only choices that find something.
 */
import type { Note } from '@/lib/notes/note';
import type { DocumentKind } from '@/lib/model/report';
import type { DocumentInfo } from './document-info';
import { tagKey } from './filters';

/** One choice of a filter, with how many notes it finds. */
export interface FilterChoice<T extends string> {
  value: T;
  label: string;
  count: number;
}

/** The choices of every filter. */
export interface FilterOptions {
  /** The publications that have notes, by title. */
  documents: Array<FilterChoice<string>>;
  tags: Array<FilterChoice<string>>;
  actors: Array<FilterChoice<string>>;
  kinds: Array<FilterChoice<DocumentKind>>;
}

const byCountThenLabel = <T extends string>(a: FilterChoice<T>, b: FilterChoice<T>): number =>
  b.count - a.count || a.label.localeCompare(b.label, 'nl');

/** Counts the choices over `notes`; `documentOf` gives each note's document (for its kind). */
export function filterOptions(notes: Iterable<Note>, documentOf: (note: Note) => DocumentInfo | undefined): FilterOptions {
  const documents = new Map<string, FilterChoice<string>>();
  const tags = new Map<string, FilterChoice<string>>();
  const actors = new Map<string, FilterChoice<string>>();
  const kinds = new Map<DocumentKind, FilterChoice<DocumentKind>>();
  const count = <T extends string>(map: Map<T, FilterChoice<T>>, key: T, value: T, label: string): void => {
    const known = map.get(key);
    if (known) known.count += 1;
    else map.set(key, { value, label, count: 1 });
  };
  for (const note of notes) {
    for (const tag of note.tags) count(tags, tagKey(tag), tag, tag);
    if (note.actorKey) count(actors, note.actorKey, note.actorKey, note.actorName ?? note.actorKey);
    const info = documentOf(note);
    count(documents, note.documentId, note.documentId, info?.title ?? note.documentTitle ?? note.documentId);
    const kind = info?.kind;
    if (kind) count(kinds, kind, kind, kind);
  }
  return {
    documents: [...documents.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl') || a.value.localeCompare(b.value)),
    tags: [...tags.values()].sort(byCountThenLabel),
    actors: [...actors.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    kinds: [...kinds.values()].sort(byCountThenLabel),
  };
}
