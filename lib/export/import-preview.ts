/**
 * The second step of an import: what it would do to the reader's database — how many notes are
 * new, updated, unchanged, invalid, duplicated — read in one read-only transaction and written
 * nowhere. The reader confirms (or not) from these counts.
 */
import type { KantlijnDb } from '@/lib/store/db';
import { msg } from '@/lib/ui/words';
import type { ImportPreview, ParsedImport } from './import-types';
import { combineDocuments, mergeRecords } from './merge';

/** The outcome of a preview: the preview, or why the database could not be read. */
export type PreviewOutcome = { ok: true; preview: ImportPreview } | { ok: false; error: string };

/** Compares a parsed file with the database. Never throws, never writes. */
export async function previewImport(db: KantlijnDb, parsed: ParsedImport): Promise<PreviewOutcome> {
  try {
    const [notes, documents, drafts] = await db.transaction('r', db.notes, db.documents, db.drafts, () =>
      Promise.all([
        db.notes.bulkGet(parsed.notes.map((note) => note.id)),
        db.documents.bulkGet(parsed.documents.map((document) => document.id)),
        db.drafts.bulkGet(parsed.drafts.map((draft) => draft.key)),
      ]),
    );
    const mergedNotes = mergeRecords(parsed.notes, notes, (note) => note.updated);
    const mergedDocuments = mergeRecords(parsed.documents, documents, (document) => document.lastSeen, combineDocuments);
    const mergedDrafts = mergeRecords(parsed.drafts, drafts, (draft) => draft.updated);
    const invalidOf = (...kinds: string[]) => parsed.invalid.filter((record) => kinds.includes(record.kind)).length;
    return {
      ok: true,
      preview: {
        kind: parsed.kind,
        notes: { ...mergedNotes.counts, invalid: invalidOf('note', 'annotation'), duplicates: parsed.duplicates },
        documents: { ...mergedDocuments.counts, invalid: invalidOf('document') },
        drafts: { ...mergedDrafts.counts, invalid: invalidOf('draft') },
        invalid: parsed.invalid,
        settings: parsed.settings,
        writes: { notes: mergedNotes.writes, documents: mergedDocuments.writes, drafts: mergedDrafts.writes },
      },
    };
  } catch {
    return { ok: false, error: msg('importPreviewFailed') };
  }
}
