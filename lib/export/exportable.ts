/**
 * Records as the importable formats (backup, W3C Web Annotation) write them, so that every file
 * Kantlijn exports can be imported again: a record stored before the store's rules
 * (`lib/store/record-guard.ts`) may carry a time out of bounds (`updated: 1e300`, which no `Date`
 * can write) or an address off the site, which the import refuses. Times are brought within
 * 1990…the export's moment, and an address that is not a site page of the record's publication
 * becomes that publication's own address. Records within the rules are written unchanged.
 */
import type { DocumentRecord } from '@/lib/model/records';
import { publicationUrl } from '@/lib/model/site';
import type { Note, NoteDraft } from '@/lib/notes/note';
import { EARLIEST_TIME, isBoundedTime, siteAddress } from '@/lib/store/record-guard';

/** A time within the bounds an import accepts: out-of-bounds times become the nearer bound (1990, or `now`). */
export function exportableTime(ms: number, now: number): number {
  if (isBoundedTime(ms, now)) return ms;
  return Number.isFinite(ms) && ms < EARLIEST_TIME ? EARLIEST_TIME : Math.max(EARLIEST_TIME, Math.floor(now));
}

/** The address to write for a record of publication `documentId`: its own when the import accepts it, else the publication's. */
export function exportableUrl(url: string, documentId: string): string {
  const address = siteAddress(url, documentId);
  return address.ok ? address.url : publicationUrl(documentId);
}

/** A note as an importable format writes it (the same object when nothing needs changing). */
export function exportableNote(note: Note, now: number): Note {
  const created = exportableTime(note.created, now);
  const updated = exportableTime(note.updated, now);
  const url = exportableUrl(note.url, note.documentId);
  if (created === note.created && updated === note.updated && url === note.url) return note;
  return { ...note, created, updated, url };
}

/** A document record as the backup writes it. */
export function exportableDocument(document: DocumentRecord, now: number): DocumentRecord {
  const firstSeen = exportableTime(document.firstSeen, now);
  const lastSeen = exportableTime(document.lastSeen, now);
  const url = exportableUrl(document.url, document.id);
  if (firstSeen === document.firstSeen && lastSeen === document.lastSeen && url === document.url) return document;
  return { ...document, firstSeen, lastSeen, url };
}

/** A draft as the backup writes it. */
export function exportableDraft(draft: NoteDraft, now: number): NoteDraft {
  const note = exportableNote(draft.note, now);
  const updated = exportableTime(draft.updated, now);
  if (note === draft.note && updated === draft.updated) return draft;
  return { ...draft, note, updated };
}
