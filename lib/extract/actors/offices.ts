/**
 * Offices: `(de) Minister|Staatssecretaris (van|voor) PORTFOLIO` (several after "MINISTERS VAN …,
 * VAN …"), `Minister-President (van …)`, and functions named with what they serve: "Speciaal
 * Vertegenwoordiger voor de Zuidelijke Kaukasus", "woordvoerder van de EDEO", "Voorzitter van de
 * Tweede Kamer der Staten-Generaal", "[Azerbeidzjaanse] ambassadeur [in Bakoe]", "Armeense
 * Ombudsman". An adjective of a country before the function is part of it: the Ukrainian minister
 * is not the Dutch one.
 */
import { startsUpper } from '@/lib/extract/name-keys';
import { gazetteer } from '@/lib/extract/gazetteer';
import { endOf, startOf, touches, type Tokens } from '@/lib/extract/tokens';
import type { TokenWords } from './token-words';

/** Finds countries by name in the tokens (the gazetteer's, as the actor rules read it). */
export interface CountryNames {
  /** The country whose name starts at token j, and the token after it; null elsewhere. */
  countryAt(j: number): { end: number; country: string } | null;
}

/** An office found at a token. */
export interface OfficeMatch {
  start: number;
  end: number;
  endToken: number;
  name: string;
  /**
   * Identity when two printed forms name one office ("ambassadeur van X" = "X-se ambassadeur");
   * '' when the name is the identity.
   */
  key: string;
}

/**
 * Every match is made here, with every field, in one order, so all matches have one shape and the
 * rules compiled for it stay valid (docs/performance.md).
 */
function officeMatch(start: number, end: number, endToken: number, name: string, key = ''): OfficeMatch {
  return { start, end, endToken, name, key };
}

const NO_OFFICES: OfficeMatch[] = [];
/** Functions that head a body named after "van": "burgemeester van Apeldoorn", "directeur van het Kadaster". */
const FUNCTIONS_OF = new Set([
  'woordvoerder',
  'directeur',
  'secretaris',
  'voorzitter',
  'burgemeester',
  'gouverneur',
  'dijkgraaf',
  'president',
  'hoofd',
  'griffier',
  'commandant',
  'korpschef',
]);
/** The first words of the offices `otherOffice` reads. */
const OTHER_HEADS = new Set(['speciaal', 'speciale', 'hoge', 'koning', 'koningin', ...FUNCTIONS_OF]);
/** Functions that one person holds in the body a local publication comes from: "de burgemeester". */
const LOCAL_FUNCTIONS = new Set(['burgemeester', 'dijkgraaf']);
const HEADS = new Set(['minister', 'ministers', 'staatssecretaris', 'staatssecretarissen']);
/** A minister named as the writer's colleague: "mijn ambtgenoot van Binnenlandse Zaken". */
const COLLEAGUES = new Set(['ambtgenoot', 'ambtgenote', 'collega']);
/** Functions named by the country they serve: "ambassadeur van Azerbeidzjan". */
const OF_COUNTRY = new Set(['ambassadeur', 'consul']);
/**
 * The first words of every office the functions here read, from the sets they test: at any other
 * word the office rules need not run (most capitalised words start none).
 */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([...HEADS, ...OTHER_HEADS, ...COLLEAGUES, ...OF_COUNTRY]);
const FUNCTION_WORDS = new Set(['van', 'voor', 'de', 'het', 'der', 'en']);

// Capitalised words (with "van", "de", "en" between them) from token j: "de Zuidelijke Kaukasus".
function capitalisedPhrase(t: Tokens, j: number, words: TokenWords): number {
  let end = j;
  let k = j;
  while (k < t.count && k - j < 10) {
    const word = words.word(k);
    if (t.isWord[k] && startsUpper(word)) end = k + 1;
    else if (!(t.isWord[k] && FUNCTION_WORDS.has(word)) && !(word === '-' && t.ends[k - 1] === t.starts[k])) break;
    k++;
  }
  return end;
}

