/**
 * The note's schema as data (valibot), so every door a note comes in by — a message from a content
 * script, a backup, a W3C Web Annotation import — is checked by the same rules, and a record that
 * fails says where and why in words instead of reaching the database.
 */
import * as v from 'valibot';
import type { Note, NoteDraft } from './note';

/** Longest note text accepted (characters): a long memo fits; a pasted book does not. */
export const MAX_NOTE_TEXT = 100_000;
/** Longest quote kept in a selector. */
export const MAX_QUOTE = 20_000;
/** Most tags on one note, and the longest tag. */
export const MAX_TAGS = 50;
export const MAX_TAG = 100;

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A `TextQuoteSelector`. */
export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE)),
  prefix: shortText(MAX_QUOTE),
  suffix: shortText(MAX_QUOTE),
});

const endNotBeforeStart = <T extends { start: number; end: number }>() => v.check<T, string>((s) => s.end >= s.start, 'end before start');

/** A stretch in code points (`CodePointSpan`) whose end is not before its start. */
export const CodePointSpanSchema = v.pipe(v.object({ start: offset, end: offset }), endNotBeforeStart());

/** A `TextPositionSelector` whose end is not before its start, with its code-point span when it has one. */
export const TextPositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset, codePoints: v.optional(CodePointSpanSchema) }),
  endNotBeforeStart(),
);

/** A note, field by field (see `Note`), with the rules that tie fields together. */
export const NoteSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    subject: v.picklist(['passage', 'actor', 'event']),
    text: shortText(MAX_NOTE_TEXT),
    tags: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TAG))), v.maxLength(MAX_TAGS)),
    documentId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    url: v.pipe(v.string(), v.maxLength(2000)),
    documentTitle: v.nullable(shortText(2000)),
    selectors: v.nullable(v.object({ quote: TextQuoteSelectorSchema, position: TextPositionSelectorSchema })),
    actorKey: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
    actorName: v.nullable(shortText(500)),
    eventDate: v.nullable(shortText(40)),
    created: time,
    updated: time,
  }),
  v.check((n) => n.subject !== 'actor' || n.actorKey !== null, 'an actor note needs an actor key'),
  v.check((n) => n.subject === 'actor' || n.selectors !== null, 'a passage or event note needs selectors'),
  v.transform((n): Note => ({ ...n, tags: [...new Set(n.tags)] })),
);

/** A draft: its key and the note as typed so far. */
export const NoteDraftSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  note: NoteSchema,
  updated: time,
});

/** The outcome of checking one record: the note, or the reasons it was refused, in words. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

/** Checks an unknown value as a note; never throws. */
export function checkNote(value: unknown): Checked<Note> {
  return checkWith(NoteSchema, value);
}

/** Checks an unknown value as a draft; never throws. */
export function checkDraft(value: unknown): Checked<NoteDraft> {
  return checkWith(NoteDraftSchema, value);
}

function checkWith<T>(schema: v.GenericSchema<unknown, T>, value: unknown): Checked<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, reasons: result.issues.map(describeIssue) };
}

/** "tags.2: Invalid length: Expected <=100 but received 140" — the path, then valibot's reason. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
