/**
 * The `notes` table: the reader's own notes (`lib/notes/note.ts`). Repository functions, so no
 * caller — the background's handler, the notes library, an import — writes Dexie queries of its
 * own. Every write checks the note against its schema and the store's rules (`record-guard.ts`:
 * an address on the site naming the note's publication) and runs in one transaction.
 */
import type { NotesChange } from '@/lib/model/records';
import type { Note } from '@/lib/notes/note';
import { checkNote } from '@/lib/notes/note-schema';
import type { KantlijnDb } from './db';
import { discardDraftsOfNote } from './drafts';
import { InvalidRecordError } from './invalid-record';
import { guardNote, mergeTime } from './record-guard';

/** What a publication page shows of the reader's notes. */
export interface PageNotes {
  /** The passage and event notes written in this publication, oldest first. */
  notes: Note[];
  /**
   * The actor notes on the actors the page mentions (written in any publication), plus the actor
   * notes written in this publication even if the page no longer finds their actor — so a note
   * never drops out of sight. Each once, last changed first.
   */
  actorNotes: Note[];
}

/**
 * The notes a page needs, in one read transaction: the `documentId` index for this document, and
 * the `actorKey` index for each of the actor keys. Rows are loaded only for matching notes.
 *
 * The actor keys are read one `equals` (one `getAll`) per key, all at once, rather than with
 * `anyOf`: Dexie walks `anyOf` with a cursor, one request per row and per jump between keys,
 * which made this the slowest part of a page's load (docs/performance.md). A page asks for
 * tens of keys, so tens of parallel `getAll`s are cheaper than a cursor over their rows.
 */
export async function notesForPage(db: KantlijnDb, documentId: string, actorKeys: readonly string[]): Promise<PageNotes> {
  return db.transaction('r', db.notes, async () => {
    const [here, ...onActors] = await Promise.all([
      db.notes.where('documentId').equals(documentId).toArray(),
      ...[...new Set(actorKeys)].map((key) => db.notes.where('actorKey').equals(key).toArray()),
    ]);
    const notes: Note[] = [];
    const actorNotes = new Map<string, Note>();
    for (const note of onActors.flat()) actorNotes.set(note.id, note);
    for (const note of here ?? []) {
      if (note.subject === 'actor') actorNotes.set(note.id, note);
      else notes.push(note);
    }
    return { notes: notes.sort(oldestFirst), actorNotes: [...actorNotes.values()].sort(newestFirst) };
  });
}

/** One note by id, or null. */
export async function getNote(db: KantlijnDb, id: string): Promise<Note | null> {
  return (await db.notes.get(id)) ?? null;
}

/** What `saveNote` wrote, and the record it replaced (null for a new note). */
export interface SavedNote {
  note: Note;
  previous: Note | null;
}

/**
 * Saves a new or changed note — also the undo of a delete, by saving the deleted record again.
 * Checks it against the note schema and the store's rules (throws `InvalidRecordError` with the
 * reasons), keeps the `created` of a note already stored (its `id` is the key; a new note's is
 * never later than `now`), sets `updated` to `now`, and forgets the draft of the same note, all in
 * one transaction.
 */
export async function saveNote(db: KantlijnDb, note: Note, now: number = Date.now()): Promise<SavedNote> {
  const checked = checkNote(note);
  if (!checked.ok) throw new InvalidRecordError('note', checked.reasons);
  const guarded = guardNote(checked.value, null);
  if (!guarded.ok) throw new InvalidRecordError('note', guarded.reasons);
  const valid = guarded.value;
  return db.transaction('rw', db.notes, db.drafts, async () => {
    const previous = (await db.notes.get(valid.id)) ?? null;
    const record: Note = { ...valid, created: previous?.created ?? Math.min(valid.created, now), updated: now };
    await db.notes.put(record);
    await discardDraftsOfNote(db, record.id);
    return { note: record, previous };
  });
}

/** Deletes a note; answers the deleted record (null when there was none), so it can be undone. */
export async function deleteNote(db: KantlijnDb, id: string): Promise<Note | null> {
  return db.transaction('rw', db.notes, db.drafts, async () => {
    const known = (await db.notes.get(id)) ?? null;
    if (known) await db.notes.delete(id);
    // An editor's draft of a deleted note would bring it back on the next visit.
    await discardDraftsOfNote(db, id);
    return known;
  });
}

