/**
 * Offices: `(de) Minister|Staatssecretaris (van|voor) PORTFOLIO` (several after "MINISTERS VAN …,
 * VAN …"), `Minister-President (van …)`, and functions named with what they serve: "Speciaal
 * Vertegenwoordiger voor de Zuidelijke Kaukasus", "woordvoerder van de EDEO", "Voorzitter van de
 * Tweede Kamer der Staten-Generaal", "[Azerbeidzjaanse] ambassadeur [in Bakoe]", "Armeense
 * Ombudsman". An adjective of a country before the function is part of it: the Ukrainian minister
 * is not the Dutch one.
 */
import { startsUpper, tokenKey } from '@/lib/extract/name-keys';
import { gazetteer } from '@/lib/extract/gazetteer';
import type { Tokens } from '@/lib/extract/tokens';

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
const FUNCTION_WORDS = new Set(['van', 'voor', 'de', 'het', 'der', 'en']);

type Word = (i: number) => string;
type Key = (i: number) => string;

// Capitalised words (with "van", "de", "en" between them) from token j: "de Zuidelijke Kaukasus".
function capitalisedPhrase(t: Tokens, j: number, word: Word): number {
  let end = j;
  let k = j;
  while (k < t.count && k - j < 10) {
    const w = word(k);
    if (t.isWord[k] && startsUpper(w)) end = k + 1;
    else if (!(t.isWord[k] && FUNCTION_WORDS.has(w)) && !(w === '-' && t.ends[k - 1] === t.starts[k])) break;
    k++;
  }
  return end;
}

