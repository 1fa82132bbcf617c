/**
 * What the imports of other tools' annotations (W3C Web Annotation, Hypothesis) share: the pass
 * over a file's annotations that keeps the newest note of each id and tallies the refused ones,
 * and the reading of a time field and of an optional string.
 */
import type { Note } from '@/lib/notes/note';
import { msg } from '@/lib/ui/words';
import {
  addInvalid,
  type Collected,
  collected,
  type InvalidTally,
  invalidRecord,
  invalidTally,
  keepNewest,
  type ValidateOptions,
} from './import-validate';
import type { Json } from './json-object';
import { eachInSlices } from './slices';
import { parseIsoTime } from './times';

/** One annotation read: the note, or the reasons it was refused (and whether it was about another site). */
export type AnnotationOutcome = { ok: true; note: Note } | { ok: false; reasons: string[]; otherSite?: boolean };

/** Reads `annotations` in slices with `toNote`: the notes, the refused ones, and how many of those were about another site. */
export async function readAnnotations(
  annotations: readonly unknown[],
  toNote: (raw: unknown) => AnnotationOutcome,
  options: ValidateOptions,
): Promise<{ notes: Collected<Note>; invalid: InvalidTally; otherSites: number }> {
  const invalid = invalidTally();
  const notes = collected<Note>();
  let otherSites = 0;
  await eachInSlices(
    annotations,
    (raw, index) => {
      const result = toNote(raw);
      if (result.ok) {
        keepNewest(notes, result.note.id, result.note, (note) => note.updated);
        return;
      }
      if (result.otherSite) otherSites++;
      addInvalid(invalid, 'annotation', () => invalidRecord('annotation', index, raw, result.reasons));
    },
    options,
  );
  return { notes, invalid, otherSites };
}

/** An ISO time, or null when the value is none. */
export function timeOf(value: unknown): number | null {
  return typeof value === 'string' ? parseIsoTime(value) : null;
}

/** The time in `raw[field]`: null when absent; a reason in `reasons` when it is there but no time. */
export function timeField(raw: Json, field: string, reasons: string[]): number | null {
  const value = raw[field];
  if (value === undefined || value === null) return null;
  const time = timeOf(value);
  if (time === null) reasons.push(msg('importReasonBadDate', field));
  return time;
}

/** The value when it is a string, else ''. */
export function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
