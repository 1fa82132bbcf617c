/**
 * The shapes that pass between the import's steps — parse → preview → apply — so the library page
 * can show each step's outcome and the steps can be tested one by one.
 */
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note, NoteDraft } from '@/lib/notes/note';
import type { BackupSettings } from './settings';

/** What a file turned out to be. */
export type ImportKind = 'backup' | 'web-annotation';

/** The kind of record a problem is about. */
export type RecordKind = 'note' | 'document' | 'draft' | 'annotation' | 'settings';

/** One record that cannot be imported: where it is in the file and why not, in words. */
export interface InvalidRecord {
  kind: RecordKind;
  /** Position in its list in the file, from 0 (the message counts from 1). */
  index: number;
  /** The record's own id when it has a readable one. */
  id: string | null;
  /** The reasons, each in words ("‘text’ ontbreekt"). */
  reasons: string[];
  /** One sentence for the reader: "Notitie 3: ‘text’ ontbreekt". */
  message: string;
}

/** A file read and checked: the valid records (each id once), the invalid ones, the duplicates. */
export interface ParsedImport {
  kind: ImportKind;
  notes: Note[];
  documents: DocumentRecord[];
  drafts: NoteDraft[];
  /** Settings from a backup; null when the file has none (or they were invalid). */
  settings: BackupSettings | null;
  invalid: InvalidRecord[];
  /** Records whose id came earlier in the same file: counted, kept once (the newest). */
  duplicates: number;
}

/** The outcome of parsing: the checked file, or why it cannot be imported at all. */
export type ParseOutcome = { ok: true; parsed: ParsedImport } | { ok: false; error: string };

/** Counts for one kind of record in a preview. */
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
  writes: { notes: Note[]; documents: DocumentRecord[]; drafts: NoteDraft[] };
}

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

/** The outcome of applying: what changed, or why nothing did. */
export type ApplyOutcome = { ok: true; changes: ImportChanges } | { ok: false; error: string };