function titled(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Minister/Staatssecretaris offices starting at token i (several for "Ministers van A, van B en voor C"). */
export function ministerOffices(t: Tokens, i: number, words: TokenWords): OfficeMatch[] {
  const head = words.key(i);
  const { portfolios } = gazetteer();
  // "mijn ambtgenoot van Binnenlandse Zaken": the minister of that portfolio.
  if (COLLEAGUES.has(head) && (words.key(i + 1) === 'van' || words.key(i + 1) === 'voor')) {
    const portfolio = portfolios.longestAt(t, i + 2, words);
    const field = portfolio?.values[0]?.value;
    if (portfolio && field)
      return [
        officeAt(
          t,
          i,
          portfolio.end,
          `Minister ${words.key(i + 1)} ${field.name}`,
          field.ministry ? words.keyOf(`Minister van ${field.name}`) : '',
        ),
      ];
  }
  if (!HEADS.has(head)) return NO_OFFICES;
  const found: OfficeMatch[] = [];
  if (head === 'minister' && words.word(i + 1) === '-' && words.key(i + 2) === 'president') {
    // "vice-minister-president": the deputy, another office than the Minister-President.
    if (words.word(i - 1) === '-' && words.key(i - 2) === 'vice' && touches(t, i - 2) && touches(t, i - 1)) {
      return [officeAt(t, i - 2, i + 3, 'Vice-minister-president')];
    }
    let end = i + 3;
    let name = 'Minister-President';
    if (words.key(end) === 'van' && /^(de|het)$/.test(words.key(end + 1))) {
      const phraseEnd = capitalisedPhrase(t, end + 2, words);
      if (phraseEnd > end + 2) {
        name = `Minister-President van ${t.text.slice(t.starts[end + 1], t.ends[phraseEnd - 1])}`;
        end = phraseEnd;
      }
    }
    return [officeAt(t, i, end, name)];
  }
  const singular = head.startsWith('minister') ? 'Minister' : 'Staatssecretaris';
  const plural = head === 'ministers' || head === 'staatssecretarissen';
  let j = i + 1;
  // "de Minister en Staatssecretaris van Infrastructuur en Waterstaat": one portfolio, two offices.
  if (
    head === 'minister' &&
    words.key(j) === 'en' &&
    words.key(j + 1) === 'staatssecretaris' &&
    (words.key(j + 2) === 'van' || words.key(j + 2) === 'voor')
  ) {
    const portfolio = portfolios.longestAt(t, j + 3, words);
    const field = portfolio?.values[0]?.value;
    if (portfolio && field) {
      return [
        officeAt(t, i, portfolio.end, `Minister ${words.key(j + 2)} ${field.name}`),
        officeAt(t, j + 1, portfolio.end, `Staatssecretaris ${words.key(j + 2)} ${field.name}`),
      ];
    }
  }
  let from = i; // the first token of the next office
  while (j < t.count) {
    const prep = words.key(j);
    if (prep !== 'van' && prep !== 'voor') break;
    const portfolio = portfolios.longestAt(t, j + 1, words);
    if (!portfolio) break;
    const field = portfolio.values[0]?.value;
    if (!field) break;
    // The office of a portfolio with a ministry of its own is one, with "van" or "voor" printed.
    const name = `${singular} ${prep} ${field.name}`;
    found.push(officeAt(t, from, portfolio.end, name, field.ministry ? words.keyOf(`${singular} van ${field.name}`) : ''));
    // "…, van Financiën en voor Rechtsbescherming": another portfolio of the same plural head.
    let k = portfolio.end;
    if (words.word(k) === ',' || words.key(k) === 'en') k++;
    if (words.key(k) === 'en') k++;
    if (!plural) break;
    if (words.key(k) !== 'van' && words.key(k) !== 'voor') break;
    from = k;
    j = k;
  }
  return found;
}

/** Other named functions starting at token i ("Speciaal Vertegenwoordiger voor …", "ambassadeur in …"). */
export function otherOffice(t: Tokens, i: number, words: TokenWords, kamerName: string): OfficeMatch | null {
  const head = words.key(i);
  if (!OTHER_HEADS.has(head)) return null;
  if ((head === 'speciaal' || head === 'speciale') && words.key(i + 1) === 'vertegenwoordiger' && words.key(i + 2) === 'voor') {
    const end = capitalisedPhrase(t, i + 3, words);
    if (end > i + 3) return officeAt(t, i, end, `Speciaal Vertegenwoordiger voor ${t.text.slice(t.starts[i + 3], t.ends[end - 1])}`);
  }
  // "Koning der Nederlanden", "Koningin der Nederlanden": the head of state, in the opening of a royal decree.
  if ((head === 'koning' || head === 'koningin') && words.key(i + 1) === 'der' && words.key(i + 2) === 'nederlanden')
    return officeAt(t, i, i + 3, `${titled(head)} der Nederlanden`);
  // "de Koning", "Hare Majesteit de Koningin": the same office, named by its title alone.
  if (
    (head === 'koning' || head === 'koningin') &&
    startsUpper(words.word(i)) &&
    (words.key(i - 1) === 'de' || words.key(i - 1) === 'majesteit') &&
    !startsUpper(words.word(i + 1)) &&
    words.word(i + 1) !== '-'
  ) {
    return officeAt(t, i, i + 1, titled(head), words.keyOf(`${titled(head)} der Nederlanden`));
  }
  if (head === 'hoge' && words.key(i + 1) === 'vertegenwoordiger' && startsUpper(words.word(i)))
    return officeAt(t, i, i + 2, 'Hoge Vertegenwoordiger');
  // "woordvoerder van de EDEO", "directeur-generaal van het IAEA", "secretaris-generaal van de NAVO".
  const general = (head === 'directeur' || head === 'secretaris') && words.word(i + 1) === '-' && words.key(i + 2) === 'generaal';
  if ((head === 'woordvoerder' || general) && !(general && words.key(i + 3) !== 'van')) {
    const title = general ? `${head}-generaal` : head;
    let j = general ? i + 3 : i + 1;
    if (words.key(j) !== 'van') return null;
    j++;
    const article = words.key(j) === 'de' || words.key(j) === 'het' ? j : -1;
    if (article >= 0) j++;
    const end = capitalisedPhrase(t, j, words);
    if (end > j) return officeAt(t, i, end, `${title} van ${t.text.slice(t.starts[article >= 0 ? article : j], t.ends[end - 1])}`);
  }
  if (
    head === 'voorzitter' &&
    words.key(i + 1) === 'van' &&
    words.key(i + 2) === 'de' &&
    (words.key(i + 3) === 'tweede' || words.key(i + 3) === 'eerste') &&
    words.key(i + 4) === 'kamer'
  ) {
    // "… der Staten-Generaal": up to "Generaal", where the text goes on that far.
    const full = words.key(i + 5) === 'der' && words.key(i + 6) === 'staten';
    const end = full ? Math.min(i + 9, t.count) : i + 5;
    return officeAt(t, i, end, `Voorzitter van de ${titled(words.key(i + 3))} Kamer der Staten-Generaal`);
  }
  if (head === 'voorzitter' && kamerName && words.key(i + 1) !== 'van') return officeAt(t, i, i + 1, `Voorzitter van de ${kamerName}`);
  if (FUNCTIONS_OF.has(head) && words.key(i + 1) === 'van') {
    const article = words.key(i + 2) === 'de' || words.key(i + 2) === 'het' ? 1 : 0;
    // "Directeur van Uw kabinet": a body the addressee has, named by its noun.
    const yours = words.key(i + 2) === 'uw' && t.isWord[i + 3] === 1 ? i + 4 : 0;
    const end = yours || capitalisedPhrase(t, i + 2 + article, words);
    if (end > i + 2 + article) return officeAt(t, i, end, `${head} van ${t.text.slice(t.starts[i + 2], t.ends[end - 1])}`);
  }
  // "de burgemeester", "De dijkgraaf": in a local publication, the one who holds it there.
  if (
    LOCAL_FUNCTIONS.has(head) &&
    words.key(i - 1) === 'de' &&
    !startsUpper(words.word(i + 1)) &&
    words.key(i + 1) !== 'en' &&
    words.word(i + 1) !== '-'
  )
    return officeAt(t, i, i + 1, head);
  return null;
}

// The office over the tokens [first, end).
function officeAt(t: Tokens, first: number, end: number, name: string, key = ''): OfficeMatch {
  return officeMatch(startOf(t, first), endOf(t, end - 1), end, name, key);
}

/**
 * Functions named by a country's adjective: "[de] Azerbeidzjaanse ambassadeur", "Armeense Ombudsman",
 * "Nederlandse ambassadeur in Bakoe".
 */
export function qualifiedOffice(t: Tokens, i: number, adjectiveEnd: number, country: string, words: TokenWords): OfficeMatch | null {
  const noun = words.key(adjectiveEnd);
  const adjective = t.text.slice(t.starts[i], t.ends[adjectiveEnd - 1]);
  if (noun === 'ambassadeur' || noun === 'ombudsman' || noun === 'consul') {
    let end = adjectiveEnd + 1;
    let name = `${adjective} ${noun === 'ombudsman' ? words.word(adjectiveEnd) : noun}`;
    if (words.key(end) === 'in' && startsUpper(words.word(end + 1))) {
      name += ` in ${words.word(end + 1)}`;
      end += 2;
    }
    const place = name.includes(' in ') ? name.slice(name.indexOf(' in ') + 4) : '';
    return officeAt(t, i, end, name, `${noun}|${country}|${place}`.toLowerCase());
  }
  return null;
}

/** "ambassadeur van Azerbeidzjan": the same office as "Azerbeidzjaanse ambassadeur" (same key). */
export function officeOfCountry(t: Tokens, i: number, words: TokenWords, countries: CountryNames): OfficeMatch | null {
  const noun = words.key(i);
  if (!OF_COUNTRY.has(noun) || words.key(i + 1) !== 'van') return null;
  const country = countries.countryAt(i + 2);
  if (!country) return null;
  const name = t.text.slice(t.starts[i], t.ends[country.end - 1]);
  return officeAt(t, i, country.end, name, `${noun}|${country.country}|`.toLowerCase());
}
