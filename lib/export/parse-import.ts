/**
 * The first step of an import: the file's text → a checked `ParsedImport`, or one sentence saying
 * why the file cannot be imported at all (too large, not JSON, JSON of another shape, a backup of a
 * newer version). Never throws, never touches the database: the reader sees the outcome in a
 * preview before anything is written.
 *
 * Freezes: the size is checked before the file is read or parsed; `JSON.parse` of a file under the
 * limit is one short step; the records are checked in slices that yield (`slices.ts`). The whole
 * step needs no DOM, so a page may also run it in a worker.
 */
import { msg } from '@/lib/ui/words';
import { BACKUP_FORMAT } from './backup';
import type { ParseOutcome } from './import-types';
import { parseBackup } from './parse-backup';
import { annotationsOf, parseAnnotations } from './parse-web-annotation';
import type { SliceOptions } from './slices';

/** The largest file an import reads: 50 MB (a backup of 10,000 notes is a few MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Options of an import's first step. */
export interface ParseOptions extends SliceOptions {
  /** The size limit in bytes (default `MAX_IMPORT_BYTES`). */
  maxBytes?: number;
}

/** Reads a chosen file: refused by its size before it is read, then `parseImport`. */
export async function readImportFile(file: Blob, options: ParseOptions = {}): Promise<ParseOutcome> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (file.size > maxBytes) return tooLarge(file.size, maxBytes);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: msg('importUnreadable') };
  }
  return parseImport(text, options);
}

/** Parses and checks the text of a backup or a W3C Web Annotation file. */
export async function parseImport(text: string, options: ParseOptions = {}): Promise<ParseOutcome> {
  try {
    const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
    // UTF-16 length ≤ UTF-8 size, so a text longer than the limit is certainly over it.
    if (text.length > maxBytes) return tooLarge(text.length, maxBytes);
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      return { ok: false, error: msg('importNotJson') };
    }
    if (typeof data === 'object' && data !== null && !Array.isArray(data) && (data as Record<string, unknown>).format === BACKUP_FORMAT) {
      return await parseBackup(data as Record<string, unknown>, options);
    }
    const annotations = annotationsOf(data);
    if (annotations === null) return { ok: false, error: msg('importWrongShape') };
    return { ok: true, parsed: await parseAnnotations(data, annotations, options) };
  } catch {
    return { ok: false, error: msg('importUnreadable') };
  }
}

function tooLarge(size: number, maxBytes: number): ParseOutcome {
  // Whole megabytes, the size rounded up: "51 MB" for a file just over a 50 MB limit.
  const mb = 1024 * 1024;
  return { ok: false, error: msg('importTooLarge', Math.ceil(size / mb), Math.max(1, Math.floor(maxBytes / mb))) };
}
