/**
 * Resolution of a printed date against the document's date R (EXTRACTION.md, "Dates"): an explicit
 * year wins (a weekday that does not fit is flagged, the date kept); "jl." is the latest such date
 * on or before R, "a.s." the earliest on or after it; a weekday picks the year where it fits,
 * nearest R; a bare day takes the year of the last resolved date in its paragraph, else the
 * vergaderjaar of a Handelingen document, else the nearest to R with the past preferred;
 * "op dezelfde dag" takes the last resolved day. Without R, what needs R stays null.
 */
import { civil, dayNumber, dutchDay, isoDay, isoMonth, isoYear, MONTH_NAMES, WEEKDAYS, type Session } from './calendar';
import type { DateMention, DateRule, RawDate } from './types';

/** What earlier mentions and the document tell about the current one. */
export interface ResolveState {
  /** The document date as a day number, or null. */
  reference: number | null;
  session: Session | null;
  /** The last resolved date in the current paragraph (reset at each line break). */
  paragraph: Anchor | null;
  /** The last resolved day (for "op dezelfde dag"). */
  lastDay: number | null;
}

/** A resolved date as a point to lean on: a year, a month of a year, or a day. */
export interface Anchor {
  year: number;
  month: number | null;
  day: number | null;
}

interface Resolved {
  value: string | null;
  until: string | null;
  rule: DateRule;
  why: string;
  day: number | null;
  anchor: Anchor | null;
  mismatch: boolean;
}

// The future counts double when weighing "nearest": letters mostly report what happened.
const FUTURE_WEIGHT = 2;

/** Resolves one grammar match and updates `state` for the mentions after it. */
export function resolveDate(raw: RawDate, text: string, state: ResolveState): DateMention {
  const r = resolveRaw(raw, text.slice(raw.start, raw.end), state);
  if (r.anchor !== null && raw.kind !== 'label') state.paragraph = r.anchor;
  if (r.day !== null) state.lastDay = r.day;
  return {
    start: raw.start,
    end: raw.end,
    text: text.slice(raw.start, raw.end),
    value: r.value,
    until: r.until,
    part: raw.part,
    cue: r.rule,
    resolution: r.why,
    weekdayMismatch: r.mismatch,
    periodLabel: raw.kind === 'label',
    needsTrigger: raw.needsTrigger,
  };
}

function resolveRaw(raw: RawDate, phrase: string, state: ResolveState): Resolved {
  const none = (why: string): Resolved => ({ value: null, until: null, rule: 'unresolved', why, day: null, anchor: null, mismatch: false });
  const ofYear = (year: number, rule: DateRule, why: string): Resolved => ({
    value: isoYear(year),
    until: raw.until?.year != null ? isoYear(raw.until.year) : null,
    rule,
    why,
    day: null,
    anchor: { year, month: null, day: null },
    mismatch: false,
  });
  const R = state.reference;
  switch (raw.kind) {
    case 'label':
      return { ...ofYear(raw.year as number, 'label', `periodeaanduiding (${raw.label ?? 'periode'}), geen gebeurtenis`), anchor: null };
    case 'same-day': {
      if (state.lastDay === null) return none('geen eerder genoemde dag om naar te verwijzen');
      const n = state.lastDay + raw.offset;
      const shift =
        raw.offset === 0
          ? 'de laatst genoemde dag'
          : raw.offset > 0
            ? 'de dag na de laatst genoemde dag'
            : 'de dag vóór de laatst genoemde dag';
      return {
        value: isoDay(n),
        until: null,
        rule: 'same-day',
        why: `"${phrase}" → ${shift} (${dutchDay(state.lastDay)})`,
        day: n,
        anchor: anchorOf(n),
        mismatch: false,
      };
    }
    case 'year':
      if (raw.year !== null) return ofYear(raw.year, 'explicit', 'het jaartal staat erbij');
      if (raw.relativeYear !== null) {
        if (R === null) return none('"dit/vorig/volgend jaar" zonder documentdatum: niet te bepalen');
        return ofYear(civil(R).year + raw.relativeYear, 'relative', `geteld vanaf het jaar van de documentdatum ${dutchDay(R)}`);
      }
      if (state.paragraph !== null)
        return ofYear(state.paragraph.year, 'paragraph', `het jaar van de vorige datum in deze alinea (${state.paragraph.year})`);
      if (R !== null) return ofYear(civil(R).year, 'nearest', `het jaar van de documentdatum ${dutchDay(R)}`);
      return none('geen jaartal en geen documentdatum: niet te bepalen');
    case 'month':
      return resolveMonth(raw, state, none);
    case 'day':
      return resolveDay(raw, phrase, state, none);
  }
}

