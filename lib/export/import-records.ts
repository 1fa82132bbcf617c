/**
 * Checking the records of a file one by one: each valid record is kept once per id (a file with
 * 10,000 copies of one note yields one note and 9,999 duplicates), each invalid one becomes an
 * `InvalidRecord` with its position and reasons.
 */
import * as v from 'valibot';
import { describeIssues, recordMessage } from './import-reasons';
import type { InvalidRecord, RecordKind } from './import-types';
import { eachInSlices, type SliceOptions } from './slices';

/** The valid records of one list, each key once, and the count of repeats. */
export interface Collected<T> {
  records: Map<string, T>;
  duplicates: number;
}

/** An empty collection. */
export function collected<T>(): Collected<T> {
  return { records: new Map(), duplicates: 0 };
}

/** Adds a record, keeping the newer of two with the same key (the first on a tie). */
export function keepNewest<T>(into: Collected<T>, key: string, record: T, timeOf: (record: T) => number): void {
  const earlier = into.records.get(key);
  if (earlier === undefined) {
    into.records.set(key, record);
    return;
  }
  into.duplicates++;
  if (timeOf(record) > timeOf(earlier)) into.records.set(key, record);
}

/** An `InvalidRecord`, its message in words. */
export function invalidRecord(kind: RecordKind, index: number, raw: unknown, reasons: readonly string[]): InvalidRecord {
  return { kind, index, id: readableId(raw), reasons: [...reasons], message: recordMessage(kind, index, reasons) };
}

/** The `id` (or draft `key`) of a raw record when it is a short string; null otherwise. */
export function readableId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const id = record.id ?? record.key;
  return typeof id === 'string' && id.length <= 200 ? id : null;
}

/** How to check and keep one kind of record. */
export interface RecordRules<T> {
  kind: RecordKind;
  schema: v.GenericSchema<unknown, T>;
  keyOf: (record: T) => string;
  timeOf: (record: T) => number;
}

/** Checks every item of `items` with `rules`, in slices; valid ones go to the collection, invalid ones to `invalid`. */
export async function checkRecords<T>(
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
