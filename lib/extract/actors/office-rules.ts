/**
 * The rules that name offices at a token (their shapes are read by offices.ts), and bind an office
 * to the person who holds it where the text says so: a name right after the office ("…, T. Klaar"),
 * the chair named under the heading of Handelingen, the monarch who decrees, the minister's
 * portfolio in brackets after a name ("Minister Uitermark (Binnenlandse Zaken)").
 */
import { startsUpper } from '@/lib/extract/name-keys';
import { lineBreakAfter, startOf } from '@/lib/extract/tokens';
import { candidate, type Candidate } from './candidate';
import { decreeMaker } from './name-context';
import { ministerOffices, OFFICE_WORDS, officeOfCountry, otherOffice } from './offices';
import { readInitialsName, readListName } from './person-names';
import { isParticle, readPersonAt, surnameAt, wholeName } from './person-rules';
import type { RuleState } from './rule-state';
import { KAMER } from './rule-words';

/** The office rules at token i, whose key is `key`. */
export function officeRules(state: RuleState, i: number, key: string, capital: boolean): void {
  if (!OFFICE_WORDS.has(key)) return;
  const { t, words } = state;
  const ministers = ministerOffices(t, i, words);
  const firstMinister = ministers[0];
  const lastMinister = ministers[ministers.length - 1];
  const country = firstMinister ? state.gazetteer.adjectives.get(words.key(i - 1)) : undefined; // the word before only when needed
  if (firstMinister && country && startsUpper(words.word(i - 1))) {
    // "Oekraïense Minister voor Buitenlandse Zaken": a foreign office, not the Dutch one.
    firstMinister.start = startOf(t, i - 1);
    firstMinister.name = `${words.word(i - 1)} ${firstMinister.name}`;
    firstMinister.key = `${country}|${firstMinister.name.slice(words.word(i - 1).length + 1)}`.toLowerCase();
  }
  if (lastMinister) {
    // A loop, not `map` with an arrow: an arrow that reads `state` made every call of this function,
    // at every capitalised word, allocate a context for it (docs/performance.md).
    const offices: Candidate[] = [];
    for (const office of ministers) offices.push(state.emitOffice(office));
    const [only] = offices;
    if (offices.length === 1 && only) {
      bindFollowingPerson(state, only, lastMinister.endToken);
      if (!only.heldBy) bindPrecedingPerson(state, only, i, lastMinister.endToken);
    }
    // A portfolio names nothing else; "Minister-President van de Palestijnse Autoriteit" does.
    if (!lastMinister.name.includes('Minister-President')) state.insideUntil = Math.max(state.insideUntil, lastMinister.endToken);
  } else if (key === 'minister' || key === 'staatssecretaris') {
    ministerByName(state, i, key);
  }
  // "voorzitter" alone is the chair of the Kamer only in Handelingen: it waits for the document's
  // kind. "voorzitter van de Eerste Kamer" names its Kamer, in any document.
  const other = i < state.personUntil ? null : otherOffice(t, i, words, KAMER); // "mevrouw De Koning" holds no office
  if (other) {
    const chair = other.name.startsWith('Voorzitter van de');
    const ofKamer = other.name.includes(KAMER);
    const named = chair && other.endToken - i > 1; // "voorzitter van de Eerste Kamer": in any document
    const waits = ofKamer || (chair && !capital && !named);
    const office = state.emitOffice(other, waits ? { proceedings: true, kamer: ofKamer } : undefined);
    if (other.name.endsWith('der Nederlanden')) bindDecreeMaker(state, office, i);
    else if (chair && words.word(other.endToken) === ':') bindChair(state, office, other.endToken + 1);
    else if (!other.name.startsWith('Voorzitter')) bindFollowingPerson(state, office, other.endToken);
    if (!office.heldBy) bindPrecedingPerson(state, office, i, other.endToken);
  }
  const byCountry = officeOfCountry(t, i, words, state);
  if (byCountry) state.emitOffice(byCountry);
}

