/**
 * The regular expressions that find citations of other publications (SITE.md "Citation forms").
 * Each is scanned once over the text with the `g` flag; none has nested unbounded quantifiers, so
 * the work at every position is bounded and a scan is linear. Separators never cross a line break:
 * a dossier number in a heading line ("21 501-02" above "Nr. 2553 BRIEF …") is no citation.
 */

// A space inside a citation: plain, no-break, figure, thin, narrow no-break (the text index turns
// these into plain spaces, but raw strings may still hold them).
const SP = '[ \\u00a0\\u2007\\u2009\\u202f]';
// A dash inside a number: hyphen, non-breaking hyphen, figure and en dashes.
const DASH = '[\\-\\u2010\\u2011\\u2012\\u2013]';
const END = '(?![\\p{L}\\p{N}])';
// A vergaderjaar ("2001/02", "1998–1999", "2024 – 2025") or a single year.
const YEARS = `\\d{4}(?:${SP}?[/\\-\\u2010\\u2011\\u2012\\u2013]${SP}?\\d{2}(?:\\d{2})?)?${END}`;
const CHAMBER = `(?:II|I|TK|EK|Tweede${SP}Kamer|Eerste${SP}Kamer)${END}`;
// A dossier number: "21 501", "21501", "36.496". That it is not glued to a word, number or dash
// before it is checked in code (`GLUED_BEFORE`): a look-behind at the start of a pattern makes V8
// try every position slowly (docs/performance.md).
const DOSSIER = `\\d{2}(?:${SP}|\\.)?\\d{3}(?![\\p{N}])`;
// "nr.", "nrs.", "no.", "nummer"; capitalised only after an explicit "Kamerstuk" (see references.ts).
const NR = `(?:[Nn]rs?\\.?|[Nn]o\\.|[Nn]ummers?)`;
// An Eerste Kamer letter or a number; a letter is not an initial ("W.B. Hoekstra").
const NUMBER_OR_LETTER = `(?:\\d{1,5}|[A-Z]{1,2}(?!\\.${SP}?\\p{Lu}\\.))${END}`;

/**
 * Kamerstukken: `[Kamerstuk(ken) [II] [, vergaderjaar] [2001/02,]] 28 000 [VI|-02] [(R2115)] [,] nr. 46`,
 * or with a "Kamerstuk" prefix an Eerste Kamer letter: `Kamerstukken I 2019/20, 35 261, B`, or
 * the letter named as such, as the Eerste Kamer's Handelingen cite motions: `(33750, letter A)`.
 * Groups: prefix, dossier, suffix, rijkswet, kw (the "nr." word), num, letter, lettered. Sticky: tried
 * where `KAMERSTUK_START` finds a start.
 */
export const KAMERSTUK = new RegExp(
  `(?<prefix>(?:[Kk]amerstuk(?:ken)?|Bijl(?:agen|\\.)${SP}?Hand(?:elingen|\\.))(?:${SP}${CHAMBER})?,?${SP}` +
    `(?:(?:vergaderjaar|zitting)${SP})?(?:${YEARS},?${SP})?)?` +
    `(?<dossier>${DOSSIER})` +
    `(?:(?<suffix>${DASH}${SP}?(?:\\d{1,2}|[IVXL]{1,7}|[A-Z])|${SP}(?:[IVXL]{1,7}|[A-Z]))${END})?` +
    `(?:${SP}?\\((?<rijkswet>R\\d{3,4})\\))?` +
    `(?:,?${SP}?(?<kw>${NR})${SP}?(?<num>${NUMBER_OR_LETTER})|,${SP}(?<letter>[A-Z]{1,2}(?!\\.${SP}?\\p{Lu}\\.)${END})` +
    `|,${SP}letter${SP}(?<lettered>[A-Z]{1,2}${END}))`,
  'uy',
);

/**
 * Where a Kamerstuk citation may start: "Kamerstuk", "Bijl." or a five-digit number with, within
 * the reach of KAMERSTUK's suffix and rijkswet (at most 19 characters), the start of its "nr." or
 * ", B" tail. A cheap scan for these, then `KAMERSTUK` (sticky) at each, costs less than scanning
 * `KAMERSTUK`; the look-ahead keeps every dossier number of a motion list ("35925-32") from being a
 * start (docs/performance.md).
 */
export const KAMERSTUK_START = new RegExp(
  `[Kk]amerstuk|Bijl|\\d{2}[ \\u00a0\\u2007\\u2009\\u202f.]?\\d{3}(?!\\d)(?=[^\\n]{0,24}?(?:[Nn](?:r|o\\.|ummer)|,${SP}[A-Z]|,${SP}letter${SP}[A-Z]))`,
  'g',
);

/**
 * One more item of a number list after a Kamerstuk citation: `, 548`, ` en 548`, ` en nr. 548`.
 * Sticky: applied at the end of the previous item. Groups: item (kw + num), kw, num.
 */
export const MORE_NUMBER = new RegExp(`(?:,${SP}?|${SP}(?:en|&)${SP})(?<item>(?:(?<kw>${NR})${SP}?)?(?<num>${NUMBER_OR_LETTER}))`, 'uy');

/**
 * Handelingen and their Aanhangsel: `[Aanhangsel [der|van de] ]Handelingen [II|I|Tweede Kamer]
 * [, vergaderjaar] 2016/17, nr. 60[, item 7][, blz. 123]`. Groups: aanhangsel, chamber, y1, y2, kw,
 * nr, item, page.
 */
