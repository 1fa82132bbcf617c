/**
 * The rules that name persons at a token: a name with initials or a known given name, a name alone
 * on a signature line, a public figure by surname, the members who moved a motion, lists of members
 * ("de leden …", "te weten: …") and a name after a cue ("de heer", "het lid"). office-rules.ts reads
 * the persons who hold offices with the helpers here.
 */
import { GIVEN_NAMES, PUBLIC_FIGURES } from '@/lib/extract/gazetteer/people';
import { startsUpper } from '@/lib/extract/name-keys';
import { listAfterLeden, readMemberList } from './member-lists';
import { readGivenName, readInitialsName, readListName, readSurname, skipTitles, type PersonName } from './person-names';
import type { RuleState } from './rule-state';
import { PERSON_CUES } from './rule-words';
import { signatureLine } from './signature-lines';

// Unicode patterns made once, at module level (why: name-keys.ts).
const LOWER_START = /^\p{Ll}/u;
const CLEAR_NAME_END = /^[(:,;.]$/;

/** The person rules at token i, whose word is `word` and key `key`. */
export function personRules(state: RuleState, i: number, word: string, key: string, capital: boolean): void {
  const { t, words } = state;
  if (i >= state.personUntil && capital) {
    const person = readInitialsName(words, i) ?? readGivenName(words, skipTitles(words, i), GIVEN_NAMES) ?? signatureLine(t, i, words);
    if (person) state.emitPerson(person);
    else {
      const figure = PUBLIC_FIGURES.get(word);
      if (figure) state.emitPerson({ firstToken: i, endToken: i + 1, surname: word, key, weight: 2 }, 2, figure);
    }
  }
  // "de motie-Klaver", "het amendement-Omtzigt": the member who moved it.
  const motion = key === 'motie' || key === 'amendement';
  if (motion && words.word(i + 1) === '-' && t.ends[i] === t.starts[i + 1] && t.ends[i + 1] === t.starts[i + 2]) {
    emitMovers(state, i + 2);
  } else if (motion && LOWER_START.test(word) && startsUpper(words.word(i + 1))) {
    emitMovers(state, i + 1); // "de motie Verhoeven"
  }
  if (i >= state.personUntil && key === 'leden') {
    // "de leden Omtzigt (CDA), Gesthuizen (SP) en Schouw (D66)", "Vóór stemmen de leden: …".
    const from = listAfterLeden(i, words);
    if (from >= 0) for (const member of readMemberList(t, from, words, state)) state.emitPerson(member);
  } else if (i >= state.personUntil && PERSON_CUES.has(key) && !(key === 'minister' || key === 'staatssecretaris')) {
    let j = i + 1;
    if (words.word(j) === '.') j++; // dhr. / mevr.
    const person = readPersonAt(state, j) ?? surnameAt(state, j, j, true);
    if (person) state.emitPerson(wholeName(state, person));
  }
  // "te weten: Sjoerdsma (D66), Brekelmans (VVD) en Van der Lee (GL)": a list of members.
  if (key === 'weten' && words.key(i - 1) === 'te' && words.word(i + 1) === ':') {
    for (const member of readMemberList(t, i + 2, words, state)) state.emitPerson(member);
  }
}

/** A person's name at token j: with initials, a given name, or titles before a surname. */
export function readPersonAt(state: RuleState, j: number): PersonName | null {
  const { words } = state;
  const afterTitles = skipTitles(words, j);
  return (
    readInitialsName(words, j) ??
    readGivenName(words, afterTitles, GIVEN_NAMES) ??
    (afterTitles > j ? surnameAt(state, afterTitles, j) : null)
  );
}

/**
 * A surname at token j, as a name from token `from`; not a listed name, except that after a cue
 * ("de heer", "het lid", `cued`) a town's name is a surname too ("de heer Kampen").
 */
export function surnameAt(state: RuleState, j: number, from = j, cued = false): PersonName | null {
  const surname = readSurname(state.words, j, 'capital');
  if (!surname) return null;
  const listed = state.gazetteer.names.longestAt(state.t, j, state.words);
  if (listed && !(cued && listed.values.every((v) => v.value.entry.type === 'location' && !v.value.entry.country))) return null;
  return { firstToken: from, endToken: surname.end, surname: surname.surname, key: surname.key, weight: 1 };
}

/**
 * A name after a cue read on to its end where that end is clear (a bracket, a colon, a comma):
 * "mevrouw Schultz van Haegen-Maas Geesteranus, minister …", "De heer Van der Staaij (SGP):".
 */
export function wholeName(state: RuleState, person: PersonName): PersonName {
  const { t, words } = state;
  const longer = readListName(words, person.firstToken);
  if (!longer || longer.endToken <= person.endToken) return person;
  // "Minister Carola Schouten": capitalised words only may go on; particles need a clear end.
  let particles = false;
  for (let k = person.endToken; k < longer.endToken; k++) if (LOWER_START.test(words.word(k))) particles = true;
  if (particles && !CLEAR_NAME_END.test(words.word(longer.endToken))) return person;
  for (let k = person.endToken; k < longer.endToken; k++) {
    if (words.word(k - 1) === '-') continue; // a part of a double name ("Haegen-Maas")
    if (state.gazetteer.names.longestAt(t, k, words)) return person;
  }
  return longer;
}

/** Tells whether the word at token j starts in lower case, as a surname's particle does ("van", "de"). */
export function isParticle(state: RuleState, j: number): boolean {
  return LOWER_START.test(state.words.word(j));
}

// The members who moved a motion, from token j: "Verhoeven", "Marcel de Graaff", "Omtzigt/Bakker".
function emitMovers(state: RuleState, j: number): void {
  for (let n = 0; n < 4; n++) {
    const mover = readListName(state.words, j);
    if (!mover || state.isKnownName(mover.firstToken, mover.endToken)) return;
    state.emitPerson(mover);
    if (state.words.word(mover.endToken) !== '/') return;
    j = mover.endToken + 1;
  }
}
