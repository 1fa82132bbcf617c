/**
 * Step 2 of an import, validate: the records a file holds → the valid ones, each id once (a file
 * with 10,000 copies of one note yields one note and 9,999 duplicates), and for each refused one
 * where it is in the file and why. Notes, documents and drafts are checked with the valibot schemas
 * the rest of Kantlijn uses, the settings with theirs. Valibot's issues (English, technical) become
 * short sentences through `msg`, with the field's path ("selectors.quote.exact") so the reader or a
 * helper can find it in the file.
 */
import * as v from 'valibot';
import type { DocumentRecord } from '@/lib/messages/protocol';
import { KINDS, MAX_ACTOR_KEYS, MAX_ACTOR_KEY_LENGTH } from '@/lib/messages/validate';
import type { Note, NoteDraft } from '@/lib/notes/note';
import { NoteDraftSchema, NoteSchema } from '@/lib/notes/note-schema';
import { msg } from '@/lib/ui/words';
import { BackupSettingsSchema, withoutUndefined, type BackupSettings } from './settings';
import { eachInSlices, type SliceOptions } from './slices';

/** What a file turned out to be, so the preview can say which kind of file the reader chose. */
export type ImportKind = 'backup' | 'web-annotation';

/** The kind of record a problem is about, so its message can name it ("Notitie 3", "Document 2"). */
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

/** The outcome of parsing and validating: the checked file, or why it cannot be imported at all. */
export type ParseOutcome = { ok: true; parsed: ParsedImport } | { ok: false; error: string };

const time = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * A `DocumentRecord` with the limits the protocol applies, so documents in a backup are checked by
 * the same kind of rules as notes and an invalid one is reported with its reasons, like a note.
 */
const DocumentRecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  url: v.pipe(v.string(), v.maxLength(2000)),
  title: v.nullable(v.pipe(v.string(), v.maxLength(2000))),
  kind: v.picklist(KINDS),
  date: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  dossier: v.array(v.pipe(v.string(), v.maxLength(100))),
  actorKeys: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_ACTOR_KEY_LENGTH))), v.maxLength(MAX_ACTOR_KEYS)),
  firstSeen: time,
  lastSeen: time,
}) satisfies v.GenericSchema<unknown, DocumentRecord>;

/** How to check and keep one kind of record. */
interface RecordRules<T> {
  kind: RecordKind;
  schema: v.GenericSchema<unknown, T>;
  keyOf: (record: T) => string;
  timeOf: (record: T) => number;
}

const NOTE_RULES: RecordRules<Note> = { kind: 'note', schema: NoteSchema, keyOf: (n) => n.id, timeOf: (n) => n.updated };
const DOCUMENT_RULES: RecordRules<DocumentRecord> = {
  kind: 'document',
  schema: DocumentRecordSchema,
  keyOf: (d) => d.id,
  timeOf: (d) => d.lastSeen,
};
const DRAFT_RULES: RecordRules<NoteDraft> = { kind: 'draft', schema: NoteDraftSchema, keyOf: (d) => d.key, timeOf: (d) => d.updated };

/** The lists of a backup as step 1 found them: each item still unchecked. */
export interface BackupLists {
  notes: readonly unknown[];
  documents: readonly unknown[];
  drafts: readonly unknown[];
  /** The `settings` value as it is in the file (absent: undefined). */
  settings: unknown;
}

/** Checks a backup's notes, documents, drafts and settings, in that order, so the refused ones are listed in file order. */
export async function validateBackup(lists: BackupLists, options: SliceOptions): Promise<ParsedImport> {
  const invalid: InvalidRecord[] = [];
  const notes = await checkRecords(lists.notes, NOTE_RULES, invalid, options);
  const documents = await checkRecords(lists.documents, DOCUMENT_RULES, invalid, options);
  const drafts = await checkRecords(lists.drafts, DRAFT_RULES, invalid, options);
  return {
    kind: 'backup',
    notes: [...notes.records.values()],
    documents: [...documents.records.values()],
    drafts: [...drafts.records.values()],
    settings: settingsOf(lists.settings, invalid),
    invalid,
    duplicates: notes.duplicates,
  };
}

