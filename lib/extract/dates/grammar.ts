/**
 * The Dutch date grammar: what a date phrase says, before any year is guessed. Hand-written
 * because chrono-node (2.10.3, `nl`) reads "jl.", "aanstaande", weekday checks, quarters and
 * "vergaderjaar" wrongly ("15 december jl." in a letter of 1 July 2023 came out 2023-12-15).
 * Each parser is a few sticky regexes tried at one offset, so a phrase costs its own length.
 */
import { MONTHS } from './dutch-date';
import { WEEKDAYS } from './calendar';
import type { PrintedDate, RawDate } from './types';
import { WordTrie } from './word-trie';

/** A parser reads one kind of date phrase at an offset. */
export type Parser = (text: string, pos: number) => RawDate | null;

const END = '(?![\\p{L}\\p{N}])';
const MONTH_FULL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MONTH = `((?:${MONTH_FULL})${END}|(?:jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)${END}\\.?)`;
const RELATIVE_YEAR = `(dit|vorig|afgelopen|volgend|komend)\\s+jaar${END}`;
const QUALIFIER = 'sinds|vanaf|v[oó][oó]r|na|tot en met|tot|t\\/m|uiterlijk|per';

// White space inside a date phrase never includes a line break: a line is a block of the page.
const re = (source: string, flags = 'iuy'): RegExp => new RegExp(source.replace(/\\s/g, '[^\\S\\n]'), flags);
const DAY_QUALIFIER = re(`(?:${QUALIFIER})\\s+`);
const WEEKDAY = re(`(${WEEKDAYS.join('|')})\\s*,?\\s+`);
const DAY = re(`(\\d{1,2})(?:e|ste|de)?${END}`);
const RANGE = re('(?:\\s*[-–—]\\s*|\\s+(?:t\\/m|tot en met|tot|en)\\s+)');
const RANGE_ACROSS = re('(?:\\s*[-–—]\\s*|\\s+(?:t\\/m|tot en met|tot)\\s+)');
const MONTH_AFTER = re(`\\s+${MONTH}`);
// A footnote number glued to the year ("20201" = 2020 + note 1) is read as the year and left out.
const YEAR_AFTER = re(`\\s+((?:1[89]|2[01])\\d\\d)(\\d{1,2})?${END}`);
const RELATION = re(`\\s+(j\\.?\\s?l\\.|jongstleden${END}|l\\.?\\s?l\\.|laatstleden${END}|a\\.\\s?s\\.|aanstaande${END}|aanst\\.)`);
const MONTH_DATE = re(
  `(?:(?:in|${QUALIFIER}|rond|omstreeks)\\s+)?(?:(begin|medio|half|halverwege|eind|einde|ultimo)(?:\\s+|-))?(${MONTH_FULL})${END}`,
);
const RELATIVE = re(`\\s+${RELATIVE_YEAR}`);
const YEAR_DATE = re(
  `(in|sinds|vanaf|van|v(?:óó|óo|oó)r|na|tot en met|t\\/m|begin|medio|halverwege|eind|einde|ultimo)(?:\\s+|-)(?:(?:het\\s+)?jaar\\s+)?` +
    `(?:(\\d{4})(?:\\s*[-–—/]\\s*(\\d{4}|\\d{2})|\\s+(?:tot en met|t\\/m|tot)\\s+(\\d{4}))?${END}|${RELATIVE_YEAR})`,
);
const PERIOD_YEAR = `(?:\\s+(?:van\\s+)?(?:het\\s+jaar\\s+)?(?:(\\d{4})${END}|${RELATIVE_YEAR}))`;
const QUARTER = re(
  `(?:(in|${QUALIFIER}|begin|eind|medio)\\s+)?(?:(?:het|de)\\s+)?(eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e|1ste|2de|3de|4de)\\s+` +
    `(kwartaal|helft|jaarhelft|halfjaar)${END}${PERIOD_YEAR}?`,
);
const QUARTER_Q = re(`(?:(?:in|${QUALIFIER})\\s+)?Q([1-4])(?:\\s+|-)(\\d{4})${END}`);
const SEASON = re(
  `(?:(?:in|${QUALIFIER}|begin|eind|medio)\\s+)?(?:(?:het|de)\\s+)?(voorjaar|lente|zomer|najaar|herfst|winter)${END}${PERIOD_YEAR}`,
);
const SAME_DAY = re(`(?:op\\s+)?(?:dezelfde|diezelfde|die\\s+zelfde)\\s+(?:dag|datum)${END}|op\\s+die\\s+dag${END}`);
const OTHER_DAY = re(
  `(?:(?:op\\s+)?de\\s+)?(?:(volgende|daaropvolgende)\\s+dag|dag\\s+(daarna|daarop|erna|nadien|ervoor|daarvoor|daarvóór|tevoren))${END}` +
    `|(?:een|één)\\s+dag\\s+(later|eerder|daarna|nadien|ervoor|daarvoor)${END}`,
);
const DD = re('d\\.?\\s?d\\.\\s*');
const NUMERIC = re('(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})(?![\\p{N}]|[-/]\\d)');
const DAY_MONTH_NUMERIC = re('(\\d{1,2})\\/(\\d{1,2})(?:\\/(\\d{4}|\\d{2}))?(?![\\p{N}/])');
const ISO = re('(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}]|[-/]\\d)');
const SESSION_LABEL = re('(vergaderjaar|zittingsjaar|zitting|parlementair\\s+jaar)\\s+(\\d{4})\\s*[-–—/]\\s*(\\d{4}|\\d{2})(?![\\p{N}])');
// The papers a label names ("Kamerstukken II 2019/20", "Handelingen I 2003–2004").
const PAPERS = '((?:Aanhangsel\\s+(?:van\\s+de\\s+)?)?Handelingen|Kamerstukken|Kamerstuk|Bijl\\.\\s?Hand\\.|Aanh\\.\\s?Hand\\.|Hand\\.)';
const PAPERS_LABEL = re(`${PAPERS}\\s+(I{1,2}|EK|TK)\\s+(\\d{4})(?:\\s*[-–—/]\\s*(\\d{4}|\\d{2}))?(?![\\p{N}])`, 'uy');
const PUBLICATION_LABEL = re('(Stb|Stcrt|Trb|Gmb|Prb|Wsb|Bgb|PbEU)\\.?\\s+(\\d{4})(?![\\p{N}])', 'uy');
// The budget documents a year labels ("begroting 2024", "Voorjaarsnota 2023").
const BUDGETS =
  '(begroting|begrotingsjaar|jaarverslag|jaarrekening|jaarplan|jaarrapportage|miljoenennota|voorjaarsnota|najaarsnota|slotwet|' +
  'suppletoire\\s+begroting)';
