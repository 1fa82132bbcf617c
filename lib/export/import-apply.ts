/**
 * Step 4 of an import, apply, on the reader's confirmation: one read-write Dexie transaction over
 * notes, documents and drafts — all of it is written or, on any failure, none of it. Inside the
 * transaction the merge rule is applied again to what the database holds at that moment, so a
 * note the reader changed between preview and confirmation is not overwritten by an older one.
 * Settings live in `browser.storage.local`, not in the database: they are returned for the caller
 * to write. Every record is checked once more against the store's rules (`record-guard.ts`) before
 * the transaction, so a preview made or changed elsewhere cannot write a record the store refuses.
 */
import type { KantlijnDb } from '@/lib/store/db';
import { guardDocument, guardDraft, guardNote, type Guarded } from '@/lib/store/record-guard';
import { msg } from '@/lib/ui/words';
import { mergeWithStored, type ImportPreview, type ImportRecords } from './import-preview';
import type { BackupSettings } from './settings';

/** What an import changed, so the caller can tell open tabs and the reader. */
export interface ImportChanges {
  notes: number;
  documents: number;
  drafts: number;
  /** Documents whose notes or record changed. */
  documentIds: string[];
  /** Actors whose notes changed. */
  actorKeys: string[];
  /** Settings to write into `browser.storage.local` (null: none in the file). */
  settings: BackupSettings | null;
}

/** The outcome of applying: what changed, or why nothing did, so the caller never needs a catch. */
export type ApplyOutcome = { ok: true; changes: ImportChanges } | { ok: false; error: string };

/** Writes a preview's records (`now` as the merge's present). Never throws; on failure nothing is written. */
export async function applyImport(db: KantlijnDb, preview: ImportPreview, now: number = Date.now()): Promise<ApplyOutcome> {
  try {
    const notes = guardAll(preview.writes.notes, (note) => guardNote(note, now));
    const documents = guardAll(preview.writes.documents, (document) => guardDocument(document, now));
    const drafts = guardAll(preview.writes.drafts, (draft) => guardDraft(draft, now));
    if (!notes || !documents || !drafts) return { ok: false, error: msg('importWriteFailed') };
    const writes: ImportRecords = { notes, documents, drafts };
    const changes = await db.transaction('rw', db.notes, db.documents, db.drafts, async (): Promise<ImportChanges> => {
      const merged = await mergeWithStored(db, writes, now);
      const [noteWrites, documentWrites, draftWrites] = [merged.notes.writes, merged.documents.writes, merged.drafts.writes];
      await db.notes.bulkPut(noteWrites);
      await db.documents.bulkPut(documentWrites);
      await db.drafts.bulkPut(draftWrites);
      const documentIds = new Set([...noteWrites.map((note) => note.documentId), ...documentWrites.map((document) => document.id)]);
      const actorKeys = new Set(noteWrites.flatMap((note) => (note.actorKey === null ? [] : [note.actorKey])));
      return {
        notes: noteWrites.length,
        documents: documentWrites.length,
        drafts: draftWrites.length,
        documentIds: [...documentIds],
        actorKeys: [...actorKeys],
        settings: preview.settings,
      };
    });
    return { ok: true, changes };
  } catch {
    return { ok: false, error: msg('importWriteFailed') };
  }
}

/** The records as the store's rules leave them (an http address of the site made https); null when any is refused. */
function guardAll<T>(records: readonly T[], guard: (record: T) => Guarded<T>): T[] | null {
  const out: T[] = [];
  for (const record of records) {
    const guarded = guard(record);
    if (!guarded.ok) return null;
    out.push(guarded.value);
  }
  return out;
}
