/**
 * Dates of the timeline in the reader's language: a full date with its weekday ("zondag
 * 2 oktober 2022", "Sunday 2 October 2022"), a month ("oktober 2022"), a year ("2020"). The
 * language is that of the interface's words: English when the browser is English, else Dutch
 * (the extension has no other locales, so a German browser reads Dutch words and Dutch dates).
 */
import { browser } from 'wxt/browser';

/** The languages the interface is written in; the first is the default. */
export type UiLanguage = 'nl' | 'en';

const SUPPORTED: readonly UiLanguage[] = ['nl', 'en'];

/** The interface language from `browser.i18n.getUILanguage()` ("en-GB" → "en"); 'nl' when unknown. */
export function uiLanguage(): UiLanguage {
  let tag = '';
  try {
    tag = browser.i18n?.getUILanguage() ?? '';
  } catch {
    // No i18n here (a test, the CLI): the default below.
  }
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return SUPPORTED.find((l) => l === primary) ?? 'nl';
}

/** A report date taken apart; null when the string is none of the three forms or no real date. */
export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** Parses "2022-10-02", "2022-10" or "2020"; rejects "2022-02-31", "2022-13" and other strings. */
export function parseReportDate(iso: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && (day < 1 || day > daysIn(year, month))) return null;
  return { year, month, day };
}

function daysIn(year: number, month: number): number {
  return utc(year, month + 1, 0).getUTCDate();
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utc(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

/**
 * The first day a report date can mean, as "YYYY-MM-DD" ("2022-10" → "2022-10-01", "2020" →
 * "2020-01-01"): the timeline's sort key. Null for null and for strings that are not such a date.
 */
export function firstDay(date: string | null): string | null {
  const parts = date === null ? null : parseReportDate(date);
  if (!parts) return null;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(parts.year, 4)}-${pad(parts.month ?? 1, 2)}-${pad(parts.day ?? 1, 2)}`;
}

const formatters = new Map<UiLanguage, Intl.DateTimeFormat>();
// Timelines repeat dates and the panel redraws often: each date is written out once.
const written = new Map<string, string>();

function formatter(lang: UiLanguage): Intl.DateTimeFormat {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, f);
  }
  return f;
}

/**
 * A report date written out: "zondag 2 oktober 2022" / "Sunday 2 October 2022", "oktober 2022" /
 * "October 2022", "2020". The order is day–month–year in both languages. A string that is not a
 * report date comes back unchanged.
 */
export function formatEventDate(iso: string, lang: UiLanguage = uiLanguage()): string {
  const key = `${lang}|${iso}`;
  let text = written.get(key);
  if (text === undefined) {
    if (written.size >= 2000) written.clear();
    text = writeOut(iso, lang);
    written.set(key, text);
  }
  return text;
}

function writeOut(iso: string, lang: UiLanguage): string {
  const parts = parseReportDate(iso);
  if (!parts) return iso;
  if (parts.month === null) return String(parts.year);
  const named = Object.fromEntries(
    formatter(lang)
      .formatToParts(utc(parts.year, parts.month, parts.day ?? 1))
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, p.value]),
  );
  const monthYear = `${named.month ?? parts.month} ${parts.year}`;
  return parts.day === null ? monthYear : `${named.weekday ?? ''} ${parts.day} ${monthYear}`.trim();
}

/** A date as the facts list writes it, without the weekday: "23 november 2022" / "23 November 2022". */
export function formatFactDate(iso: string, lang: UiLanguage = uiLanguage()): string {
  const full = formatEventDate(iso, lang);
  const parts = parseReportDate(iso);
  return parts?.day != null ? full.replace(/^\S+\s+/, '') : full;
}

const noteTimeFormats = new Map<UiLanguage, Intl.DateTimeFormat>();

/** When a note was written or changed, in the reader's language: "27 nov. 2026 20:25". */
export function formatNoteTime(ms: number, lang: UiLanguage = uiLanguage()): string {
  let format = noteTimeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
    noteTimeFormats.set(lang, format);
  }
  return Number.isFinite(ms) ? format.format(new Date(ms)) : '';
}