// "Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties)", "minister Hoekstra": the person,
// and the office held where its portfolio follows the name.
function ministerByName(state: RuleState, i: number, title: 'minister' | 'staatssecretaris'): void {
  const { t, words } = state;
  // A cue as "de heer" is: a town's name after it is a surname ("staatssecretaris Nuis").
  const found = readInitialsName(words, i + 1) ?? surnameAt(state, i + 1, i + 1, true);
  if (!found) return;
  const person = wholeName(state, found);
  const held = state.emitPerson(person);
  // "(Binnenlandse Zaken)", or "van Sociale Zaken" ("minister De Vries van Sociale Zaken"): the office held.
  const bracket = words.word(person.endToken) === '(';
  const of = bracket || words.key(person.endToken) === 'van' || words.key(person.endToken) === 'voor';
  const portfolio = of ? state.gazetteer.portfolios.longestAt(t, person.endToken + 1, words) : undefined;
  const field = portfolio?.values[0]?.value;
  if (!portfolio || !field || (bracket && words.word(portfolio.end) !== ')')) return;
  const name = `${title === 'minister' ? 'Minister' : 'Staatssecretaris'} van ${field.name}`;
  const key = words.actorKey('office', words.keyOf(name));
  state.push(
    candidate({ start: held.start, end: held.end, type: 'office', key, name, weight: 2, heldBy: held.key, evidence: 'apposition' }),
  );
  state.insideUntil = Math.max(state.insideUntil, portfolio.end);
}

// A person named right after an office ("…, T. Klaar", "… Buitenlandse Zaken Kuleba") holds it.
function bindFollowingPerson(state: RuleState, office: Candidate, end: number): void {
  const { words } = state;
  let j = end;
  if (words.word(j) === '(' && words.word(j + 2) === ')') j += 3; // "… (EDEO), Peter Stano"
  const direct = j === end;
  // A name right after the office stands on its line ("… Buitenlandse Zaken Kuleba"), not on the next.
  if (direct && lineBreakAfter(state.t, end - 1)) return;
  if (words.word(j) === ',') j++;
  // "…, de heer Stoltenberg", "…, mevrouw Hennis-Plasschaert": the form of address is no part of the name.
  if (words.key(j) === 'de' && words.key(j + 1) === 'heer') j += 2;
  else if (words.key(j) === 'mevrouw') j++;
  else if ((words.key(j) === 'dhr' || words.key(j) === 'mevr') && words.word(j + 1) === '.') j += 2;
  // A surname alone only on the office's own line: under "De Staatssecretaris van …," the next
  // line may open with any word ("Gelet op artikel X"); a signature there has initials or a given name.
  const bare = direct && !lineBreakAfter(state.t, j - 1);
  const person = bare ? (readPersonAt(state, j) ?? (isParticle(state, j) ? null : surnameAt(state, j))) : readPersonAt(state, j);
  if (!person) return;
  office.heldBy = state.emitPerson(person).key;
  office.evidence = 'apposition';
}

// "Remkes, minister van Binnenlandse Zaken", "De Boer, vice-minister-president, minister van …": an
// office right after a person's name and a comma, or after an office bound that way, is theirs.
// `i` is the token the rules are at, which the office may start before ("vice-minister-president").
function bindPrecedingPerson(state: RuleState, office: Candidate, i: number, end: number): void {
  const { described, t, words } = state;
  if (!described) return;
  let first = i;
  while (first > 0 && startOf(t, first) > office.start) first--;
  if (described.end !== first - 1 || words.word(first - 1) !== ',') return;
  office.heldBy = described.key;
  office.evidence = 'apposition';
  state.described = { end, key: described.key };
}

// "Voorzitter: Fred de Graaf" at the head of Handelingen: the member who chairs holds the office.
function bindChair(state: RuleState, office: Candidate, j: number): void {
  const { t, words } = state;
  const chair = readListName(words, j);
  if (!chair || state.isKnownName(chair.firstToken, chair.endToken)) return;
  if (t.isWord[chair.endToken] && !lineBreakAfter(t, chair.endToken - 1)) return; // the line goes on: no heading
  office.heldBy = state.emitPerson(chair).key;
  office.evidence = 'apposition';
}

// "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden": the king or queen who decrees,
// listed (the Royal House) or read from the formula.
function bindDecreeMaker(state: RuleState, office: Candidate, i: number): void {
  const { t, words } = state;
  const maker = decreeMaker(i, words);
  if (!maker) return;
  const match = state.gazetteer.names.longestAt(t, maker.first, words);
  const listed = match?.values.find((v) => v.value.entry.type === 'person')?.value.entry;
  const name = listed ? null : readListName(words, maker.first);
  if (listed) office.heldBy = words.actorKey('person', words.keyOf(listed.name));
  else if (name && name.endToken === maker.end) office.heldBy = state.emitPerson(name, 3).key;
  else return;
  office.evidence = 'apposition';
}