const BUDGET_LABEL = re(`${BUDGETS}\\s+(?:voor\\s+)?(\\d{4})(?![\\p{N}])`);

// The text of a group that a match always has (the pattern cannot match without it).
function captured(m: RegExpExecArray, group: number): string {
  return m[group] ?? '';
}

function at(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

// A match with the fields a parser read (no field is passed as undefined). Built field by field:
// the two object spreads per match were a sixth of the date pass.
function raw(start: number, end: number, kind: RawDate['kind'], f: Partial<RawDate>): RawDate {
  return {
    start,
    end,
    kind,
    year: f.year === undefined ? null : f.year,
    month: f.month === undefined ? null : f.month,
    day: f.day === undefined ? null : f.day,
    relativeYear: f.relativeYear === undefined ? null : f.relativeYear,
    weekday: f.weekday === undefined ? null : f.weekday,
    relation: f.relation === undefined ? null : f.relation,
    part: f.part === undefined ? null : f.part,
    until: f.until === undefined ? null : f.until,
    offset: f.offset === undefined ? 0 : f.offset,
    label: f.label === undefined ? null : f.label,
    needsTrigger: f.needsTrigger === undefined ? false : f.needsTrigger,
  };
}

const monthOf = (name: string): number | null => MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
const plausibleYear = (y: number): boolean => y >= 1800 && y <= 2199;
const relativeYearOf = (word: string | undefined): number | null =>
  word === undefined
    ? null
    : (({ dit: 0, vorig: -1, afgelopen: -1, volgend: 1, komend: 1 } as Record<string, number>)[word.toLowerCase()] ?? null);
const relationOf = (word: string): 'jl.' | 'a.s.' => (/^(a|aanst)/i.test(word) ? 'a.s.' : 'jl.');

function secondYear(first: number, printed: string | undefined): number | null {
  if (!printed) return null;
  if (printed.length === 4) return Number(printed);
  const y = first - (first % 100) + Number(printed);
  return y < first ? y + 100 : y;
}

// [qualifier] [weekday,] day[–day] month [year] [–day month [year]] [jl.|a.s.]
const dayDate: Parser = (text, start) => {
  let pos = start;
  const qualifier = at(DAY_QUALIFIER, text, pos);
  if (qualifier) pos += qualifier[0].length;
  const weekday = at(WEEKDAY, text, pos);
  if (weekday) pos += weekday[0].length;
  const day = at(DAY, text, pos);
  if (!day) return null;
  pos += day[0].length;
  let lastDay: number | null = null;
  const range = at(RANGE, text, pos);
  if (range) {
    const second = at(DAY, text, pos + range[0].length);
    if (second && at(MONTH_AFTER, text, pos + range[0].length + second[0].length)) {
      lastDay = Number(second[1]);
      pos += range[0].length + second[0].length;
    }
  }
  const month = at(MONTH_AFTER, text, pos);
  if (!month) return null;
  pos += month[0].length;
  const printed: PrintedDate = { year: null, month: monthOf(captured(month, 1)), day: Number(day[1]) };
  pos = readYear(text, pos, printed);
  let until: PrintedDate | null = lastDay === null ? null : { year: printed.year, month: printed.month, day: lastDay };
  const across = lastDay === null ? at(RANGE_ACROSS, text, pos) : null;
  if (across) {
    const d2 = at(DAY, text, pos + across[0].length);
    const m2 = d2 ? at(MONTH_AFTER, text, pos + across[0].length + d2[0].length) : null;
    if (d2 && m2) {
      until = { year: null, month: monthOf(captured(m2, 1)), day: Number(d2[1]) };
      pos = readYear(text, pos + across[0].length + d2[0].length + m2[0].length, until);
      if (printed.year === null && until.year !== null) printed.year = until.year - ((printed.month ?? 0) > (until.month ?? 0) ? 1 : 0);
    }
  }
  const relation = printed.year === null ? at(RELATION, text, pos) : null;
  if (relation) pos += relation[0].length;
  const weekdayIndex = weekday ? WEEKDAYS.indexOf(captured(weekday, 1).toLowerCase() as (typeof WEEKDAYS)[number]) : -1;
  return raw(start, pos, 'day', {
    year: printed.year,
    month: printed.month,
    day: printed.day,
    until,
    weekday: weekdayIndex >= 0 ? weekdayIndex : null,
    relation: relation ? relationOf(captured(relation, 1)) : null,
  });
};

function readYear(text: string, pos: number, into: PrintedDate): number {
  const year = at(YEAR_AFTER, text, pos);
  if (!year) return pos;
  into.year = Number(year[1]);
  return pos + year[0].length - (year[2]?.length ?? 0);
}

// [in|sinds|…] [begin|medio|eind] month (year | vorig jaar | jl. | a.s. | nothing after a qualifier)
const monthDate: Parser = (text, start) => {
  const m = at(MONTH_DATE, text, start);
  if (!m) return null;
  const qualified = m[0].length > captured(m, 2).length;
  const part = partOf(m[1]);
  let pos = start + m[0].length;
  const printed: PrintedDate = { year: null, month: monthOf(captured(m, 2)), day: null };
  const afterYear = readYear(text, pos, printed);
  const relative = printed.year === null ? at(RELATIVE, text, pos) : null;
  const relation = printed.year === null && !relative ? at(RELATION, text, pos) : null;
  if (printed.year === null && !relative && !relation && !qualified) return null;
  pos = relative ? pos + relative[0].length : relation ? pos + relation[0].length : afterYear;
  return raw(start, pos, 'month', {
    year: printed.year,
    month: printed.month,
    day: printed.day,
    part,
    relativeYear: relativeYearOf(relative?.[1]),
    relation: relation ? relationOf(captured(relation, 1)) : null,
  });
};

function partOf(word: string | undefined): string | null {
  if (!word) return null;
  const w = word.toLowerCase();
  return w === 'begin'
    ? 'begin'
    : w === 'eind' || w === 'einde' || w === 'ultimo'
      ? 'eind'
      : w === 'medio' || w === 'half' || w === 'halverwege'
        ? 'medio'
        : null;
}

// in|sinds|vanaf|vóór|na|begin|medio|eind year[–year] — a bare year only counts after such a word;
// after "van" it is only a date of the happening a trigger noun names ("het akkoord van 2020")
const yearDate: Parser = (text, start) => {
  const m = at(YEAR_DATE, text, start);
  if (!m) return null;
  const relative = relativeYearOf(m[5]);
  const weak = /^van$/i.test(captured(m, 1));
  if (relative !== null) {
    if (weak || !/^(sinds|vanaf|v|na|tot|t|begin|medio|halverwege|eind|einde|ultimo)/i.test(captured(m, 1))) return null;
    return raw(start, start + m[0].length, 'year', { relativeYear: relative, part: partOf(m[1]) });
  }
  const year = Number(m[2]);
  const last = secondYear(year, m[3] ?? m[4]);
  if (!plausibleYear(year) || (last !== null && (last < year || last > year + 50))) return null;
  return raw(start, start + m[0].length, 'year', {
    year,
    part: partOf(m[1]),
    needsTrigger: weak,
    until: last === null ? null : { year: last, month: null, day: null },
  });
};

const QUARTER_OF: Record<string, number> = {
  eerste: 1,
  '1e': 1,
  '1ste': 1,
  tweede: 2,
  '2e': 2,
  '2de': 2,
  derde: 3,
  '3e': 3,
  '3de': 3,
  vierde: 4,
  '4e': 4,
  '4de': 4,
  laatste: 4,
};

// [in|…] [het] eerste|…|laatste kwartaal|helft [van] [het jaar] year; Q1 2023
const quarter: Parser = (text, start) => {
  const q = at(QUARTER_Q, text, start);
  if (q) return raw(start, start + q[0].length, 'year', { year: Number(q[2]), part: `Q${q[1]}` });
  const m = at(QUARTER, text, start);
  if (!m) return null;
  const n = QUARTER_OF[captured(m, 2).toLowerCase()] ?? 1;
  const isQuarter = captured(m, 3).toLowerCase() === 'kwartaal';
  if (!isQuarter && n > 2 && captured(m, 2).toLowerCase() !== 'laatste') return null;
  const year = m[4] ? Number(m[4]) : null;
  const relativeYear = relativeYearOf(m[5]);
  if (year === null && relativeYear === null && !(m[1] && isQuarter)) return null; // "de tweede helft" alone is no date
  return raw(start, start + m[0].length, 'year', { year, relativeYear, part: isQuarter ? `Q${n}` : `H${Math.min(n, 2)}` });
};

const SEASONS: Record<string, string> = {
  voorjaar: 'voorjaar',
  lente: 'voorjaar',
  zomer: 'zomer',
  najaar: 'najaar',
  herfst: 'najaar',
  winter: 'winter',
};

// [in|…] [het|de] voorjaar|zomer|najaar|winter [van] year|vorig jaar
const season: Parser = (text, start) => {
  const m = at(SEASON, text, start);
  if (!m) return null;
  return raw(start, start + m[0].length, 'year', {
    year: m[2] ? Number(m[2]) : null,
    relativeYear: relativeYearOf(m[3]),
    part: SEASONS[captured(m, 1).toLowerCase()] ?? null,
  });
};

const sameDay: Parser = (text, start) => {
  const m = at(SAME_DAY, text, start);
  return m ? raw(start, start + m[0].length, 'same-day', { offset: 0 }) : null;
};

const otherDay: Parser = (text, start) => {
  const m = at(OTHER_DAY, text, start);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  const before = /^(ervoor|daarvoor|daarvóór|tevoren|eerder)$/.test(word);
  return raw(start, start + m[0].length, 'same-day', { offset: before ? -1 : 1 });
};

const numeric: Parser = (text, start) => {
  const m = at(NUMERIC, text, start);
  return m ? raw(start, start + m[0].length, 'day', { day: Number(m[1]), month: Number(m[3]), year: Number(m[4]) }) : null;
};

const iso: Parser = (text, start) => {
  const m = at(ISO, text, start);
  return m ? raw(start, start + m[0].length, 'day', { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) : null;
};

// d.d. 25/09, d.d. 25-09-2023, d.d. 25 september
const dated: Parser = (text, start) => {
  const dd = at(DD, text, start);
  if (!dd) return null;
  const pos = start + dd[0].length;
  const full = numeric(text, pos) ?? dayDate(text, pos);
  if (full) return { ...full, start };
  const m = at(DAY_MONTH_NUMERIC, text, pos);
  if (!m) return null;
  const year = m[3] ? (m[3].length === 4 ? Number(m[3]) : 2000 + Number(m[3])) : null;
  return raw(start, pos + m[0].length, 'day', { day: Number(m[1]), month: Number(m[2]), year });
};

function label(pattern: RegExp, name: ((m: RegExpExecArray) => string) | null): Parser {
  return (text, start) => {
    const m = at(pattern, text, start);
    if (!m) return null;
    const groups = m.slice(1).filter((g): g is string => g !== undefined && /^\d+$/.test(g));
    const year = Number(groups[0]);
    if (!plausibleYear(year)) return null;
    const last = secondYear(year, groups[1]);
    return raw(start, start + m[0].length, 'label', {
      year,
      until: last === null ? null : { year: last, month: null, day: null },
      label: name ? name(m) : captured(m, 1).toLowerCase().replace(/\s+/g, ' '),
    });
  };
}

const sessionLabel = label(SESSION_LABEL, null);
const papersLabel = label(PAPERS_LABEL, (m) => captured(m, 1).replace(/\s+/g, ' '));
const publicationLabel = label(PUBLICATION_LABEL, (m) => `${captured(m, 1)}.`);
const budgetLabel = label(BUDGET_LABEL, null);

/**
 * What a word can start: its parsers, and whether they are only worth trying when the next token
 * is a number or one of `NEXT_WORDS` (`gated`).
 */
export interface Route {
  readonly parsers: readonly Parser[];
  readonly gated: boolean;
}

/** The routes by first word (looked up case-insensitively in the token stream). */
export const ROUTES = new WordTrie<Route>();
const route = (words: readonly string[], parsers: readonly Parser[], gated = false): void =>
  words.forEach((w) => ROUTES.add(w, { parsers, gated }));

/**
 * Everything but a number that the gated words' phrases can have right after their first word:
 * "voor 3 mei", "in het voorjaar", "tot en met", "t/m", "medio-2020", "op dezelfde dag", "de
 * volgende dag", "een dag later", "in Q1 2023"; "de" and "het" there are `article`s, which go on
 * with one of AFTER_ARTICLE ("in het eerste kwartaal", "in de zomer", "in het jaar 2020", "op de
 * volgende dag"). The gated words ("de", "in", "voor", "het", "op", "van", "een", "die") are among
 * the commonest of the language and hardly ever start a date, so trying their parsers at each
 * would be most of the parser calls (docs/performance.md).
 * tests/unit/extract/dates-gate.test.ts checks that no phrase is lost.
 */
export const NEXT_WORDS = new WordTrie<'word' | 'article'>();
/** What "de" or "het" after a gated word must be followed by (or a number: "het 1e kwartaal"). */
export const AFTER_ARTICLE = new WordTrie<true>();
const ORDINALS = Object.keys(QUARTER_OF).filter((w) => !/^\d/.test(w));
for (const w of [
  ...WEEKDAYS,
  ...MONTH_FULL.split('|'),
  ...Object.keys(SEASONS),
  ...ORDINALS,
  'q1',
  'q2',
  'q3',
  'q4',
  'en',
  '/',
  '-',
  'begin',
  'medio',
  'half',
  'halverwege',
  'eind',
  'einde',
  'ultimo',
  'jaar',
  'dit',
  'vorig',
  'afgelopen',
  'volgend',
  'komend',
  'dezelfde',
  'diezelfde',
  'die',
  'zelfde',
  'volgende',
  'daaropvolgende',
  'dag',
])
  NEXT_WORDS.add(w, 'word');
for (const w of ['de', 'het']) NEXT_WORDS.add(w, 'article');
for (const w of [...ORDINALS, ...Object.keys(SEASONS), 'jaar', 'volgende', 'daaropvolgende', 'dag']) AFTER_ARTICLE.add(w, true);

const QUALIFIED = [dayDate, monthDate, yearDate, quarter, season];
route(['sinds', 'vanaf', 'vóór', 'voor', 'voór', 'vóor', 'na', 'tot', 't', 'uiterlijk', 'per'], QUALIFIED, true);
route(
  ['in', 'rond', 'omstreeks', 'halverwege', 'begin', 'medio', 'half', 'eind', 'einde', 'ultimo'],
  [monthDate, yearDate, quarter, season],
  true,
);
route(['van'], [yearDate], true);
route(WEEKDAYS, [dayDate]);
route(MONTH_FULL.split('|'), [monthDate]);
route(['eerste', 'tweede', 'derde', 'vierde', 'laatste', 'q1', 'q2', 'q3', 'q4'], [quarter]);
route(Object.keys(SEASONS), [season]);
route(['het'], [quarter, season], true);
route(['de'], [quarter, season, otherDay], true);
route(['op'], [sameDay, otherDay], true);
route(['die'], [sameDay], true);
route(['dezelfde', 'diezelfde'], [sameDay]);
route(['een', 'één'], [otherDay], true);
route(['volgende', 'daaropvolgende', 'dag'], [otherDay]);
route(['d', 'dd'], [dated]);
route(['vergaderjaar', 'zittingsjaar', 'zitting', 'parlementair'], [sessionLabel]);
route(['kamerstukken', 'kamerstuk', 'handelingen', 'aanhangsel', 'hand', 'bijl', 'aanh'], [papersLabel]);
route(['stb', 'stcrt', 'trb', 'gmb', 'prb', 'wsb', 'bgb', 'pbeu'], [publicationLabel]);
route(
  [
    'begroting',
    'begrotingsjaar',
    'jaarverslag',
    'jaarrekening',
    'jaarplan',
    'jaarrapportage',
    'miljoenennota',
    'voorjaarsnota',
    'najaarsnota',
    'slotwet',
    'suppletoire',
  ],
  [budgetLabel],
);

/** The parsers a number starts ("3 oktober", "06-04-2017", "2017-04-03", "1e kwartaal"). */
export const NUMBER_PARSERS: readonly Parser[] = [iso, numeric, dayDate, quarter];

/** Words that can follow a number in a date: a month, a range word, "kwartaal". */
export const AFTER_NUMBER = new WordTrie<true>();
for (const w of [...MONTH_FULL.split('|'), ...Object.keys(MONTHS), 'en', 't', 'tot', 'kwartaal', 'helft', 'jaarhelft', 'halfjaar'])
  AFTER_NUMBER.add(w, true);

/**
 * Reads the date phrase that starts at `pos` with the parsers its first word routes to, or null.
 * The caller guards the left edge; each parser only looks right, a bounded distance.
 */
export function matchDate(text: string, pos: number, parsers: readonly Parser[]): RawDate | null {
  for (const parse of parsers) {
    const found = parse(text, pos);
    if (found) return found;
  }
  return null;
}
