/**
 * Words and values the cards show, in the reader's language: actor types, where a role came
 * from, mention counts, dates, and the only link addresses a card will render. Not exported from
 * lib/highlight/index.ts: it needs `browser.i18n` (the drawing code does not).
 */
import type { Actor } from '@/lib/model/report';
import { parseReportDate, uiLanguage, type UiLanguage } from '@/lib/ui/format-date';
import { countWords, msg, type WordKey } from '@/lib/ui/words';

const TYPE_KEYS: Readonly<Record<Actor['type'], WordKey>> = {
  person: 'cardTypePerson',
  office: 'cardTypeOffice',
  organisation: 'cardTypeOrganisation',
  location: 'cardTypeLocation',
};

/** "Persoon", "Functie", "Organisatie", "Plaats". */
export function actorTypeLabel(type: Actor['type']): string {
  return msg(TYPE_KEYS[type]);
}

/**
 * Where a role was read, in words: "ondertekenaar" → "uit de ondertekening", "apposition" → "uit een
 * bijstelling in de tekst"; another code is shown as it is ("bron: …"); none → null.
 */
export function roleEvidenceLabel(evidence: string | null): string | null {
  const code = evidence?.trim().toLowerCase() ?? '';
  if (!code) return null;
  if (code === 'ondertekenaar' || code === 'signatory' || code === 'signature') return msg('cardRoleFromSignature');
  if (code === 'apposition' || code === 'bijstelling') return msg('cardRoleFromApposition');
  return msg('cardRoleFromOther', evidence?.trim() ?? '');
}

/** "1 vermelding" / "5 vermeldingen". */
export function mentionCount(n: number): string {
  return countWords('cardMentions', n);
}

const shortFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A report date without weekday, for lists: "2 oktober 2022", "oktober 2022", "2020" (English:
 * "2 October 2022"); a string that is no report date comes back as it is.
 */
export function shortDate(iso: string, lang: UiLanguage = uiLanguage()): string {
  const parts = parseReportDate(iso);
  if (!parts) return iso;
  if (parts.month === null) return String(parts.year);
  const options: Intl.DateTimeFormatOptions =
    parts.day === null ? { month: 'long', timeZone: 'UTC' } : { day: 'numeric', month: 'long', timeZone: 'UTC' };
  const key = `${lang}|${parts.day === null ? 'm' : 'dm'}`;
  let format = shortFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl', options);
    shortFormats.set(key, format);
  }
  const d = new Date(0);
  d.setUTCFullYear(parts.year, parts.month - 1, parts.day ?? 1);
  return `${format.format(d)} ${parts.year}`;
}
