/**
 * The gazetteer as token tries, built once on first use: named bodies, parties, places and
 * countries (with their adjectives), and the ministers' portfolios.
 */
import { startsUpper, tokenKey } from '@/lib/extract/name-keys';
import { TokenTrie } from '@/lib/extract/trie';
import { countryNames, COUNTRY_VARIANTS, DEMONYMS } from './countries';
import { DUTCH_BODIES, INTERNATIONAL_BODIES, PARTIES, PLACES, type ActorType, type Entry } from './entries';
import { AGENCIES } from '@/lib/extract/gazetteer/data/agencies';
import { INTERNATIONAL } from '@/lib/extract/gazetteer/data/international';
import { MEDIA_AND_COMPANIES } from '@/lib/extract/gazetteer/data/media-companies';
import { MINISTRIES } from '@/lib/extract/gazetteer/data/ministries';
import { PARTIES_SINCE_1945 } from '@/lib/extract/gazetteer/data/parties';
import { PORTFOLIO_HISTORY } from '@/lib/extract/gazetteer/data/portfolios-history';
import { ROYAL_HOUSE } from '@/lib/extract/gazetteer/data/royal-house';
import { placeEntries } from './places';
import { PORTFOLIOS, type Portfolio } from './portfolios';

// Unicode patterns made once, at module level (why: name-keys.ts).
const MIXED_CASE = /\p{Lu}\p{Lu}|\p{Ll}\p{Lu}|\d/u;

/** What a name in the text refers to, and how the name is written. */
export interface Hit {
  entry: Entry;
  /** 'name' for the canonical name or an alias; 'adjective' for a country's adjective. */
  form: 'name' | 'adjective';
  /** Acronyms and mixed-case names ("EU", "PvdD", "GroenLinks") match only in their own case. */
  exactCase: boolean;
}

/** The tries Kantlijn looks names up in. */
export interface Gazetteer {
  names: TokenTrie<Hit>;
  portfolios: TokenTrie<Portfolio>;
  /** Canonical entries by name key, for rules that construct a name ("gemeente X"). */
  types: ReadonlyMap<string, ActorType>;
  /** Keys of the first words of names that are written in lower case ("college", "provinciale"). */
  lowerStarts: ReadonlySet<string>;
  /** Country adjectives by token key ("oekraiense" → "Oekraïne"). */
  adjectives: ReadonlyMap<string, string>;
}

// Built on first use from the constant lists and never changed after: the same for every text, so
// no extraction can leave anything in it for another.
let cached: Gazetteer | null = null;

/** The gazetteer (built on first call, about a millisecond). */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

// A form whose capitals are not just word-initial is an acronym or brand and keeps its case.
function isExactCase(form: string): boolean {
  return MIXED_CASE.test(form) || form.length <= 3;
}

// Each form, and where it has a straight apostrophe ("'s-Gravenhage") the same with a curly one:
// texts print either, and the two are different tokens.
function withApostrophes(forms: readonly string[]): string[] {
  const all: string[] = [];
  for (const form of forms) {
    all.push(form);
    if (form.includes("'")) all.push(form.replace(/'/g, '’'));
  }
  return all;
}

// The ministries of the years the site covers (since 1995) by their portfolio alone: "bij Defensie",
// "Sociale Zaken heeft …" — and "Sociale Zaken" for "Sociale Zaken en Werkgelegenheid".
function ministryShortForms(): Entry[] {
  const entries: Entry[] = [];
  for (const m of MINISTRIES) {
    if (m.until !== null && m.until < 1995) continue;
    const zaken = /^(\S+ Zaken) en /.exec(m.name)?.[1];
    const aliases = zaken ? [m.name, zaken] : [m.name];
    entries.push({ name: `Ministerie van ${m.name}`, type: 'organisation', aliases, shortForm: true });
  }
  return entries;
}

function build(): Gazetteer {
  const names = new TokenTrie<Hit>();
  const types = new Map<string, ActorType>();
  const lowerStarts = new Set<string>();
  const add = (entry: Entry) => {
    for (const form of withApostrophes([entry.name, ...(entry.aliases ?? [])])) {
      names.add(form, { entry, form: 'name', exactCase: isExactCase(form) });
      if (!startsUpper(form)) lowerStarts.add(tokenKey(form.split(/[\s-]/)[0] ?? ''));
    }
    types.set(entry.name.toLowerCase(), entry.type);
  };
  const listed = new Set<string>();
  for (const entry of [
    ...DUTCH_BODIES,
    ...INTERNATIONAL_BODIES,
    ...PARTIES,
    ...PLACES,
    ...AGENCIES,
    ...INTERNATIONAL,
    ...PARTIES_SINCE_1945,
    ...MEDIA_AND_COMPANIES,
    ...placeEntries(),
  ]) {
    // The hand-made entries come first and keep their names; a list repeating one adds nothing.
    if (listed.has(entry.name.toLowerCase())) continue;
    listed.add(entry.name.toLowerCase());
    add(entry);
  }
  for (const entry of ministryShortForms()) add(entry);
  for (const member of ROYAL_HOUSE) add({ name: member.name, type: 'person', aliases: member.aliases });
  for (const name of new Set(countryNames().values())) {
    add({ name, type: 'location', aliases: COUNTRY_VARIANTS[name] ?? [], country: true });
  }
  const adjectives = new Map<string, string>();
  for (const [adjective, country] of Object.entries(DEMONYMS)) {
    adjectives.set(tokenKey(adjective), country);
    const entry: Entry = { name: country, type: 'location' };
    names.add(adjective, { entry, form: 'adjective', exactCase: false });
    names.add(adjective.replace(/e$/, ''), { entry, form: 'adjective', exactCase: false }); // "Nederlands"
  }
  const portfolios = new TokenTrie<Portfolio>();
  const known = new Set(PORTFOLIOS.map((p) => p.name.toLowerCase()));
  const earlier: Portfolio[] = [];
  for (const m of MINISTRIES)
    if (!known.has(m.name.toLowerCase())) earlier.push({ name: m.name, abbreviations: m.abbreviations, ministry: true });
  for (const p of PORTFOLIO_HISTORY)
    if (!known.has(p.name.toLowerCase())) earlier.push({ name: p.name, abbreviations: [], ministry: false });
  for (const p of [...PORTFOLIOS, ...earlier]) {
    portfolios.add(p.name, p);
    // Abbreviations only ever follow "minister van" or "Ministerie van" here, never stand alone.
    for (const abbreviation of p.abbreviations) portfolios.add(abbreviation, p);
  }
  return { names, portfolios, types, adjectives, lowerStarts };
}