function resolveMonth(raw: RawDate, state: ResolveState, none: (why: string) => Resolved): Resolved {
  const month = raw.month as number;
  const R = state.reference;
  const done = (year: number, rule: DateRule, why: string): Resolved => ({
    value: isoMonth(year, month),
    until: null,
    rule,
    why,
    day: null,
    anchor: { year, month, day: null },
    mismatch: false,
  });
  if (raw.year !== null) return done(raw.year, 'explicit', 'het jaartal staat erbij');
  if (raw.relativeYear !== null) {
    return R === null
      ? none('"vorig/volgend jaar" zonder documentdatum: niet te bepalen')
      : done(civil(R).year + raw.relativeYear, 'relative', `geteld vanaf de documentdatum ${dutchDay(R)}`);
  }
  if (R !== null) {
    const { year: ry, month: rm } = civil(R);
    const past = month <= rm ? ry : ry - 1;
    const future = month >= rm ? ry : ry + 1;
    if (raw.relation === 'jl.') return done(past, 'jl.', `"jl." → de laatste ${MONTH_NAMES[month - 1]} tot en met ${dutchDay(R)}`);
    if (raw.relation === 'a.s.') return done(future, 'a.s.', `"a.s." → de eerste ${MONTH_NAMES[month - 1]} vanaf ${dutchDay(R)}`);
  }
  const p = state.paragraph;
  if (p !== null) {
    // The year of the paragraph's last date, or the one beside it when that is nearer ("28 december 2022 … 3 januari").
    const at = p.year * 12 + (p.month ?? 7) - 1;
    const year =
      p.month === null
        ? p.year
        : [p.year, p.year - 1, p.year + 1].reduce((best, y) =>
            Math.abs(y * 12 + month - 1 - at) < Math.abs(best * 12 + month - 1 - at) ? y : best,
          );
    return done(year, 'paragraph', `bij de vorige datum in deze alinea (${describe(p)})`);
  }
  if (state.session) {
    const s = state.session;
    const first = civil(s.from).year;
    const year = (dayNumber(first, month, 15) as number) >= s.from ? first : first + 1;
    return done(year, 'session', `valt in vergaderjaar ${s.label} (vanaf Prinsjesdag ${dutchDay(s.from)})`);
  }
  if (R !== null) {
    const { year: ry, month: rm } = civil(R);
    const back = (rm - month + 12) % 12;
    const ahead = (month - rm + 12) % 12;
    const year = ahead * FUTURE_WEIGHT < back ? (month >= rm ? ry : ry + 1) : month <= rm ? ry : ry - 1;
    return done(year, 'nearest', `het dichtst bij de documentdatum ${dutchDay(R)} (het verleden gaat voor)`);
  }
  return none('geen jaartal en geen documentdatum: niet te bepalen');
}

