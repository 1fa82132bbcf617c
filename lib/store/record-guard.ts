/**
 * The rules a record must meet besides its schema before anything writes it, shared by the store's
 * write paths and the import's checks so that no door lets through what another refuses:
 *
 * - Its address is a page of the site (`https://zoek.officielebekendmakingen.nl/…`) naming the
 *   same publication as its id. Notes and documents become links in the library and in cards, so
 *   `javascript:`, `data:`, `file:` and other sites' addresses must never be stored. An address on
 *   the site over `http:` (Kantlijn ran there before it kept to https) is taken as its https form.
 * - Its times lie between 1 January 1990 and a day past now: a time far in the future would win
 *   every merge, and one no `Date` can hold would make an export that Kantlijn cannot read back.
 *
 * Every refusal is a reason in words, with the field's path, as the import lists them.
 */
import type { DocumentRecord } from '@/lib/model/records';
import { isSitePage, publicationUrl, SITE_HOST } from '@/lib/model/site';
import type { Note, NoteDraft } from '@/lib/notes/note';
import { readAddress } from '@/lib/page/publication-id';
import { msg } from '@/lib/ui/words';

/** The earliest time a record may carry (1 January 1990, UTC): older than the site and than any note. */
export const EARLIEST_TIME = Date.UTC(1990, 0, 1);

/** How far past now a record's time may lie, for clocks that differ between machines. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** A record that meets the rules (its address perhaps upgraded to https), or the reasons it does not. */
export type Guarded<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

const HTTP_SITE = `http://${SITE_HOST}/`;

/**
 * The address as stored: `url` when it is a site page naming publication `documentId`, its https
 * form when it is such a page over http; otherwise the reason in words (`field` names the field).
 */
export function siteAddress(url: string, documentId: string, field = 'url'): { ok: true; url: string } | { ok: false; reason: string } {
  // The address Kantlijn itself writes for nearly every record: no parsing needed (exports check each record).
  if (url === publicationUrl(documentId)) return { ok: true, url };
  const https = url.startsWith(HTTP_SITE) ? `https://${url.slice('http://'.length)}` : url;
  if (!isSitePage(https)) return { ok: false, reason: msg('recordReasonNotSite', field) };
  if (readAddress(https).id !== documentId) return { ok: false, reason: msg('recordReasonOtherPublication', field, documentId) };
  return { ok: true, url: https };
}

/** Whether `ms` is a time a record may carry at `now` (see the file comment). */
export function isBoundedTime(ms: number, now: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_TIME && ms <= now + FUTURE_SLACK_MS;
}

/**
 * A stored time as a merge compares it: one out of bounds counts as older than any other, so a
 * record that slipped in before these rules (`updated: 1e300`) never wins against a real one.
 */
export function mergeTime(ms: number, now: number): number {
  return isBoundedTime(ms, now) ? ms : Number.NEGATIVE_INFINITY;
}

function checkTimes(times: ReadonlyArray<readonly [string, number]>, now: number, reasons: string[]): void {
  for (const [field, ms] of times) if (!isBoundedTime(ms, now)) reasons.push(msg('recordReasonTime', field));
}

/**
 * A note (already valid by its schema) checked against these rules. `now` checks `created` and
 * `updated` too; without it only the address is checked (a save stamps its own time). `path` is
 * put before the field names ("note." in a draft).
 */
export function guardNote(note: Note, now: number | null, path = ''): Guarded<Note> {
  const reasons: string[] = [];
  const address = siteAddress(note.url, note.documentId, `${path}url`);
  if (!address.ok) reasons.push(address.reason);
  if (now !== null) {
    checkTimes(
      [
        [`${path}created`, note.created],
        [`${path}updated`, note.updated],
      ],
      now,
      reasons,
    );
  }
  if (reasons.length > 0 || !address.ok) return { ok: false, reasons };
  return { ok: true, value: address.url === note.url ? note : { ...note, url: address.url } };
}

/** A draft checked as its note is, and its own `updated` when `now` is given. */
export function guardDraft(draft: NoteDraft, now: number | null): Guarded<NoteDraft> {
  const note = guardNote(draft.note, now, 'note.');
  const reasons = note.ok ? [] : note.reasons;
  if (now !== null) checkTimes([['updated', draft.updated]], now, reasons);
  if (!note.ok || reasons.length > 0) return { ok: false, reasons };
  return { ok: true, value: note.value === draft.note ? draft : { ...draft, note: note.value } };
}

/** A document record checked against these rules: its address names its id; `now` checks its visits too. */
export function guardDocument(document: DocumentRecord, now: number | null): Guarded<DocumentRecord> {
  const reasons: string[] = [];
  const address = siteAddress(document.url, document.id);
  if (!address.ok) reasons.push(address.reason);
  if (now !== null) {
    checkTimes(
      [
        ['firstSeen', document.firstSeen],
        ['lastSeen', document.lastSeen],
      ],
      now,
      reasons,
    );
  }
  if (!address.ok || reasons.length > 0) return { ok: false, reasons };
  return { ok: true, value: address.url === document.url ? document : { ...document, url: address.url } };
}
