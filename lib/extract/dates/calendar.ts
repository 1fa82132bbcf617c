/**
 * Calendar arithmetic for the date grammar: days as integers (days since 1970-01-01, UTC), so
 * comparing, subtracting and weekday checks are plain number operations with no time zones.
 */

/** Dutch weekday names, index = JavaScript weekday (0 = Sunday). */
export const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

/** Dutch month names, index = month − 1. */
export const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The day number of y-m-d, or null when that date does not exist (31 april, 29 februari 2023).
 * Integer arithmetic (H. Hinnant's days_from_civil): no Date objects in the hot path.
 */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) return null;
  if (day > (month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number))) return null;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Year, month (1–12), day and weekday (0 = Sunday) of a day number. */
export function civil(n: number): { year: number; month: number; day: number; weekday: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1, weekday: weekdayOf(n) };
}

/** The weekday of a day number (0 = Sunday; day 0, 1 January 1970, was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** ISO text of a day number ("2022-10-02"). */
export function isoDay(n: number): string {
  const { year, month, day } = civil(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** ISO text of a month ("2022-10"). */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** ISO text of a year ("2020"). */
export function isoYear(year: number): string {
  return pad(year, 4);
}

/** The day number of an ISO date "yyyy-mm-dd" (longer strings: the first ten characters), else null. */
export function parseIsoDay(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A day written the Dutch way, for the explanations ("2 oktober 2022"). */
export function dutchDay(n: number): string {
  const { year, month, day } = civil(n);
  return `${day} ${MONTH_NAMES[month - 1] ?? month} ${year}`;
}

/**
 * Prinsjesdag of a year: the third Tuesday of September, when the parliamentary year
 * (vergaderjaar) starts.
 */
export function prinsjesdag(year: number): number {
  const first = dayNumber(year, 9, 1) as number;
  const weekday = civil(first).weekday;
  return first + ((2 - weekday + 7) % 7) + 14;
}

/** The days of a vergaderjaar: from its Prinsjesdag up to (not including) the next one. */
export interface Session {
  label: string;
  from: number;
  to: number;
}

/** The vergaderjaar "2023–2024" as a span of days; null for anything else. */
export function sessionSpan(label: string | null | undefined): Session | null {
  const m = label ? /^(\d{4})\D{0,3}(\d{4})$/.exec(label.trim()) : null;
  if (!m) return null;
  const first = Number(m[1]);
  if (Number(m[2]) !== first + 1) return null;
  return { label: `${first}–${first + 1}`, from: prinsjesdag(first), to: prinsjesdag(first + 1) };
}

/**
 * The vergaderjaar in a Handelingen or Aanhangsel id ("h-tk-20232024-4-26" → "2023–2024"): those
 * documents often print no full date, and their days and months resolve inside that year.
 */
export function sessionOfId(id: string | null | undefined): string | null {
  const m = id ? /^[a-z]+-(?:tk|ek|vv)-(\d{4})(\d{4})(?:-|$)/i.exec(id) : null;
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return `${m[1]}–${m[2]}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
