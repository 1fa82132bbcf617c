/**
 * Bodies named after a person: "de Groep Wilders", "de fractie-Kuzu", "het kabinet-Balkenende IV",
 * "de Groep Krol/Van Kooten-Arissen". The body is an actor, and so is each person in its name (a
 * name inside another name counts on its own). Groups and cabinets are formed every term: their
 * shape finds them where no list can.
 */
import { startsUpper, tokenKey } from '@/lib/extract/name-keys';
import { gazetteer } from '@/lib/extract/gazetteer';
import type { Tokens } from '@/lib/extract/tokens';
import { actorKey, candidate, type Candidate } from './candidate';
import { readSurname } from './person-names';

type Word = (i: number) => string;

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
export function namedAfter(t: Tokens, i: number, word: Word, key: Word): { candidates: Candidate[]; endToken: number } | null {
  const head = HEADS.get(key(i));
  if (!head) return null;
  // "fractie-Kuzu", "kabinet-Rutte" with a hyphen; "Groep Wilders" with a space, and a capital G.
  const hyphen = word(i + 1) === '-' && glued(t, i) && glued(t, i + 1);
  if (!hyphen && !(head === 'Groep' && startsUpper(word(i)))) return null;
  const persons: Candidate[] = [];
  let j = hyphen ? i + 2 : i + 1;
  let endToken = -1;
  for (let n = 0; n < 3; n++) {
    if (!startsUpper(word(j))) break;
    const surname = readSurname(t, j, 'capital');
    // A listed name is no person: "de fractie-VVD", "de Groep van Staten tegen Corruptie".
    if (!surname || gazetteer().names.matchAt(t, j, key).length > 0) break;
    persons.push(
      candidate(t.starts[j] as number, t.ends[surname.end - 1] as number, 'person', actorKey('person', surname.key), surname.surname, 1),
    );
    endToken = j = surname.end;
    if (word(j) !== '/' || !glued(t, j - 1)) break;
    j++; // "Groep Bontes/Van Klaveren": two members
  }
  if (endToken < 0) return null;
  if (head === 'kabinet' && NUMERALS.has(word(endToken)) && !glued(t, endToken - 1)) endToken++;
  const printed = t.text.slice(t.starts[i], t.ends[endToken - 1]);
  // A group the parties' list knows keeps its party's name ("Groep Verdonk" is Trots op Nederland).
  const listed = gazetteer().names.matchAt(t, i, key)[0];
  const party =
    listed && listed.end === endToken ? listed.values.find((v) => v.value.entry.type === 'organisation')?.value.entry.name : undefined;
  const name = party ?? `${head}${printed.slice(head.length)}`;
  const body = candidate(
    t.starts[i] as number,
    t.ends[endToken - 1] as number,
    'organisation',
    actorKey('organisation', tokenKey(name)),
    name,
    2,
  );
  return { candidates: [body, ...persons], endToken };
}