export const HANDELINGEN = new RegExp(
  `(?<aanhangsel>Aanhangsel(?:${SP}(?:der|van${SP}de|bij${SP}de))?${SP})?Handelingen` +
    `(?:${SP}der${SP}Staten-Generaal)?(?:,?${SP}(?<chamber>${CHAMBER}))?,?${SP}(?:(?:vergaderjaar|zitting)${SP})?` +
    `(?<y1>\\d{4})(?:${SP}?[/\\-\\u2010-\\u2013]${SP}?(?<y2>\\d{4}|\\d{2}))?(?![\\p{N}])` +
    `(?:,?${SP}(?:(?<kw>${NR})${SP}?)?(?<nr>\\d{1,5})${END}(?:,?${SP}(?:items?|punt)${SP}(?<item>\\d{1,3})(?![\\p{N}]))?)?` +
    `(?:,?${SP}(?:blz\\.|pag\\.|pp?\\.|bladzijden?)${SP}?(?<page>\\d{1,5}(?:${SP}?${DASH}${SP}?\\d{1,5})?)(?![\\p{N}]))?`,
  'gu',
);

/** The gazettes whose citations read `NAME YEAR, [nr.] NUMBER`, with their id prefix. */
export const GAZETTE_PREFIX: Readonly<Record<string, string>> = {
  'stb.': 'stb',
  staatsblad: 'stb',
  'stcrt.': 'stcrt',
  staatscourant: 'stcrt',
  'trb.': 'trb',
  tractatenblad: 'trb',
  'gmb.': 'gmb',
  gemeenteblad: 'gmb',
  'prb.': 'prb',
  'provinciaal blad': 'prb',
  'wsb.': 'wsb',
  waterschapsblad: 'wsb',
  'bgr.': 'bgr',
  'blad gemeenschappelijke regeling': 'bgr',
};

/**
 * Staatsblad, Staatscourant, Tractatenblad and the decentral gazettes: `Stb. 2019, 143`,
 * `Staatsblad 2019, nr. 143`, `Stcrt. 2020 nr. 12345`. Groups: name, year, num.
 */
export const GAZETTE = new RegExp(
  `(?<name>[Ss]tb\\.|Staatsblad|[Ss]tcrt\\.|Staatscourant|[Tt]rb\\.|Tractatenblad|Gmb\\.|Gemeenteblad|Prb\\.|` +
    `Provinciaal${SP}blad|Wsb\\.|Waterschapsblad|Bgr\\.|Blad${SP}gemeenschappelijke${SP}regeling)` +
    `(?:${SP}van)?${SP}?(?<year>(?:1[89]|20)\\d{2})(?![\\p{N}])` +
    `(?:,${SP}?(?:${NR}${SP}?)?|${SP}${NR}${SP}?)(?<num>\\d{1,6})${END}`,
  'gu',
);

/**
 * A site id written out, alone or in an address: `kst-35570-XIV-46`,
 * `https://zoek.officielebekendmakingen.nl/kst-33849-3.html`. Group: id. Every part has the
 * length the site's ids give it at most, with room to spare ("h-tk-19951996-30-2264-2267" has
 * five parts of at most eight): a pattern free to run on would read a long token that is no id
 * ("kst-1kst-1…" glued to a letter, or ending in "-") to its end from each "kst" in it.
 */
export const SITE_ID = new RegExp(
  `(?:https?://zoek\\.officielebekendmakingen\\.nl/(?:[\\w.\\-]{1,64}/){0,6})?` +
    `(?<id>(?:kst|blg|h-tk|h-ek|ah-tk|ah-ek|kv-tk|kv-ek|stb|stcrt|trb|gmb|prb|wsb|bgr)-\\d[\\dA-Za-z]{0,15}(?:-[\\dA-Za-z]{1,16}){0,6})` +
    `(?:\\.(?:html|pdf|xml))?(?![\\w\\-])`,
  'gu',
);

/**
 * A motion or kamerstuk id as printed in motion lists: `35570-XIV-46`, `21501-32-1188`,
 * `35925-32`. Groups (numbered: a motion list has thousands of ids, and named groups cost an
 * object per match): 1 dossier, 2 middle, 3 num. Not glued to what stands before it
 * (`GLUED_TO_DOSSIER`, checked in code like DOSSIER's); two-part ids need a cue or a list
 * (references.ts).
 */
export const HYPHEN_ID = new RegExp(
  `(\\d{2}${SP}?\\d{3})${DASH}(?:(\\d{2}|[IVXL]{1,7}|[A-Z])${DASH})?([1-9]\\d{0,4})(?![\\p{L}\\p{N}]|${DASH}\\p{N}|[.,]\\p{N})`,
  'gu',
);

/** What a bare dossier number may not follow: a letter, digit, point, slash or dash ("1.21 501"). */
export const GLUED_TO_DOSSIER = /[\p{L}\p{N}./\-\u2010-\u2013]/u;
/** What a written site id may not follow ("tekst-35", "x_kst-1"); a slash may ("…/kst-35165-9"). */
export const GLUED_TO_ID = /[\p{L}\p{N}_-]/u;
/** What a gazette name may not follow: a letter ("Rstb."); a glued footnote digit may ("15Stb."). */
export const GLUED_TO_NAME = /\p{L}/u;

/**
 * What may stand between two items of a motion list: `; `, `, `, ` en `. Sticky: tried at the end
 * of one item, it must end where the next starts (references.ts).
 */
export const LIST_GAP = new RegExp(`(?:${SP}?[;,]${SP}?|${SP}(?:en|of)${SP})`, 'uy');

/** Words right before a lone two-part id that make it a kamerstuk: "motie", "Kamerstuk", "amendement". */
export const ID_CUE = new RegExp(`(?:motie|moties|amendement|amendementen|kamerstuk|kamerstukken)[\\s:(]*(?:${NR}[\\s:]*)?$`, 'iu');