function resolveDay(raw: RawDate, phrase: string, state: ResolveState, none: (why: string) => Resolved): Resolved {
  const month = raw.month as number;
  const day = raw.day as number;
  const R = state.reference;
  const label = `${day} ${MONTH_NAMES[month - 1] ?? month}`;
  const done = (n: number | null, rule: DateRule, why: string): Resolved => {
    if (n === null) return { ...none(`${label}${raw.year !== null ? ` ${raw.year}` : ''} bestaat niet`), rule };
    const mismatch = raw.weekday !== null && civil(n).weekday !== raw.weekday;
    const note = mismatch ? `; let op: ${dutchDay(n)} is een ${WEEKDAYS[civil(n).weekday]}, geen ${WEEKDAYS[raw.weekday as number]}` : '';
    return { value: isoDay(n), until: untilOf(raw, n), rule, why: why + note, day: n, anchor: anchorOf(n), mismatch };
  };
  if (raw.year !== null) return done(dayNumber(raw.year, month, day), 'explicit', 'het jaartal staat erbij');
  if (raw.relation && R !== null) {
    return raw.relation === 'jl.'
      ? done(
          step(month, day, R, -1),
          'jl.',
          `"jl." → de laatste ${label} ${dayNumber(civil(R).year, month, day) === R ? 'op' : 'vóór'} ${dutchDay(R)}`,
        )
      : done(
          step(month, day, R, 1),
          'a.s.',
          `"a.s." → de eerste ${label} ${dayNumber(civil(R).year, month, day) === R ? 'op' : 'na'} ${dutchDay(R)}`,
        );
  }
  const paragraph = state.paragraph === null ? null : nearAnchor(state.paragraph, month, day, raw.weekday);
  const weekdayName = raw.weekday !== null ? WEEKDAYS[raw.weekday] : null;
  if (raw.weekday !== null && (R !== null || state.session) && paragraph === null) {
    const ref = R ?? Math.floor(((state.session as Session).from + (state.session as Session).to) / 2);
    const n = fittingYear(month, day, raw.weekday, ref);
    if (n !== null) {
      const reference = R !== null ? dutchDay(R) : `vergaderjaar ${(state.session as Session).label}`;
      return done(
        n,
        'weekday',
        `"${weekdayName}" → ${label} valt op een ${weekdayName} in ${civil(n).year}, het jaar het dichtst bij ${reference}`,
      );
    }
  }
  const anchor = state.paragraph;
  if (anchor !== null) {
    const n = paragraph ?? nearAnchor(anchor, month, day, null);
    return n === null ? done(null, 'paragraph', '') : done(n, 'paragraph', `bij de vorige datum in deze alinea (${describe(anchor)})`);
  }
  if (state.session) {
    const s = state.session;
    const first = civil(s.from).year;
    const n = dayNumber(first, month, day);
    return done(
      n !== null && n >= s.from ? n : dayNumber(first + 1, month, day),
      'session',
      `valt in vergaderjaar ${s.label} (vanaf Prinsjesdag ${dutchDay(s.from)})`,
    );
  }
  if (R !== null) {
    const past = step(month, day, R, -1);
    const future = step(month, day, R, 1);
    const n = past === null || (future !== null && (future - R) * FUTURE_WEIGHT < R - past) ? future : past;
    return done(n, 'nearest', `het dichtst bij de documentdatum ${dutchDay(R)} (het verleden gaat voor)`);
  }
  return none(`"${phrase}": geen jaartal en geen documentdatum, niet te bepalen`);
}

// The date with this month and day nearest the paragraph's last date: in its year when that is a
// bare year, else in the year before, of or after it, whichever is nearest (with `weekday`: only
// where the weekday fits). Null when none fits.
function nearAnchor(anchor: Anchor, month: number, day: number, weekday: number | null): number | null {
  const fit = (n: number | null): n is number => n !== null && (weekday === null || civil(n).weekday === weekday);
  if (anchor.month === null) {
    const n = dayNumber(anchor.year, month, day);
    return fit(n) ? n : null;
  }
  const at = dayNumber(anchor.year, anchor.month, anchor.day ?? 15) as number;
  let best: number | null = null;
  for (const y of [anchor.year, anchor.year - 1, anchor.year + 1]) {
    const n = dayNumber(y, month, day);
    if (fit(n) && (best === null || Math.abs(n - at) < Math.abs(best - at))) best = n;
  }
  return best;
}

function anchorOf(n: number): Anchor {
  const { year, month, day } = civil(n);
  return { year, month, day };
}

function describe(a: Anchor): string {
  if (a.month === null) return String(a.year);
  if (a.day === null) return `${MONTH_NAMES[a.month - 1]} ${a.year}`;
  return dutchDay(dayNumber(a.year, a.month, a.day) as number);
}

// The latest date with this month and day on or before `ref` (direction −1) or the earliest on or
// after it (+1); 29 februari looks up to eight years away.
function step(month: number, day: number, ref: number, direction: 1 | -1): number | null {
  const year = civil(ref).year;
  for (let k = 0; k <= 8; k++) {
    const n = dayNumber(year + direction * k, month, day);
    if (n !== null && (direction < 0 ? n <= ref : n >= ref)) return n;
  }
  return null;
}

// The date with this month, day and weekday nearest `ref` (within 28 years: the calendar repeats).
function fittingYear(month: number, day: number, weekday: number, ref: number): number | null {
  const year = civil(ref).year;
  let best: number | null = null;
  for (let k = -28; k <= 28; k++) {
    const n = dayNumber(year + k, month, day);
    if (n === null || civil(n).weekday !== weekday) continue;
    if (best === null || Math.abs(n - ref) < Math.abs(best - ref) || (Math.abs(n - ref) === Math.abs(best - ref) && n < best)) best = n;
  }
  return best;
}

function untilOf(raw: RawDate, first: number): string | null {
  const u = raw.until;
  if (!u || u.month === null || u.day === null) return null;
  const start = civil(first);
  let year = u.year ?? start.year;
  if (u.year === null && u.month < start.month) year += 1;
  const n = dayNumber(year, u.month, u.day);
  return n !== null && n >= first ? isoDay(n) : null;
}
