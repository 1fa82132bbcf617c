/**
 * The CSV export: RFC 4180 (records end in CRLF; a field with a comma, a double quote or a line
 * break is quoted, its quotes doubled), UTF-8 with a byte-order mark so that Excel reads accents
 * right, a header row, one row per note.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some,
 * a tab or carriage return) as a formula — `=HYPERLINK(…)` in a note or a quoted passage would
 * become a live link or worse when the reader opens the file. Such cells get a leading `'`, which
 * spreadsheets read as "text" (OWASP's advice). A tool that reads the CSV as data sees the `'`;
 * `unguardCell` takes it off again.
 */
import type { Note } from '@/lib/notes/note';
import { msg } from '@/lib/ui/words';
import { titleOf, type DocumentsById, type ExportOptions } from './export-input';
import { isoTime } from './times';

/** The byte-order mark that starts the file (U+FEFF, written as EF BB BF in UTF-8). */
export const BOM = '\uFEFF';

/** How the tags of a note are joined in one cell. */
export const TAG_SEPARATOR = ', ';

/** The notes as CSV text, starting with the byte-order mark. `options` is taken for symmetry with the other formats. */
export function toCsv(notes: readonly Note[], documents: DocumentsById, _options?: ExportOptions): string {
  const rows: string[] = [row(header())];
  for (const note of notes) {
    const document = documents.get(note.documentId);
    rows.push(
      row([
        note.documentId,
        titleOf(note, documents) ?? '',
        document?.url ?? note.url,
        document?.date ?? '',
        note.selectors?.quote.exact ?? '',
        note.text,
        note.tags.join(TAG_SEPARATOR),
        isoTime(note.created),
        isoTime(note.updated),
        note.subject === 'actor' ? (note.actorName ?? note.actorKey ?? '') : '',
      ]),
    );
  }
  return `${BOM}${rows.join('\r\n')}\r\n`;
}

/** The column names, in the reader's language. */
export function header(): string[] {
  return [
    msg('exportColumnDocumentId'),
    msg('exportColumnTitle'),
    msg('exportColumnUrl'),
    msg('exportColumnDate'),
    msg('exportColumnQuote'),
    msg('exportColumnNote'),
    msg('exportColumnTags'),
    msg('exportColumnCreated'),
    msg('exportColumnUpdated'),
    msg('exportColumnActor'),
  ];
}

function row(cells: readonly string[]): string {
  return cells.map((cell) => csvField(guardCell(cell))).join(',');
}

/** One field of RFC 4180: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A cell a spreadsheet would run as a formula, made text with a leading `'` (see the file comment).
 * A cell that already starts with `'` before such a character gets one too, so `unguardCell` can
 * always tell the guard from the reader's own `'`.
 */
export function guardCell(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The cell as it was before `guardCell`, for tools that read the CSV back as data. */
export function unguardCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
