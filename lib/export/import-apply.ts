/**
 * The last step of an import, on the reader's confirmation: one read-write Dexie transaction over
 * notes, documents and drafts — all of it is written or, on any failure, none of it. Inside the
 * transaction the merge rule is applied again to what the database holds at that moment, so a
 * note the reader changed between preview and confirmation is not overwritten by an older one.
 * Settings live in `browser.storage.local`, not in the database: they are returned for the caller
 * to write.
 */
import type { KantlijnDb } from '@/lib/store/db';
import { msg } from '@/lib/ui/words';
import type { ApplyOutcome, ImportChanges, ImportPreview } from './import-types';
import { combineDocuments, mergeRecords } from './merge';

/** Writes a preview's records. Never throws; on failure nothing is written. */
export async function applyImport(db: KantlijnDb, preview: ImportPreview): Promise<ApplyOutcome> {
  const { writes } = preview;
  try {
    const changes = await db.transaction('rw', db.notes, db.documents, db.drafts, async (): Promise<ImportChanges> => {
      const [notes, documents, drafts] = await Promise.all([
        db.notes.bulkGet(writes.notes.map((note) => note.id)),
        db.documents.bulkGet(writes.documents.map((document) => document.id)),
        db.drafts.bulkGet(writes.drafts.map((draft) => draft.key)),
      ]);
      const noteWrites = mergeRecords(writes.notes, notes, (note) => note.updated).writes;
      const documentWrites = mergeRecords(writes.documents, documents, (document) => document.lastSeen, combineDocuments).writes;
      const draftWrites = mergeRecords(writes.drafts, drafts, (draft) => draft.updated).writes;
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
