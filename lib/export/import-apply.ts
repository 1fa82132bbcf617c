/**
 * Step 4 of an import, apply, on the reader's confirmation: one read-write Dexie transaction over
 * notes, documents and drafts — all of it is written or, on any failure, none of it. Inside the
 * transaction the merge rule is applied again to what the database holds at that moment, so a
 * note the reader changed between preview and confirmation is not overwritten by an older one.
 * Settings live in `browser.storage.local`, not in the database: they are returned for the caller
 * to write.
 */
import type { KantlijnDb } from '@/lib/store/db';
import { msg } from '@/lib/ui/words';
import { mergeWithStored, type ImportPreview } from './import-preview';
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

/** Writes a preview's records. Never throws; on failure nothing is written. */
export async function applyImport(db: KantlijnDb, preview: ImportPreview): Promise<ApplyOutcome> {
  try {
    const changes = await db.transaction('rw', db.notes, db.documents, db.drafts, async (): Promise<ImportChanges> => {
      const { notes, documents, drafts } = await mergeWithStored(db, preview.writes);
      const [noteWrites, documentWrites, draftWrites] = [notes.writes, documents.writes, drafts.writes];
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
