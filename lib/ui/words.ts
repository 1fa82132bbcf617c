/**
 * The words of the interface (DESIGN.md: they are part of the interface), from `browser.i18n`:
 * `public/_locales/nl` (the default) and `public/_locales/en`. Where `browser.i18n` is missing (the
 * CLI, unit tests) or has no such message, the Dutch messages bundled here answer, so a word is
 * never blank.
 */
import type { PageProblem } from '@/lib/page/read-page';
import { browser } from 'wxt/browser';
import nl from '@/public/_locales/nl/messages.json';
import type { DocumentKind } from '@/lib/model/report';

/** The name of a message in `_locales/*\/messages.json`. */
export type WordKey = keyof typeof nl;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// "$ARG1$" placeholders as `browser.i18n` fills them, for the bundled fallback.
function fill(entry: Message, subs: readonly string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** One word or sentence of the interface in the browser's language, with `$1`… filled in. */
export function msg(key: WordKey, ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  try {
    const text = browser.i18n?.getMessage(key, strings);
    if (text) return text;
  } catch {
    // No i18n here (a test, the CLI): the bundled Dutch message below.
  }
  return fill((nl as Record<string, Message>)[key] as Message, strings);
}

const KIND_KEYS: Readonly<Record<DocumentKind, WordKey>> = {
  letter: 'kindLetter',
  'parliamentary-questions': 'kindParliamentaryQuestions',
  proceedings: 'kindProceedings',
  'parliamentary-paper': 'kindParliamentaryPaper',
  'official-gazette': 'kindOfficialGazette',
  none: 'kindNone',
};

/** The kind of a publication in the reader's words. */
export function kindLabel(kind: DocumentKind): string {
  return msg(KIND_KEYS[kind]);
}

/**
 * The language of the words actually shown ("nl", "en"): a message of its own in each locale, so
 * it is the locale the browser chose for `msg` (a German browser reads the default, Dutch), never
 * a guess from the browser's language. Documents and shadow roots take it as their `lang`, so a
 * screen reader pronounces the words in their own language.
 */
export function uiLang(): string {
  return msg('uiLang');
}

/** A message stem that has a form for one and one for other numbers: `fooOne` and `fooOther`. */
export type PluralKey = {
  [K in WordKey]: K extends `${infer Stem}One` ? (`${Stem}Other` extends WordKey ? Stem : never) : never;
}[WordKey];

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The CLDR plural category of `n` in `lang` (only "one" and "other" exist in Dutch and English). */
function pluralOf(n: number, lang: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

/** A count as the shown language writes numbers ("1.000" / "1,000"). */
export function formatNumber(n: number, lang: string = uiLang()): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 0 });
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

/**
 * Every count the reader sees, with its noun in the right form by the language's plural rules
 * ("1 vermelding", "0 vermeldingen", "2 documenten gezien"): `stemOne` or `stemOther`, chosen by
 * `Intl.PluralRules` for `count`. The placeholders get `subs`, or the formatted count when none
 * are given ("$ARG1$ van $ARG2$ notities" passes both numbers and chooses by the second).
 */
export function countWords(stem: PluralKey, count: number, ...subs: Array<string | number>): string {
  const lang = uiLang();
  const form = pluralOf(count, lang) === 'one' ? 'One' : 'Other';
  const filled = subs.length > 0 ? subs.map((s) => (typeof s === 'number' ? formatNumber(s, lang) : s)) : [formatNumber(count, lang)];
  return msg(`${stem}${form}` as WordKey, ...filled);
}

/** "1 document gezien" / "3 documenten gezien". */
export function documentsSeen(n: number): string {
  return countWords('documentsSeen', n);
}

const PROBLEM_WORDS: Record<PageProblem, WordKey> = {
  'no-text': 'problemNoText',
  'no-date': 'problemNoDate',
  'no-signature': 'problemNoSignature',
};

/** What a page lacks, said to the reader: lib/page reports codes, the UI chooses the words. */
export function problemWords(problem: PageProblem): string {
  return msg(PROBLEM_WORDS[problem]);
}
