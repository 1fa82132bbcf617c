/**
 * Where the library page gets and sends its notes, as one interface: the extension page reads the
 * database itself, writes single notes through the background (so open tabs hear of every change)
 * and imports in one transaction of its own; the unit tests pass an in-memory source. Every
 * answer says failure in words instead of throwing.
 */
import type { BackupSettings, ImportChanges, ImportPreview } from '@/lib/export';
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note, NoteDraft } from '@/lib/notes/note';

/** A value, or why there is none, in the reader's words. */
export type SourceAnswer<T> = { ok: true; value: T } | { ok: false; error: string };

/** Everything the library lists. */
export interface LibraryData {
  notes: Note[];
  documents: DocumentRecord[];
}

/** What a backup keeps besides notes and documents. */
export interface BackupExtras {
  drafts: NoteDraft[];
  settings: BackupSettings;
}

/** The library's reads and writes. */
export interface LibrarySource {
  /** Every note and every document record. */
  load(): Promise<SourceAnswer<LibraryData>>;
  /** Saves a changed (or deleted, to undo) note; answers it as stored (with its new `updated`). */
  save(note: Note): Promise<SourceAnswer<Note>>;
  /** Deletes a note; answers the deleted record (null when there was none) for undo. */
  remove(id: string): Promise<SourceAnswer<Note | null>>;
  /** The drafts and settings a backup carries. */
  backupExtras(): Promise<SourceAnswer<BackupExtras>>;
  /** Reads and checks a chosen file and compares it with the database; writes nothing. */
  previewImport(file: Blob): Promise<SourceAnswer<ImportPreview>>;
  /** Writes a previewed import (all or nothing) and tells open tabs what changed. */
  applyImport(preview: ImportPreview): Promise<SourceAnswer<ImportChanges>>;
}
