/**
 * The CSV export: RFC 4180 (records end in CRLF; a field with a separator, a double quote or a line
 * break is quoted, its quotes doubled), UTF-8 with a byte-order mark so that Excel reads accents
 * right, a header row, one row per note. The separator is a comma, or a semicolon for Excel in
 * Dutch, which splits a `.csv` on semicolons (the list separator of the Dutch regional settings).
 * The columns: the document's id, title, address and date, the passage, the note, its tags
 * (`joinTags`), created, updated, the actor, then the note's id, its kind and an event's date —
 * the last three after the older ones, so sheets built on the earlier columns still line up.
 *
 * Formula injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and,
 * in some, a tab, a carriage return or a NUL) as a formula — `=HYPERLINK(…)` in a note would become
 * a live link or worse when the reader opens the file. Such cells get a leading `'`, which
 * spreadsheets read as "text". A file may be opened with the other separator than it was written
 * with, and Excel honours quotes only at the start of a field, so every place where a spreadsheet
 * might start a cell is guarded: the start of a field, and the character after each `,`, `;`, CR
 * or LF inside it. A tool that reads the CSV as data sees the `'`s; `unguardCell` takes them off.
 */
import type { Note, NoteSubject } from '@/lib/notes/note';
import { msg } from '@/lib/ui/words';
import { titleOf, type DocumentsById, type ExportOptions } from './export-input';
import { isoTime } from './times';

/** The byte-order mark that starts the file (U+FEFF, written as EF BB BF in UTF-8). */
export const BOM = '\uFEFF';

/**
 * How the tags of a note are joined in one cell: a semicolon, which reads as a list in a
 * spreadsheet and is rarer in a tag than a comma; a tag may hold any character, so `;` and `\`
 * inside a tag get a backslash before them and `splitTags` gives the tags back exactly.
 */
export const TAG_SEPARATOR = '; ';

/** The two separators: a comma (RFC 4180, English Excel and other tools) or a semicolon (Excel in Dutch). */
export type CsvSeparator = ',' | ';';

/** Options of the CSV export: the common ones and the separator (default a comma). */
export interface CsvOptions extends Partial<ExportOptions> {
  separator?: CsvSeparator;
}

/** The notes as CSV text, starting with the byte-order mark. */
export function toCsv(notes: readonly Note[], documents: DocumentsById, options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const labels = subjectLabels();
  const rows: string[] = [row(header(), separator)];
  for (const note of notes) {
    const document = documents.get(note.documentId);
    rows.push(
      row(
        [
          note.documentId,
          titleOf(note, documents) ?? '',
          document?.url ?? note.url,
          document?.date ?? '',
          note.selectors?.quote.exact ?? '',
          note.text,
          joinTags(note.tags),
          isoTime(note.created),
          isoTime(note.updated),
          note.subject === 'actor' ? (note.actorName ?? note.actorKey ?? '') : '',
          note.id,
          labels[note.subject],
          note.subject === 'event' ? (note.eventDate ?? '') : '',
        ],
        separator,
      ),
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
    msg('exportColumnNoteId'),
    msg('exportColumnNoteKind'),
    msg('exportColumnEventDate'),
  ];
}

// What a note is about, in the reader's words: the names the export already uses for the passage,
// the actor and the event. Looked up once per export, not once per note.
function subjectLabels(): Readonly<Record<NoteSubject, string>> {
  return { actor: msg('exportColumnActor'), event: msg('exportLabelEvent'), passage: msg('exportColumnQuote') };
}

/** The tags as one cell: `TAG_SEPARATOR` between them, `\` before each `;` and `\` inside a tag. */
export function joinTags(tags: readonly string[]): string {
  return tags.map((tag) => tag.replace(/[\\;]/g, '\\$&')).join(TAG_SEPARATOR);
}

/** The tags of a cell made by `joinTags` (after `unguardCell`), for tools that read the CSV back. */
export function splitTags(cell: string): string[] {
  if (cell === '') return [];
  const tags: string[] = [];
  let tag = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i] as string;
    if (c === '\\' && i + 1 < cell.length) tag += cell[++i];
    else if (c === ';') {
      tags.push(tag);
      tag = '';
      if (cell[i + 1] === ' ') i++; // exactly the one space of `TAG_SEPARATOR`, so a tag's own spaces stay
    } else tag += c;
  }
  tags.push(tag);
  return tags;
}

function row(cells: readonly string[], separator: CsvSeparator): string {
  return cells.map((cell) => csvField(guardCell(cell))).join(separator);
}

/**
 * One field of RFC 4180: quoted (quotes doubled) when it holds a comma, a semicolon, a quote or a
 * line break — either separator, so the field reads the same whichever the file was written with.
 */
export function csvField(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// Where a spreadsheet may start a cell and what it would run there, apostrophes already there
// counted first. At the start of the field: quotes it strips, then a formula's first character
// (tab, CR and NUL included). After a `,`, `;`, CR or LF inside it: the same, except that CR LF with no
// quote before it ends the row there (the next line is checked on its own); and at the end of the
// field, where the next field's quote or line break would follow. The separator is matched, not
// looked behind for: a look-behind is tried at every character of a cell, and notes and passages
// are long (docs/performance.md). A cell with neither a first character a guard or a formula may
// start with, nor a separator or line break inside, needs no guard (`MAY_GUARD`).
const GUARD_START = /^(?='*"*[=+\-@\t\r\0])/;
const GUARD_INSIDE = /([,;\r\n])(?='*(?:"*[=+\-@\t\0]|"+\r|\r(?!\n)|"*$))/g;
const MAY_GUARD = /^['"=+\-@\t\r\0]|[,;\r\n]/;
const GUARD = /^'(?='*"*[=+\-@\t\r\0])|(?<=[,;\r\n])'(?='*(?:"*[=+\-@\t\0]|"+\r|\r(?!\n)|"*$))/g;

/**
 * A cell made text for a spreadsheet: a `'` at each place where a cell could start (see the file
 * comment) with a formula's first character after it. Apostrophes already there count, so
 * `unguardCell` can always tell the guard from the reader's own `'`.
 */
export function guardCell(value: string): string {
  if (!MAY_GUARD.test(value)) return value;
  const inside = value.replace(GUARD_INSIDE, "$1'");
  return GUARD_START.test(value) ? `'${inside}` : inside;
}

/** The cell as it was before `guardCell`, for tools that read the CSV back as data. */
export function unguardCell(value: string): string {
  return value.replace(GUARD, '');
}
