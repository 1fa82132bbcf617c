/**
 * Step 3 of an import, preview: what it would do to the reader's database — how many notes are
 * new, updated, unchanged, invalid, duplicated, and which of the reader's notes it would replace —
 * read in one read-only transaction and written nowhere. The reader confirms (or not) from these.
 *
 * The merge rule, here as pure functions and applied again by step 4 (`import-apply.ts`): records
 * are matched by id; a record the reader does not have is new; one whose time (`updated` for notes
 * and drafts, `lastSeen` for documents) is newer than the reader's replaces it; an older or equally
 * old one leaves the reader's as it is. A stored time out of bounds (`record-guard.ts`) counts as
 * older than any, so it never holds off a real record. Nothing is ever deleted: records the reader
 * has and the file lacks are not touched.
 */
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note, NoteDraft } from '@/lib/notes/note';
import type { KantlijnDb } from '@/lib/store/db';
import { EARLIEST_TIME, mergeTime } from '@/lib/store/record-guard';
import { countWords, msg, type WordKey } from '@/lib/ui/words';
import type { ImportFormat, ImportKind, InvalidRecord, ParsedImport } from './import-validate';
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
  /** The file's format in words ("Hypothesis-export, 42 notities, 3 op andere sites"), so the reader knows what was recognised. */
  format?: string;
  notes: MergeCounts & { invalid: number; duplicates: number };
  documents: MergeCounts & { invalid: number };
  drafts: MergeCounts & { invalid: number };
  /** The first invalid records (notes, documents, drafts, annotations, settings) with their reasons. */
  invalid: InvalidRecord[];
  /** How many more invalid records the file has than `invalid` lists. */
  invalidMore: number;
  /** The reader's notes the import would overwrite with a newer version, as they are now, so the preview can name them. */
  replaced: Note[];
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

/** Compares a parsed file with the database (`now` as the merge's present). Never throws, never writes. */
export async function previewImport(db: KantlijnDb, parsed: ParsedImport, now: number = Date.now()): Promise<PreviewOutcome> {
  try {
    const merged = await db.transaction('r', db.notes, db.documents, db.drafts, () => mergeWithStored(db, parsed, now));
    const counts = parsed.invalidCounts;
    const total = counts.note + counts.annotation + counts.document + counts.draft + counts.settings;
    return {
      ok: true,
      preview: {
        kind: parsed.kind,
        format: formatLine(parsed),
        notes: { ...merged.notes.counts, invalid: counts.note + counts.annotation, duplicates: parsed.duplicates },
        documents: { ...merged.documents.counts, invalid: counts.document },
        drafts: { ...merged.drafts.counts, invalid: counts.draft },
        invalid: parsed.invalid,
        invalidMore: Math.max(0, total - parsed.invalid.length),
        replaced: merged.notes.replaced,
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
  return counts.duplicates > 0 ? `${summary}. ${countWords('importDuplicates', counts.duplicates)}` : summary;
}

const FORMAT_WORDS: Readonly<Record<ImportKind | ImportFormat, WordKey>> = {
  backup: 'importFormatBackup',
  'web-annotation': 'importFormatWebAnnotation',
  hypothesis: 'importFormatHypothesisAnnotations',
  'hypothesis-export': 'importFormatHypothesisExport',
  'hypothesis-search': 'importFormatHypothesisSearch',
  'hypothesis-annotations': 'importFormatHypothesisAnnotations',
};

/**
 * The format of a parsed file in words: its name, and for another tool's file how many items it
 * held and how many were on other sites ("Hypothesis-export, 42 notities, 3 op andere sites"), so
 * a reader who brings a general tool's notes sees at once why most of them are not imported.
 */
export function formatLine(parsed: Pick<ParsedImport, 'kind' | 'source'>): string {
  const { source } = parsed;
  if (!source) return msg(FORMAT_WORDS[parsed.kind]);
  const parts = [msg(FORMAT_WORDS[source.format])];
  parts.push(countWords('libraryCount', source.items));
  if (source.otherSites > 0) {
    parts.push(countWords('importOtherSites', source.otherSites));
  }
  return parts.join(', ');
}

/** The merge of one kind of record: its counts, the records to write and the stored ones they replace. */
export interface Merged<T> {
  counts: MergeCounts;
  writes: T[];
  /** The stored records an update overwrites, as they are now. */
  replaced: T[];
}

/**
 * How a preview names a note it would replace: "‘quoted words’ in Title" or "Notitie bij Name in
 * Title", the words cut at 80 characters, so the reader knows which of their notes are at stake.
 */
export function replacedLabel(note: Note): string {
  const publication = short(note.documentTitle ?? note.documentId);
  if (note.subject === 'actor') return msg('libraryImportReplacedActor', short(note.actorName ?? note.actorKey ?? ''), publication);
  return msg('libraryImportReplacedPassage', short(note.selectors?.quote.exact ?? note.text), publication);
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
}

/**
 * The merge of `incoming` over what the database holds now, store by store; called inside the
 * caller's transaction over notes, documents and drafts, so preview and apply read alike. `now`
 * bounds the stored times (see the file comment).
 */
export async function mergeWithStored(
  db: KantlijnDb,
  incoming: ImportRecords,
  now: number = Date.now(),
): Promise<{ notes: Merged<Note>; documents: Merged<DocumentRecord>; drafts: Merged<NoteDraft> }> {
  const [notes, documents, drafts] = await Promise.all([
    db.notes.bulkGet(incoming.notes.map((note) => note.id)),
    db.documents.bulkGet(incoming.documents.map((document) => document.id)),
    db.drafts.bulkGet(incoming.drafts.map((draft) => draft.key)),
  ]);
  return {
    notes: mergeRecords(incoming.notes, notes, (note) => note.updated, now),
    documents: mergeRecords(incoming.documents, documents, (document) => document.lastSeen, now, combineDocuments),
    drafts: mergeRecords(incoming.drafts, drafts, (draft) => draft.updated, now),
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
  now: number,
  combine: (incoming: T, existing: T) => T = (record) => record,
): Merged<T> {
  const counts: MergeCounts = { new: 0, updated: 0, unchanged: 0 };
  const writes: T[] = [];
  const replaced: T[] = [];
  incoming.forEach((record, i) => {
    const current = existing[i];
    if (current === undefined) {
      counts.new++;
      writes.push(record);
    } else if (timeOf(record) > mergeTime(timeOf(current), now)) {
      counts.updated++;
      writes.push(combine(record, current));
      replaced.push(current);
    } else counts.unchanged++;
  });
  return { counts, writes, replaced };
}

/** A newer document record over the reader's: its fields, but the earlier of the two first visits (a real one). */
function combineDocuments(incoming: DocumentRecord, existing: DocumentRecord): DocumentRecord {
  const firstSeen = existing.firstSeen >= EARLIEST_TIME ? Math.min(incoming.firstSeen, existing.firstSeen) : incoming.firstSeen;
  return { ...incoming, firstSeen };
}
