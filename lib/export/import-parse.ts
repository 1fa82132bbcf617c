/**
 * Step 1 of an import, parse: the file's text → the records it holds, its format recognised (a
 * Kantlijn backup by its `format`, else W3C Web Annotation by its JSON-LD types, else a Hypothesis
 * export, search answer or annotation by its fields), or one sentence saying why the file
 * cannot be imported at all (too large, not JSON, JSON of another shape, a backup of a newer
 * version). The records go on to step 2 (`import-validate.ts`) before this step answers. Never
 * throws, never touches the database: the reader sees the outcome in a preview before anything is
 * written.
 *
 * Freezes: the size is checked before the file is read or parsed; `JSON.parse` of a file under the
 * limit is one short step; a list longer than `MAX_IMPORT_ITEMS` is refused before any item of it
 * is checked; the records are checked in slices that yield (`slices.ts`). The whole step needs no
 * DOM, so a page may also run it in a worker.
 */
import { msg } from '@/lib/ui/words';
import { formatCount } from './format-count';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup';
import { hypothesisFileOf } from './hypothesis-shape';
import { validateBackup, type ParseOutcome, type ValidateOptions } from './import-validate';
import { parseHypothesis } from './parse-hypothesis';
import { annotationsOf, parseAnnotations } from './parse-web-annotation';

/** The largest file an import reads: 50 MB (a backup of 10,000 notes is a few MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * The most items one list of a file may hold (notes, documents, drafts or annotations): ten times
 * a large library, while 50 MB of `[0,0,…]` would otherwise be 25 million items to check.
 */
export const MAX_IMPORT_ITEMS = 100_000;

/** Options of an import's first step, so a caller (or a test) can set the limits, the slicing and the time. */
export interface ParseOptions extends ValidateOptions {
  /** The size limit in bytes (default `MAX_IMPORT_BYTES`). */
  maxBytes?: number;
  /** The most items per list (default `MAX_IMPORT_ITEMS`). */
  maxItems?: number;
}

/** Reads a chosen file: refused by its size before it is read, so a huge file never reaches memory; then `parseImport`. */
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

/** Parses and checks the text of a backup, a W3C Web Annotation file or a Hypothesis file: the one entry for text already in memory. */
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
    if (annotations === null) return await parseOtherTool(data, options);
    const tooMany = tooManyItems([annotations], options);
    if (tooMany) return tooMany;
    return { ok: true, parsed: await parseAnnotations(data, annotations, options) };
  } catch {
    return { ok: false, error: msg('importUnreadable') };
  }
}

/**
 * A Kantlijn backup (`backup.ts`): its version first — a newer one is refused in words, never
 * half-read — then its lists, each of which must be a list when present.
 */
async function parseBackup(data: Readonly<Record<string, unknown>>, options: ParseOptions): Promise<ParseOutcome> {
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: msg('importWrongShape') };
  if (version > BACKUP_VERSION) return { ok: false, error: msg('importNewerVersion', version, BACKUP_VERSION) };
  const notes = listOf(data.notes);
  const documents = data.documents === undefined ? [] : listOf(data.documents);
  const drafts = data.drafts === undefined ? [] : listOf(data.drafts);
  if (!notes || !documents || !drafts) return { ok: false, error: msg('importWrongShape') };
  const tooMany = tooManyItems([notes, documents, drafts], options);
  if (tooMany) return tooMany;
  return { ok: true, parsed: await validateBackup({ notes, documents, drafts, settings: data.settings }, options) };
}

/** A file of another tool (Hypothesis), or the refusal of JSON that is no format Kantlijn reads. */
async function parseOtherTool(data: unknown, options: ParseOptions): Promise<ParseOutcome> {
  const hypothesis = hypothesisFileOf(data);
  if (hypothesis === null) return { ok: false, error: msg('importWrongShape') };
  const tooMany = tooManyItems([hypothesis.annotations], options);
  if (tooMany) return tooMany;
  return { ok: true, parsed: await parseHypothesis(hypothesis, options) };
}

function listOf(value: unknown): readonly unknown[] | null {
  return Array.isArray(value) ? value : null;
}

/** The refusal of a file with a list longer than the limit, before any of its items is checked; null when none is. */
function tooManyItems(lists: ReadonlyArray<readonly unknown[]>, options: ParseOptions): ParseOutcome | null {
  const maxItems = options.maxItems ?? MAX_IMPORT_ITEMS;
  let longest = 0;
  for (const list of lists) longest = Math.max(longest, list.length);
  return longest > maxItems ? { ok: false, error: msg('importTooManyItems', formatCount(longest), formatCount(maxItems)) } : null;
}

function tooLarge(size: number, maxBytes: number): ParseOutcome {
  // Whole megabytes, the size rounded up: "51 MB" for a file just over a 50 MB limit.
  const mb = 1024 * 1024;
  return { ok: false, error: msg('importTooLarge', Math.ceil(size / mb), Math.max(1, Math.floor(maxBytes / mb))) };
}