/** A tag and on how many notes it is. */
export interface TagCount {
  tag: string;
  count: number;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Every tag in use with its count, most used first (ties alphabetically), for completion in the
 * editor. Reads the `tags` multi-entry index only: its distinct keys, then a count per key — no
 * note rows.
 */
export async function tagCounts(db: KantlijnDb): Promise<TagCount[]> {
  return db.transaction('r', db.notes, async () => {
    const tags = (await db.notes.orderBy('tags').uniqueKeys()).filter((key): key is string => typeof key === 'string');
    const counts = await Promise.all(tags.map((tag) => db.notes.where('tags').equals(tag).count()));
    return tags
      .map((tag, i) => ({ tag, count: counts[i] ?? 0 }))
      .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  });
}

/** Every note, last changed first: the notes library and the exports. */
export function allNotes(db: KantlijnDb): Promise<Note[]> {
  return db.notes.orderBy('updated').reverse().toArray();
}

/** How many notes the reader has. */
export function countNotes(db: KantlijnDb): Promise<number> {
  return db.notes.count();
}

/** What `mergeNotes` did. */
export interface MergeOutcome {
  /** Notes that were not stored before. */
  added: number;
  /** Stored notes replaced by a newer `updated`. */
  replaced: number;
  /** Incoming notes not newer than the stored one: the stored note was kept. */
  kept: number;
  /** The documents and actors whose notes changed, to announce to open tabs. */
  change: NotesChange;
}

/**
 * Merges notes from an import or a back-up: a note whose id is new is added; one already stored
 * replaces it only when its `updated` is newer (DESIGN: the newer wins; a stored time out of
 * bounds counts as older than any). Timestamps are kept as given. All notes are checked first,
 * times too (between 1990 and a day past `now`); if any fails, nothing is written and
 * `InvalidRecordError` says which (by position) and why. One transaction.
 */
export async function mergeNotes(db: KantlijnDb, incoming: readonly Note[], now: number = Date.now()): Promise<MergeOutcome> {
  const notes: Note[] = [];
  const reasons: string[] = [];
  incoming.forEach((candidate, i) => {
    const checked = checkNote(candidate);
    const guarded = checked.ok ? guardNote(checked.value, now) : checked;
    if (guarded.ok) notes.push(guarded.value);
    else for (const reason of guarded.reasons) reasons.push(`${i}: ${reason}`);
  });
  if (reasons.length > 0) throw new InvalidRecordError('note', reasons);
  return db.transaction('rw', db.notes, async () => {
    const newest = new Map<string, Note>();
    for (const note of notes) {
      const seen = newest.get(note.id);
      if (!seen || note.updated > seen.updated) newest.set(note.id, note);
    }
    const ids = [...newest.keys()];
    const stored = await db.notes.bulkGet(ids);
    const writes: Note[] = [];
    const replacedRecords: Note[] = [];
    ids.forEach((id, i) => {
      const note = newest.get(id) as Note;
      const known = stored[i];
      if (known && note.updated <= mergeTime(known.updated, now)) return;
      if (known) replacedRecords.push(known);
      writes.push(note);
    });
    await db.notes.bulkPut(writes);
    const replaced = replacedRecords.length;
    return {
      added: writes.length - replaced,
      replaced,
      kept: notes.length - writes.length,
      change: changeOfAll(writes.concat(replacedRecords)),
    };
  });
}

/** The documents and actors touched by these notes (each once), for `notes-changed`. */
export function changeOf(...notes: ReadonlyArray<Note | null | undefined>): NotesChange {
  return changeOfAll(notes);
}

/** `changeOf` for a list of any length: a spread of many notes into a call would throw. */
export function changeOfAll(notes: Iterable<Note | null | undefined>): NotesChange {
  const documentIds = new Set<string>();
  const actorKeys = new Set<string>();
  for (const note of notes) {
    if (!note) continue;
    documentIds.add(note.documentId);
    if (note.actorKey !== null) actorKeys.add(note.actorKey);
  }
  return { documentIds: [...documentIds], actorKeys: [...actorKeys] };
}

function oldestFirst(a: Note, b: Note): number {
  return a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function newestFirst(a: Note, b: Note): number {
  return b.updated - a.updated || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
