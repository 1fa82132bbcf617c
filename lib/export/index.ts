/**
 * Export and import of the reader's notes: the one entry point the library page, the panel and
 * the popup use, so they need not know how the formats are made.
 *
 * Export: `exportFile(format, notes, documentsById(documents), { now, drafts?, settings? })`
 * gives `{ fileName, mimeType, content }`; each format also has its own pure function.
 * Import: `readImportFile(file)` (or `parseImport(text)`, which parses and validates) →
 * `previewImport(db, parsed)` → `applyImport(db, preview)`; each step answers in words and never throws.
 */
export { documentsById, type DocumentsById, type ExportOptions } from './export-input';
export { exportFile, exportFileName, exportMimeType, EXPORT_FORMATS, type ExportFormat, type ExportedFile } from './export-file';
export { toMarkdown } from './markdown';
export { toCsv, BOM, TAG_SEPARATOR, unguardCell, type CsvOptions, type CsvSeparator } from './csv';
export { toWebAnnotation, toAnnotationCollection, type AnnotationCollection, type WebAnnotation } from './web-annotation';
export { actorIri, ANNO_CONTEXT, ANNO_MIME } from './web-annotation-terms';
export { toBackup, toBackupObject, BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupOptions } from './backup';
export { SETTINGS_KEYS, settingsFromStorage, type BackupSettings } from './settings';
export { parseImport, readImportFile, MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS, type ParseOptions } from './import-parse';
export {
  MAX_INVALID_KEPT,
  type ImportKind,
  type InvalidRecord,
  type ParsedImport,
  type ParseOutcome,
  type RecordKind,
} from './import-validate';
export { previewImport, replacedLabel, summaryOf, type ImportPreview, type MergeCounts, type PreviewOutcome } from './import-preview';
export { formatCount } from './format-count';
export { applyImport, type ApplyOutcome, type ImportChanges } from './import-apply';
