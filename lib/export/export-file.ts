/**
 * One call per format for the pages that offer "Exporteren": the file's name, its MIME type and
 * its text, ready for a `Blob` and a download started from the extension page.
 */
import type { Note } from '@/lib/notes/note';
import { toBackup, type BackupOptions } from './backup';
import { toCsv } from './csv';
import type { DocumentsById } from './export-input';
import { toMarkdown } from './markdown';
import { localDate } from './times';
import { ANNO_MIME } from './web-annotation-terms';
import { toWebAnnotation } from './web-annotation';

/**
 * The formats offered: "Markdown", "CSV" (commas), "CSV met puntkomma's" (for Excel in Dutch, which
 * splits on semicolons), "W3C Web Annotation", "Back-up".
 */
export type ExportFormat = 'markdown' | 'csv' | 'csv-semicolon' | 'web-annotation' | 'backup';

/** Every format, in the order the menu offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'csv', 'csv-semicolon', 'web-annotation', 'backup'];

/** A file to download. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

const MIME: Readonly<Record<ExportFormat, string>> = {
  markdown: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  'csv-semicolon': 'text/csv;charset=utf-8',
  'web-annotation': ANNO_MIME,
  backup: 'application/json',
};

/**
 * "kantlijn-notities-2026-11-27.md", "kantlijn-notities-puntkomma-2026-11-27.csv" (the name says
 * which separator), "kantlijn-backup-2026-11-27.json": the date is `now`'s local date.
 */
export function exportFileName(format: ExportFormat, now: Date): string {
  const day = localDate(now);
  switch (format) {
    case 'markdown':
      return `kantlijn-notities-${day}.md`;
    case 'csv':
      return `kantlijn-notities-${day}.csv`;
    case 'csv-semicolon':
      return `kantlijn-notities-puntkomma-${day}.csv`;
    case 'web-annotation':
      return `kantlijn-notities-${day}.jsonld`;
    case 'backup':
      return `kantlijn-backup-${day}.json`;
  }
}

/** The MIME type of a format (UTF-8 for the text formats). */
export function exportMimeType(format: ExportFormat): string {
  return MIME[format];
}

/**
 * The file for `notes` in `format`. `documents` are the documents by id (for a backup: every
 * document to keep); `options.drafts` and `options.settings` only go into a backup.
 */
export function exportFile(format: ExportFormat, notes: readonly Note[], documents: DocumentsById, options: BackupOptions): ExportedFile {
  return {
    fileName: exportFileName(format, options.now),
    mimeType: exportMimeType(format),
    content: exportContent(format, notes, documents, options),
  };
}

function exportContent(format: ExportFormat, notes: readonly Note[], documents: DocumentsById, options: BackupOptions): string {
  switch (format) {
    case 'markdown':
      return toMarkdown(notes, documents, options);
    case 'csv':
      return toCsv(notes, documents, options);
    case 'csv-semicolon':
      return toCsv(notes, documents, { ...options, separator: ';' });
    case 'web-annotation':
      return toWebAnnotation(notes, documents, options);
    case 'backup':
      return toBackup(notes, documents, options);
  }
}
