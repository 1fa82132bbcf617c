/**
 * Step 2 of an import, validate: the records a file holds → the valid ones, each id once (a file
 * with 10,000 copies of one note yields one note and 9,999 duplicates), and for each refused one
 * where it is in the file and why. Notes, documents and drafts are checked with the valibot schemas
 * the rest of Kantlijn uses, the settings with theirs, and then with the store's own rules
 * (`lib/store/record-guard.ts`: addresses on the site that name the record's publication, times
 * between 1990 and a day past now), so an import writes nothing the store would refuse. Valibot's
 * issues (English, technical) become short sentences through `msg`, with the field's path
 * ("selectors.quote.exact") so the reader or a helper can find it in the file.
 *
 * Bounded work: only the first `MAX_INVALID_KEPT` refused records keep their reasons; the others
 * are counted, so a file of millions of broken items costs a count, not a record each.
 */
import * as v from 'valibot';
import type { DocumentRecord } from '@/lib/messages/protocol';
import { KINDS, MAX_ACTOR_KEYS, MAX_ACTOR_KEY_LENGTH } from '@/lib/messages/validate';
import type { Note, NoteDraft } from '@/lib/notes/note';
import { NoteDraftSchema, NoteSchema } from '@/lib/notes/note-schema';
import { guardDocument, guardDraft, guardNote, type Guarded } from '@/lib/store/record-guard';
import { msg } from '@/lib/ui/words';
import { BackupSettingsSchema, withoutUndefined, type BackupSettings } from './settings';
import { eachInSlices, type SliceOptions } from './slices';

/** What a file turned out to be, so the preview can say which kind of file the reader chose. */
export type ImportKind = 'backup' | 'web-annotation' | 'hypothesis';

/** The shape a file of another tool came in, by that tool's own name for it, so the preview names what the reader exported. */
export type ImportFormat = 'hypothesis-export' | 'hypothesis-search' | 'hypothesis-annotations';

/**
 * A file of another tool as the preview describes it: its format, how many items it held and how
 * many of those were about other sites, which a reader moving from a general tool expects to lose.
 */
export interface ImportSource {
  format: ImportFormat;
  items: number;
  otherSites: number;
}

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

/** How many refused records keep their reasons; the rest of them are only counted. */
export const MAX_INVALID_KEPT = 100;

/** The refused records of a file: the first `MAX_INVALID_KEPT` with their reasons, and how many of each kind there were in all. */
export interface InvalidTally {
  kept: InvalidRecord[];
  counts: Record<RecordKind, number>;
}

/** An empty tally, for a format's reader to fill with `addInvalid`. */
export function invalidTally(): InvalidTally {
  return { kept: [], counts: { note: 0, document: 0, draft: 0, annotation: 0, settings: 0 } };
}

/**
 * Counts a refused record; `describe` (its place and reasons) is called only while fewer than
 * `MAX_INVALID_KEPT` are kept, so the millionth broken item makes no message at all.
 */
export function addInvalid(into: InvalidTally, kind: RecordKind, describe: () => InvalidRecord): void {
  into.counts[kind]++;
  if (into.kept.length < MAX_INVALID_KEPT) into.kept.push(describe());
}

/** A file read and checked: the valid records (each id once), the invalid ones, the duplicates. */
export interface ParsedImport {
  kind: ImportKind;
  notes: Note[];
  documents: DocumentRecord[];
  drafts: NoteDraft[];
  /** Settings from a backup; null when the file has none (or they were invalid). */
  settings: BackupSettings | null;
  /** The first `MAX_INVALID_KEPT` refused records, in file order, with their reasons. */
  invalid: InvalidRecord[];
  /** How many records of each kind were refused in all, the unlisted ones included. */
  invalidCounts: Record<RecordKind, number>;
  /** Records whose id came earlier in the same file: counted, kept once (the newest). */
  duplicates: number;
  /** The other tool's file this was, when the format tells more than its kind. */
  source?: ImportSource;
}

/** Options of the checks: the slicing, and the moment the times are checked against. */
export interface ValidateOptions extends SliceOptions {
  /** Now, in milliseconds (default `Date.now()`): records may carry times up to a day past it. */
  now?: number;
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
  dossierTitles: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(2000))), v.maxLength(50))),
  actorKeys: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_ACTOR_KEY_LENGTH))), v.maxLength(MAX_ACTOR_KEYS)),
  firstSeen: time,
  lastSeen: time,
}) satisfies v.GenericSchema<unknown, DocumentRecord>;

