/**
 * The `drafts` table: what an open editor holds and has not saved, kept by the background so a
 * page reload or an extension reload loses nothing typed (issue 5, "Bad input and faults").
 * One draft per `draftKeyOf(documentId, subject, about)`; it lives until the note is saved or the
 * editor cancelled. Repository functions, so no caller writes Dexie queries of its own.
 */
import type { NoteDraft } from '@/lib/notes/note';
import { checkDraft } from '@/lib/notes/note-schema';
import type { KantlijnDb } from './db';
import { InvalidRecordError } from './invalid-record';
import { guardDraft } from './record-guard';

/** The draft under `key`, or null when there is none. */
export async function getDraft(db: KantlijnDb, key: string): Promise<NoteDraft | null> {
  return (await db.drafts.get(key)) ?? null;
}

/**
 * Keeps a draft (replacing the one under the same key), stamped with `now`. Checks it against
 * the draft schema and the store's rules first and throws `InvalidRecordError` when it does not
 * fit: a draft is the note as typed so far, so it must already be a well-formed note (empty text is
 * allowed) at an address of its publication.
 */
export async function saveDraft(db: KantlijnDb, draft: NoteDraft, now: number = Date.now()): Promise<NoteDraft> {
  const checked = checkDraft(draft);
  if (!checked.ok) throw new InvalidRecordError('draft', checked.reasons);
  const guarded = guardDraft(checked.value, null);
  if (!guarded.ok) throw new InvalidRecordError('draft', guarded.reasons);
  const record: NoteDraft = { ...guarded.value, updated: now };
  await db.transaction('rw', db.drafts, () => db.drafts.put(record));
  return record;
}

/** Forgets the draft under `key`; tells whether there was one. */
export async function discardDraft(db: KantlijnDb, key: string): Promise<boolean> {
  return db.transaction('rw', db.drafts, async () => {
    const known = await db.drafts.get(key);
    if (!known) return false;
    await db.drafts.delete(key);
    return true;
  });
}

/**
 * Forgets every draft of the note with `id` (normally one): called when that note is saved.
 * Drafts have no index on the note id — there are only as many as editors left open — so this
 * reads the table. Joins the caller's transaction when there is one over `drafts`.
 */
export async function discardDraftsOfNote(db: KantlijnDb, id: string): Promise<number> {
  return db.drafts.filter((draft) => draft.note.id === id).delete();
}

/** How many drafts are kept (for the library's overview and for tests). */
export function countDrafts(db: KantlijnDb): Promise<number> {
  return db.drafts.count();
}
