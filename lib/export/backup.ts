/**
 * The backup: everything the reader has, lossless, in the one format import reads back. Versioned:
 * `version` says which shape of the format the file has, so a later Kantlijn can read an older
 * backup (by converting it) and an older Kantlijn refuses a newer one in words instead of
 * misreading it. Notes on actors are notes with subject 'actor'. Records are written as the
 * import will accept them again (`exportable.ts`).
 */
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note, NoteDraft } from '@/lib/notes/note';
import type { DocumentsById, ExportOptions } from './export-input';
import { exportableDocument, exportableDraft, exportableNote } from './exportable';
import type { BackupSettings } from './settings';
import { isoTime } from './times';

/** The value of `format` that marks a Kantlijn backup. */
export const BACKUP_FORMAT = 'kantlijn-backup';

/** The newest backup version this code writes and reads. Raise it when the shape changes. */
export const BACKUP_VERSION = 1;

/** A backup file, version 1. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  notes: Note[];
  /** Notes being written and not yet saved; left out when there are none to keep. */
  drafts?: NoteDraft[];
  /** The documents the reader has opened. */
  documents: DocumentRecord[];
  settings: BackupSettings;
}

/** What a backup holds besides the notes and documents. */
export interface BackupOptions extends ExportOptions {
  drafts?: readonly NoteDraft[];
  settings?: BackupSettings;
}

/** The backup as an object. Every document of `documents` is kept, not only those with notes. */
export function toBackupObject(notes: readonly Note[], documents: DocumentsById, options: BackupOptions): Backup {
  const now = options.now.getTime();
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: isoTime(now),
    notes: notes.map((note) => exportableNote(note, now)),
    documents: Array.from(documents.values(), (document) => exportableDocument(document, now)),
    settings: { ...(options.settings ?? {}) },
  };
  if (options.drafts && options.drafts.length > 0) backup.drafts = options.drafts.map((draft) => exportableDraft(draft, now));
  return backup;
}

/**
 * The backup as JSON text: one record per line (short enough to read and compare, far smaller
 * than indented JSON for a large library).
 */
export function toBackup(notes: readonly Note[], documents: DocumentsById, options: BackupOptions): string {
  const backup = toBackupObject(notes, documents, options);
  const list = (records: readonly unknown[]) =>
    records.length === 0 ? '[]' : `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]`;
  const parts = [
    `"format":${JSON.stringify(backup.format)}`,
    `"version":${backup.version}`,
    `"exportedAt":${JSON.stringify(backup.exportedAt)}`,
    `"notes":${list(backup.notes)}`,
    ...(backup.drafts ? [`"drafts":${list(backup.drafts)}`] : []),
    `"documents":${list(backup.documents)}`,
    `"settings":${JSON.stringify(backup.settings)}`,
  ];
  return `{\n${parts.join(',\n')}\n}\n`;
}
