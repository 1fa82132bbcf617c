/**
 * Notes in groups, as the library lists them: one group per publication, and the notes on an actor
 * in a group of that actor (they belong to the actor, wherever they were written). Groups are
 * sorted once per change of the notes; a search or filter only walks them in that order and keeps
 * what matches, so typing never sorts.
 */
import type { Note } from '@/lib/notes/note';
import { firstDay } from '@/lib/ui/format-date';
import type { DocumentInfo } from './document-info';

/** How the list is ordered: by last change, or publication by publication (newest publication first). */
export type LibraryOrder = 'newest' | 'document';

/** A publication's notes (passage and event notes written in it). */
export interface DocumentGroup {
  type: 'document';
  key: string;
  document: DocumentInfo;
  notes: Note[];
}

/** The notes on one actor, written in any publication. */
export interface ActorGroup {
  type: 'actor';
  key: string;
  actorKey: string;
  /** The name as shown when the newest of its notes was written. */
  actorName: string;
  notes: Note[];
}

/** A group of the list. */
export type NoteGroup = DocumentGroup | ActorGroup;

/** A row of the list: a group's heading, or a note. */
export type LibraryRow =
  | { type: 'group'; key: string; group: NoteGroup /** notes of the group that are shown */; shown: number }
  | { type: 'note'; key: string; note: Note; group: NoteGroup };

const newestFirst = (a: Note, b: Note): number => b.updated - a.updated || a.id.localeCompare(b.id);
const textOrder = (a: Note, b: Note): number =>
  (a.selectors?.position.start ?? Number.MAX_SAFE_INTEGER) - (b.selectors?.position.start ?? Number.MAX_SAFE_INTEGER) ||
  a.created - b.created ||
  a.id.localeCompare(b.id);
const newestOf = (group: NoteGroup): number => group.notes[0]?.updated ?? 0;
const titleOf = (group: NoteGroup): string => (group.type === 'actor' ? group.actorName : (group.document.title ?? group.document.id));

/** Newest publication first; undated ones after the dated, then by title. */
function byPublication(a: DocumentGroup, b: DocumentGroup): number {
  const da = firstDay(a.document.date);
  const db = firstDay(b.document.date);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return titleOf(a).localeCompare(titleOf(b), 'nl') || a.key.localeCompare(b.key);
}

/**
 * Groups `notes` and sorts groups and notes for `order`:
 * - `newest`: groups by their most recently changed note, notes newest first;
 * - `document`: publications newest first, notes in the order of the text; then the actor
 *   groups by name, their notes newest first.
 */
export function groupNotes(notes: Iterable<Note>, documentOf: (id: string) => DocumentInfo, order: LibraryOrder): NoteGroup[] {
  const documents = new Map<string, DocumentGroup>();
  const actors = new Map<string, ActorGroup>();
  for (const note of notes) {
    if (note.subject === 'actor' && note.actorKey) {
      let group = actors.get(note.actorKey);
      if (!group) {
        group = { type: 'actor', key: `actor:${note.actorKey}`, actorKey: note.actorKey, actorName: '', notes: [] };
        actors.set(note.actorKey, group);
      }
      group.notes.push(note);
    } else {
      let group = documents.get(note.documentId);
      if (!group) {
        group = { type: 'document', key: `document:${note.documentId}`, document: documentOf(note.documentId), notes: [] };
        documents.set(note.documentId, group);
      }
      group.notes.push(note);
    }
  }
  for (const group of actors.values()) {
    group.notes.sort(newestFirst);
    group.actorName = group.notes.find((n) => n.actorName)?.actorName ?? group.actorKey;
  }
  for (const group of documents.values()) group.notes.sort(order === 'newest' ? newestFirst : textOrder);
  if (order === 'newest') {
    return [...documents.values(), ...actors.values()].sort((a, b) => newestOf(b) - newestOf(a) || a.key.localeCompare(b.key));
  }
  return [
    ...[...documents.values()].sort(byPublication),
    ...[...actors.values()].sort((a, b) => titleOf(a).localeCompare(titleOf(b), 'nl') || a.key.localeCompare(b.key)),
  ];
}

/** The rows of the groups' notes that `keep` keeps, each group headed by its row; empty groups left out. */
export function rowsOf(groups: readonly NoteGroup[], keep: (note: Note) => boolean): LibraryRow[] {
  const rows: LibraryRow[] = [];
  for (const group of groups) {
    let heading: (LibraryRow & { type: 'group' }) | null = null;
    for (const note of group.notes) {
      if (!keep(note)) continue;
      if (!heading) {
        heading = { type: 'group', key: group.key, group, shown: 0 };
        rows.push(heading);
      }
      heading.shown += 1;
      rows.push({ type: 'note', key: `note:${note.id}`, note, group });
    }
  }
  return rows;
}
