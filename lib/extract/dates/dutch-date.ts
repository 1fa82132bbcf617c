/**
 * Dutch calendar dates as printed in date lines ("Den Haag, 23 november 2022", "(ontvangen
 * 4 februari 2025)"). Only full dates; the extraction issue's grammar handles the rest.
 */

/** Dutch month names (and the usual abbreviations) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Pattern source of "23 november 2022" with day, month and year groups. */
export const FULL_DATE_SOURCE =
  '(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})';

/** ISO date from day, Dutch month name and year; null when the date does not exist. */
export function isoDate(day: number, monthName: string, year: number): string | null {
  const month = MONTHS[monthName.toLowerCase().replace(/\.$/, '')];
  if (!month || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // 31 februari
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full Dutch date in a string, as ISO; null when none. */
export function findFullDate(text: string): string | null {
  const m = new RegExp(FULL_DATE_SOURCE, 'i').exec(text);
  return m ? isoDate(Number(m[1]), m[2] ?? '', Number(m[3])) : null;
}
