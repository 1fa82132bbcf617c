/**
 * Step 3 of an import, preview: what it would do to the reader's database — how many notes are
 * new, updated, unchanged, invalid, duplicated — read in one read-only transaction and written
 * nowhere. The reader confirms (or not) from these counts.
 *
 * The merge rule, here as pure functions and applied again by step 4 (`import-apply.ts`): records
 * are matched by id; a record the reader does not have is new; one whose time (`updated` for notes
 * and drafts, `lastSeen` for documents) is newer than the reader's replaces it; an older or equally
 * old one leaves the reader's as it is. Nothing is ever deleted: records the reader has and the file
 * lacks are not touched.
 */
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note, NoteDraft } from '@/lib/notes/note';
import type { KantlijnDb } from '@/lib/store/db';
import { msg } from '@/lib/ui/words';
import type { ImportKind, InvalidRecord, ParsedImport } from './import-validate';
import type { BackupSettings } from './settings';

/** Counts for one kind of record in a preview, so the reader sees what would change before it does. */
export interface MergeCounts {
  new: number;
  updated: number;
  unchanged: number;
}

/** What an import would do; shown to the reader before anything is written. */
export interface ImportPreview {
  kind: ImportKind;
  notes: MergeCounts & { invalid: number; duplicates: number };
  documents: MergeCounts & { invalid: number };
  drafts: MergeCounts & { invalid: number };
  /** Every invalid record (notes, documents, drafts, annotations, settings). */
  invalid: InvalidRecord[];
  settings: BackupSettings | null;
  /** The records to write (new and updated ones): `applyImport` checks them again in its transaction. */
  writes: ImportRecords;
}

/** The notes, documents and drafts of an import, the three stores a preview reads and an apply writes. */
export interface ImportRecords {
  notes: Note[];
  documents: DocumentRecord[];
  drafts: NoteDraft[];
}

/** The outcome of a preview: the preview, or why the database could not be read. */
export type PreviewOutcome = { ok: true; preview: ImportPreview } | { ok: false; error: string };

/** Compares a parsed file with the database. Never throws, never writes. */
export async function previewImport(db: KantlijnDb, parsed: ParsedImport): Promise<PreviewOutcome> {
  try {
    const merged = await db.transaction('r', db.notes, db.documents, db.drafts, () => mergeWithStored(db, parsed));
    const invalidOf = (...kinds: string[]) => parsed.invalid.filter((record) => kinds.includes(record.kind)).length;
    return {
      ok: true,
      preview: {
        kind: parsed.kind,
        notes: { ...merged.notes.counts, invalid: invalidOf('note', 'annotation'), duplicates: parsed.duplicates },
        documents: { ...merged.documents.counts, invalid: invalidOf('document') },
        drafts: { ...merged.drafts.counts, invalid: invalidOf('draft') },
        invalid: parsed.invalid,
        settings: parsed.settings,
        writes: { notes: merged.notes.writes, documents: merged.documents.writes, drafts: merged.drafts.writes },
      },
    };
  } catch {
    return { ok: false, error: msg('importPreviewFailed') };
  }
}

/** "12 nieuw, 3 bijgewerkt, 40 ongewijzigd, 2 ongeldig" for a preview's note counts: the line the reader confirms. */
export function summaryOf(counts: { new: number; updated: number; unchanged: number; invalid: number; duplicates: number }): string {
  const summary = msg('importSummary', counts.new, counts.updated, counts.unchanged, counts.invalid);
  return counts.duplicates > 0 ? `${summary}. ${msg('importDuplicates', counts.duplicates)}` : summary;
}

/** The merge of one kind of record: its counts and the records to write. */
export interface Merged<T> {
  counts: MergeCounts;
  writes: T[];
}

/**
 * The merge of `incoming` over what the database holds now, store by store; called inside the
 * caller's transaction over notes, documents and drafts, so preview and apply read alike.
 */
export async function mergeWithStored(
  db: KantlijnDb,
  incoming: ImportRecords,
): Promise<{ notes: Merged<Note>; documents: Merged<DocumentRecord>; drafts: Merged<NoteDraft> }> {
  const [notes, documents, drafts] = await Promise.all([
    db.notes.bulkGet(incoming.notes.map((note) => note.id)),
    db.documents.bulkGet(incoming.documents.map((document) => document.id)),
    db.drafts.bulkGet(incoming.drafts.map((draft) => draft.key)),
  ]);
  return {
    notes: mergeRecords(incoming.notes, notes, (note) => note.updated),
    documents: mergeRecords(incoming.documents, documents, (document) => document.lastSeen, combineDocuments),
    drafts: mergeRecords(incoming.drafts, drafts, (draft) => draft.updated),
  };
}

/**
 * Merges `incoming` over `existing` (the reader's records, in the same order, undefined where
 * missing). `combine` makes the record to write from the incoming and the reader's one.
 */
function mergeRecords<T>(
  incoming: readonly T[],
  existing: readonly (T | undefined)[],
  timeOf: (record: T) => number,
  combine: (incoming: T, existing: T) => T = (record) => record,
): Merged<T> {
  const counts: MergeCounts = { new: 0, updated: 0, unchanged: 0 };
  const writes: T[] = [];
  incoming.forEach((record, i) => {
    const current = existing[i];
    if (current === undefined) {
      counts.new++;
      writes.push(record);
    } else if (timeOf(record) > timeOf(current)) {
      counts.updated++;
      writes.push(combine(record, current));
    } else counts.unchanged++;
  });
  return { counts, writes };
}

/** A newer document record over the reader's: its fields, but the earlier of the two first visits. */
function combineDocuments(incoming: DocumentRecord, existing: DocumentRecord): DocumentRecord {
  return { ...incoming, firstSeen: Math.min(incoming.firstSeen, existing.firstSeen) };
}
