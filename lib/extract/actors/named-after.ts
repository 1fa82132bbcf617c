/**
 * Bodies named after a person: "de Groep Wilders", "de fractie-Kuzu", "het kabinet-Balkenende IV",
 * "de Groep Krol/Van Kooten-Arissen". The body is an actor, and so is each person in its name (a
 * name inside another name counts on its own). Groups and cabinets are formed every term: their
 * shape finds them where no list can.
 */
import { startsUpper } from '@/lib/extract/name-keys';
import { gazetteer } from '@/lib/extract/gazetteer';
import { endOf, startOf, type Tokens } from '@/lib/extract/tokens';
import { candidate, spanCandidate, type Candidate } from './candidate';
import { readSurname } from './person-names';
import type { TokenWords } from './token-words';

/** The nouns a person's name can follow to name a body, and how the body's name is written. */
const HEADS: ReadonlyMap<string, string> = new Map([
  ['groep', 'Groep'],
  ['fractie', 'fractie'],
  ['kabinet', 'kabinet'],
]);
/** The numbers of a cabinet led by the same person twice or more ("kabinet-Rutte II"). */
const NUMERALS = new Set(['I', 'II', 'III', 'IV', 'V']);

function glued(t: Tokens, a: number): boolean {
  return t.ends[a] === t.starts[a + 1];
}

/** The body named after a person at token i, with the persons in its name; null elsewhere. */
export function namedAfter(t: Tokens, i: number, words: TokenWords): { candidates: Candidate[]; endToken: number } | null {
  const head = HEADS.get(words.key(i));
  if (!head) return null;
  // "fractie-Kuzu", "kabinet-Rutte" with a hyphen; "Groep Wilders" with a space, and a capital G.
  const hyphen = words.word(i + 1) === '-' && glued(t, i) && glued(t, i + 1);
  if (!hyphen && !(head === 'Groep' && startsUpper(words.word(i)))) return null;
  const persons: Candidate[] = [];
  let j = hyphen ? i + 2 : i + 1;
  let endToken = -1;
  for (let n = 0; n < 3; n++) {
    if (!startsUpper(words.word(j))) break;
    const surname = readSurname(words, j, 'capital');
    // A listed name is no person: "de fractie-VVD", "de Groep van Staten tegen Corruptie".
    if (!surname || gazetteer().names.longestAt(t, j, words) !== null) break;
    const person = candidate({
      start: startOf(t, j),
      end: endOf(t, surname.end - 1),
      type: 'person',
      key: words.actorKey('person', surname.key),
      name: surname.surname,
      weight: 1,
    });
    persons.push(person);
    endToken = j = surname.end;
    if (words.word(j) !== '/' || !glued(t, j - 1)) break;
    j++; // "Groep Bontes/Van Klaveren": two members
  }
  if (endToken < 0) return null;
  if (head === 'kabinet' && NUMERALS.has(words.word(endToken)) && !glued(t, endToken - 1)) endToken++;
  const printed = t.text.slice(t.starts[i], t.ends[endToken - 1]);
  // A group the parties' list knows keeps its party's name ("Groep Verdonk" is Trots op Nederland).
  const listed = gazetteer().names.longestAt(t, i, words);
  const party =
    listed && listed.end === endToken ? listed.values.find((v) => v.value.entry.type === 'organisation')?.value.entry.name : undefined;
  const name = party ?? `${head}${printed.slice(head.length)}`;
  const body = spanCandidate(words, { first: i, end: endToken, type: 'organisation', name, weight: 2 });
  return { candidates: [body, ...persons], endToken };
}