/** How to check and keep one kind of record. */
interface RecordRules<T> {
  kind: RecordKind;
  schema: v.GenericSchema<unknown, T>;
  /** The store's rules (`record-guard.ts`), after the schema. */
  guard: (record: T, now: number) => Guarded<T>;
  keyOf: (record: T) => string;
  timeOf: (record: T) => number;
}

const NOTE_RULES: RecordRules<Note> = {
  kind: 'note',
  schema: NoteSchema,
  guard: guardNote,
  keyOf: (n) => n.id,
  timeOf: (n) => n.updated,
};
const DOCUMENT_RULES: RecordRules<DocumentRecord> = {
  kind: 'document',
  schema: DocumentRecordSchema,
  guard: guardDocument,
  keyOf: (d) => d.id,
  timeOf: (d) => d.lastSeen,
};
const DRAFT_RULES: RecordRules<NoteDraft> = {
  kind: 'draft',
  schema: NoteDraftSchema,
  guard: guardDraft,
  keyOf: (d) => d.key,
  timeOf: (d) => d.updated,
};

/** The lists of a backup as step 1 found them: each item still unchecked. */
export interface BackupLists {
  notes: readonly unknown[];
  documents: readonly unknown[];
  drafts: readonly unknown[];
  /** The `settings` value as it is in the file (absent: undefined). */
  settings: unknown;
}

/** Checks a backup's notes, documents, drafts and settings, in that order, so the refused ones are listed in file order. */
export async function validateBackup(lists: BackupLists, options: ValidateOptions): Promise<ParsedImport> {
  const invalid = invalidTally();
  const now = options.now ?? Date.now();
  const notes = await checkRecords(lists.notes, NOTE_RULES, invalid, now, options);
  const documents = await checkRecords(lists.documents, DOCUMENT_RULES, invalid, now, options);
  const drafts = await checkRecords(lists.drafts, DRAFT_RULES, invalid, now, options);
  const settings = settingsOf(lists.settings, invalid);
  return {
    kind: 'backup',
    notes: [...notes.records.values()],
    documents: [...documents.records.values()],
    drafts: [...drafts.records.values()],
    settings,
    invalid: invalid.kept,
    invalidCounts: invalid.counts,
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

/** What an import of annotations from another tool holds: notes only, no documents, drafts or settings. */
export function notesOnly(kind: ImportKind, notes: Collected<Note>, invalid: InvalidTally, source?: ImportSource): ParsedImport {
  return {
    kind,
    notes: [...notes.records.values()],
    documents: [],
    drafts: [],
    settings: null,
    invalid: invalid.kept,
    invalidCounts: invalid.counts,
    duplicates: notes.duplicates,
    ...(source ? { source } : {}),
  };
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
  invalid: InvalidTally,
  now: number,
  options: SliceOptions,
): Promise<Collected<T>> {
  const into = collected<T>();
  await eachInSlices(
    items,
    (raw, index) => {
      const result = v.safeParse(rules.schema, raw);
      if (!result.success) {
        addInvalid(invalid, rules.kind, () => invalidRecord(rules.kind, index, raw, describeIssues(result.issues)));
        return;
      }
      const guarded = rules.guard(result.output, now);
      if (guarded.ok) keepNewest(into, rules.keyOf(guarded.value), guarded.value, rules.timeOf);
      else addInvalid(invalid, rules.kind, () => invalidRecord(rules.kind, index, raw, guarded.reasons));
    },
    options,
  );
  return into;
}

function settingsOf(value: unknown, invalid: InvalidTally): BackupSettings | null {
  if (value === undefined || value === null) return null;
  const result = v.safeParse(BackupSettingsSchema, value);
  if (result.success) {
    const settings: BackupSettings = withoutUndefined(result.output);
    if (settings.highlightKinds) settings.highlightKinds = withoutUndefined(settings.highlightKinds);
    return settings;
  }
  addInvalid(invalid, 'settings', () => invalidRecord('settings', 0, value, describeIssues(result.issues)));
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
