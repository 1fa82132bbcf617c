/**
 * Times as the exports write them: ISO 8601 in UTC inside the files (any tool reads it), the local
 * calendar date in file names and in the Markdown (what the reader calls "today").
 */

/** ISO 8601 (UTC) of a time in milliseconds; '' for a time no `Date` can hold, so an export never throws on one odd note. */
export function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** "2026-11-27": the date in the local time zone of the `Date` given ('' when it is invalid). */
export function localDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Milliseconds of an ISO 8601 date or date-time; null when the text is not one. */
export function parseIsoTime(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text.trim())) return null;
  const ms = Date.parse(text.trim());
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}
