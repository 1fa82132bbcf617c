/**
 * The merge rule of an import, as a pure function: records are matched by id; a record the reader
 * does not have is new; one whose time (`updated` for notes and drafts, `lastSeen` for documents)
 * is newer than the reader's replaces it; an older or equally old one leaves the reader's as it is.
 * Nothing is ever deleted: records the reader has and the file lacks are not touched.
 */
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { MergeCounts } from './import-types';

/** The counts and the records to write. */
export interface Merged<T> {
  counts: MergeCounts;
  writes: T[];
}

/**
 * Merges `incoming` over `existing` (the reader's records, in the same order, undefined where
 * missing). `combine` makes the record to write from the incoming and the reader's one.
 */
export function mergeRecords<T>(
  incoming: readonly T[],
  existing: readonly (T | undefined)[],
  timeOf: (record: T) => number,
  combine: (incoming: T, existing: T) => T = (record) => record,
): Merged<T> {
  const counts: MergeCounts = { new: 0, updated: 0, unchanged: 0 };
  const writes: T[] = [];
  incoming.forEach((record, i) => {
    const current = existing[i];
    if (current === undefined) {
      counts.new++;
      writes.push(record);
    } else if (timeOf(record) > timeOf(current)) {
      counts.updated++;
      writes.push(combine(record, current));
    } else counts.unchanged++;
  });
  return { counts, writes };
}

/** A newer document record over the reader's: its fields, but the earlier of the two first visits. */
export function combineDocuments(incoming: DocumentRecord, existing: DocumentRecord): DocumentRecord {
  return { ...incoming, firstSeen: Math.min(incoming.firstSeen, existing.firstSeen) };
}