function titled(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Minister/Staatssecretaris offices starting at token i (several for "Ministers van A, van B en voor C"). */
export function ministerOffices(t: Tokens, i: number, word: Word, key: Key): OfficeMatch[] {
  const head = key(i);
  const g = gazetteer();
  // "mijn ambtgenoot van Binnenlandse Zaken": the minister of that portfolio.
  if ((head === 'ambtgenoot' || head === 'ambtgenote' || head === 'collega') && (key(i + 1) === 'van' || key(i + 1) === 'voor')) {
    const portfolio = g.portfolios.matchAt(t, i + 2, key)[0];
    const p = portfolio?.values[0]?.value;
    if (portfolio && p)
      return [
        officeMatch(
          t.starts[i] as number,
          t.ends[portfolio.end - 1] as number,
          portfolio.end,
          `Minister ${key(i + 1)} ${p.name}`,
          p.ministry ? tokenKey(`Minister van ${p.name}`) : '',
        ),
      ];
  }
  if (!HEADS.has(head)) return NO_OFFICES;
  const found: OfficeMatch[] = [];
  if (head === 'minister' && word(i + 1) === '-' && key(i + 2) === 'president') {
    let end = i + 3;
    let name = 'Minister-President';
    if (key(end) === 'van' && /^(de|het)$/.test(key(end + 1))) {
      const phraseEnd = capitalisedPhrase(t, end + 2, word);
      if (phraseEnd > end + 2) {
        name = `Minister-President van ${t.text.slice(t.starts[end + 1], t.ends[phraseEnd - 1])}`;
        end = phraseEnd;
      }
    }
    return [officeMatch(t.starts[i] as number, t.ends[end - 1] as number, end, name)];
  }
  const singular = head.startsWith('minister') ? 'Minister' : 'Staatssecretaris';
  const plural = head === 'ministers' || head === 'staatssecretarissen';
  let j = i + 1;
  // "de Minister en Staatssecretaris van Infrastructuur en Waterstaat": one portfolio, two offices.
  if (head === 'minister' && key(j) === 'en' && key(j + 1) === 'staatssecretaris' && (key(j + 2) === 'van' || key(j + 2) === 'voor')) {
    const portfolio = g.portfolios.matchAt(t, j + 3, key)[0];
    const p = portfolio?.values[0]?.value;
    if (portfolio && p) {
      const end = t.ends[portfolio.end - 1] as number;
      return [
        officeMatch(t.starts[i] as number, end, portfolio.end, `Minister ${key(j + 2)} ${p.name}`),
        officeMatch(t.starts[j + 1] as number, end, portfolio.end, `Staatssecretaris ${key(j + 2)} ${p.name}`),
      ];
    }
  }
  let start = t.starts[i] as number;
  while (j < t.count) {
    const prep = key(j);
    if (prep !== 'van' && prep !== 'voor') break;
    const portfolio = g.portfolios.matchAt(t, j + 1, key)[0];
    if (!portfolio) break;
    const p = portfolio.values[0]?.value;
    if (!p) break;
    // The office of a portfolio with a ministry of its own is one, with "van" or "voor" printed.
    const name = `${singular} ${prep} ${p.name}`;
    found.push(
      officeMatch(start, t.ends[portfolio.end - 1] as number, portfolio.end, name, p.ministry ? tokenKey(`${singular} van ${p.name}`) : ''),
    );
    // "…, van Financiën en voor Rechtsbescherming": another portfolio of the same plural head.
    let k = portfolio.end;
    if (word(k) === ',' || key(k) === 'en') k++;
    if (key(k) === 'en') k++;
    if (!plural) break;
    if (key(k) !== 'van' && key(k) !== 'voor') break;
    start = t.starts[k] as number;
    j = k;
  }
  return found;
}

/** Other named functions starting at token i ("Speciaal Vertegenwoordiger voor …", "ambassadeur in …"). */
export function otherOffice(t: Tokens, i: number, word: Word, key: Key, kamerName: string): OfficeMatch | null {
  const k = key(i);
  if (!OTHER_HEADS.has(k)) return null;
  if ((k === 'speciaal' || k === 'speciale') && key(i + 1) === 'vertegenwoordiger' && key(i + 2) === 'voor') {
    const end = capitalisedPhrase(t, i + 3, word);
    if (end > i + 3) return officeAt(t, i, end, `Speciaal Vertegenwoordiger voor ${t.text.slice(t.starts[i + 3], t.ends[end - 1])}`);
  }
  // "Koning der Nederlanden", "Koningin der Nederlanden": the head of state, in the opening of a royal decree.
  if ((k === 'koning' || k === 'koningin') && key(i + 1) === 'der' && key(i + 2) === 'nederlanden')
    return officeAt(t, i, i + 3, `${titled(k)} der Nederlanden`);
  // "de Koning", "Hare Majesteit de Koningin": the same office, named by its title alone.
  if (
    (k === 'koning' || k === 'koningin') &&
    startsUpper(word(i)) &&
    (key(i - 1) === 'de' || key(i - 1) === 'majesteit') &&
    !startsUpper(word(i + 1)) &&
    word(i + 1) !== '-'
  ) {
    return officeMatch(t.starts[i] as number, t.ends[i] as number, i + 1, titled(k), tokenKey(`${titled(k)} der Nederlanden`));
  }
  if (k === 'hoge' && key(i + 1) === 'vertegenwoordiger' && startsUpper(word(i))) return officeAt(t, i, i + 2, 'Hoge Vertegenwoordiger');
  // "woordvoerder van de EDEO", "directeur-generaal van het IAEA", "secretaris-generaal van de NAVO".
  const general = (k === 'directeur' || k === 'secretaris') && word(i + 1) === '-' && key(i + 2) === 'generaal';
  if ((k === 'woordvoerder' || general) && !(general && key(i + 3) !== 'van')) {
    const title = general ? `${k}-generaal` : k;
    let j = general ? i + 3 : i + 1;
    if (key(j) !== 'van') return null;
    j++;
    const article = key(j) === 'de' || key(j) === 'het' ? j : -1;
    if (article >= 0) j++;
    const end = capitalisedPhrase(t, j, word);
    if (end > j) return officeAt(t, i, end, `${title} van ${t.text.slice(t.starts[article >= 0 ? article : j], t.ends[end - 1])}`);
  }
  if (
    k === 'voorzitter' &&
    key(i + 1) === 'van' &&
    key(i + 2) === 'de' &&
    (key(i + 3) === 'tweede' || key(i + 3) === 'eerste') &&
    key(i + 4) === 'kamer'
  ) {
    const full = key(i + 5) === 'der' && key(i + 6) === 'staten';
    const end = full ? i + 9 : i + 5;
    return officeAt(t, i, end, `Voorzitter van de ${titled(key(i + 3))} Kamer der Staten-Generaal`);
  }
  if (k === 'voorzitter' && kamerName && key(i + 1) !== 'van') return officeAt(t, i, i + 1, `Voorzitter van de ${kamerName}`);
  if (FUNCTIONS_OF.has(k) && key(i + 1) === 'van') {
    const article = key(i + 2) === 'de' || key(i + 2) === 'het' ? 1 : 0;
    // "Directeur van Uw kabinet": a body the addressee has, named by its noun.
    const yours = key(i + 2) === 'uw' && t.isWord[i + 3] === 1 ? i + 4 : 0;
    const end = yours || capitalisedPhrase(t, i + 2 + article, word);
    if (end > i + 2 + article) return officeAt(t, i, end, `${k} van ${t.text.slice(t.starts[i + 2], t.ends[end - 1])}`);
  }
  // "de burgemeester", "De dijkgraaf": in a local publication, the one who holds it there.
  if (LOCAL_FUNCTIONS.has(k) && key(i - 1) === 'de' && !startsUpper(word(i + 1)) && key(i + 1) !== 'en' && word(i + 1) !== '-')
    return officeAt(t, i, i + 1, k);
  return null;
}

function officeAt(t: Tokens, i: number, end: number, name: string): OfficeMatch {
  return officeMatch(t.starts[i] as number, t.ends[end - 1] as number, end, name);
}

/** Functions named by a country's adjective: "[de] Azerbeidzjaanse ambassadeur", "Armeense Ombudsman", "Nederlandse ambassadeur in Bakoe". */
export function qualifiedOffice(t: Tokens, i: number, adjectiveEnd: number, country: string, word: Word, key: Key): OfficeMatch | null {
  const noun = key(adjectiveEnd);
  const adjective = t.text.slice(t.starts[i], t.ends[adjectiveEnd - 1]);
  if (noun === 'ambassadeur' || noun === 'ombudsman' || noun === 'consul') {
    let end = adjectiveEnd + 1;
    let name = `${adjective} ${noun === 'ombudsman' ? word(adjectiveEnd) : noun}`;
    if (key(end) === 'in' && startsUpper(word(end + 1))) {
      name += ` in ${word(end + 1)}`;
      end += 2;
    }
    const place = name.includes(' in ') ? name.slice(name.indexOf(' in ') + 4) : '';
    return officeMatch(t.starts[i] as number, t.ends[end - 1] as number, end, name, `${noun}|${country}|${place}`.toLowerCase());
  }
  return null;
}

/** "ambassadeur van Azerbeidzjan": the same office as "Azerbeidzjaanse ambassadeur" (same key). */
export function officeOfCountry(
  t: Tokens,
  i: number,
  key: Key,
  countryAt: (j: number) => { end: number; country: string } | null,
): OfficeMatch | null {
  const noun = key(i);
  if ((noun !== 'ambassadeur' && noun !== 'consul') || key(i + 1) !== 'van') return null;
  const c = countryAt(i + 2);
  if (!c) return null;
  return officeMatch(
    t.starts[i] as number,
    t.ends[c.end - 1] as number,
    c.end,
    t.text.slice(t.starts[i], t.ends[c.end - 1]),
    `${noun}|${c.country}|`.toLowerCase(),
  );
}