/** The valid records of one list, each key once, and the count of repeats: what both formats collect into. */
export interface Collected<T> {
  records: Map<string, T>;
  duplicates: number;
}

/** An empty collection, for a format's reader to fill with `keepNewest`. */
export function collected<T>(): Collected<T> {
  return { records: new Map(), duplicates: 0 };
}

/** Adds a record, keeping the newer of two with the same key (the first on a tie), as the merge with the database does. */
export function keepNewest<T>(into: Collected<T>, key: string, record: T, timeOf: (record: T) => number): void {
  const earlier = into.records.get(key);
  if (earlier === undefined) {
    into.records.set(key, record);
    return;
  }
  into.duplicates++;
  if (timeOf(record) > timeOf(earlier)) into.records.set(key, record);
}

/** An `InvalidRecord`, its message in words, so every format reports a refused record the same way. */
export function invalidRecord(kind: RecordKind, index: number, raw: unknown, reasons: readonly string[]): InvalidRecord {
  return { kind, index, id: readableId(raw), reasons: [...reasons], message: recordMessage(kind, index, reasons) };
}

/** The `id` (or draft `key`) of a raw record when it is a short string; null otherwise. */
function readableId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const id = record.id ?? record.key;
  return typeof id === 'string' && id.length <= 200 ? id : null;
}

/** Checks every item of `items` with `rules`, in slices; valid ones go to the collection, invalid ones to `invalid`. */
async function checkRecords<T>(
  items: readonly unknown[],
  rules: RecordRules<T>,
  invalid: InvalidRecord[],
  options: SliceOptions,
): Promise<Collected<T>> {
  const into = collected<T>();
  await eachInSlices(
    items,
    (raw, index) => {
      const result = v.safeParse(rules.schema, raw);
      if (result.success) keepNewest(into, rules.keyOf(result.output), result.output, rules.timeOf);
      else invalid.push(invalidRecord(rules.kind, index, raw, describeIssues(result.issues)));
    },
    options,
  );
  return into;
}

function settingsOf(value: unknown, invalid: InvalidRecord[]): BackupSettings | null {
  if (value === undefined || value === null) return null;
  const result = v.safeParse(BackupSettingsSchema, value);
  if (result.success) {
    const settings: BackupSettings = withoutUndefined(result.output);
    if (settings.highlightKinds) settings.highlightKinds = withoutUndefined(settings.highlightKinds);
    return settings;
  }
  invalid.push(invalidRecord('settings', 0, value, describeIssues(result.issues)));
  return null;
}

/** Reasons in words for a list of valibot issues, each said once, so a reader sees why and not valibot's English. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return [...new Set(issues.map(describeIssue))];
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  if (issue.type === 'check') return describeCheck(issue.message, path);
  if (path === '') return issue.kind === 'schema' ? msg('importReasonNotObject') : msg('importReasonInvalid', '');
  if (issue.kind === 'schema')
    return issue.received === 'undefined' ? msg('importReasonMissing', path) : msg('importReasonWrongType', path);
  switch (issue.type) {
    case 'max_length':
    case 'max_value':
      return msg('importReasonTooLong', path);
    case 'min_length':
      return msg('importReasonEmpty', path);
    default:
      return msg('importReasonInvalid', path);
  }
}

// The checks of lib/notes/note-schema.ts, by their message there.
function describeCheck(message: string, path: string): string {
  if (message === 'an actor note needs an actor key') return msg('importReasonActorKey');
  if (message === 'a passage or event note needs selectors') return msg('importReasonSelectors');
  if (message === 'end before start') return msg('importReasonEndBeforeStart');
  return msg('importReasonInvalid', path);
}

/** "Notitie 3: ‘text’ ontbreekt; ‘tags’ heeft de verkeerde soort waarde" (the index counted from 1). */
function recordMessage(kind: RecordKind, index: number, reasons: readonly string[]): string {
  const why = reasons.join('; ');
  switch (kind) {
    case 'note':
      return msg('importRecordNote', index + 1, why);
    case 'document':
      return msg('importRecordDocument', index + 1, why);
    case 'draft':
      return msg('importRecordDraft', index + 1, why);
    case 'annotation':
      return msg('importRecordAnnotation', index + 1, why);
    case 'settings':
      return msg('importRecordSettings', why);
  }
}
