/**
 * Reading person names at a token: initials + particles + surname ("W.B. Hoekstra",
 * "H.M. de Jonge", "E.N.A.J. Schreinemacher", "Th.C. de Graaf", "IJ. Vries"), a given name +
 * surname ("Toivo Klaar"), or a surname after a cue ("het lid Erkens"). Particles are lower case
 * after initials and capitalised when nothing precedes them ("Van der Lee").
 */
import { lowerSecondLetter, startsUpper } from '@/lib/extract/name-keys';
import { NAME_PARTICLES } from '@/lib/extract/name-particles';
import { endOf, lineBreakAfter, type Tokens } from '@/lib/extract/tokens';
import { wordList } from '@/lib/extract/word-list';
import type { TokenWords } from './token-words';

// Unicode patterns made once, at module level (why: name-keys.ts).
const ALL_UPPER = /^\p{Lu}+$/u;
const HAS_LOWER = /\p{Ll}/u;

/** A name read from the tokens. */
export interface PersonName {
  firstToken: number;
  endToken: number;
  /** The surname with its particles as printed ("de Jonge", "Yeşilgöz-Zegerius"). */
  surname: string;
  /** Identity key of the surname: lower case, no diacritics, no particles ("jonge"). */
  key: string;
  /** 3 for initials or a given name with the surname, 1 for the surname alone. */
  weight: number;
}

const TITLES = new Set(['mr', 'drs', 'dr', 'prof', 'ir', 'ing', 'dhr', 'mevr', 'ds', 'bc', 'ms']);
const INITIAL = /^(\p{Lu}|Th|Chr|Ph|IJ|Joh|Wm|Fr|Jac)$/u;
// The most titles and initials one name prints ("prof. dr. mr. ir.", "L. M. L. H. A."), with room
// to spare: a longer run is no name. Read from each of its tokens, a run without end ("mr. mr. …")
// would cost its length squared.
const MAX_TITLES = 6;
const MAX_INITIALS = 12;
/** Capitalised words that start sentences or name things and are never surnames. */
const NOT_SURNAMES = new Set(
  wordList(
    'de het een en in op van voor met aan bij door over naar uit om tot als dat die dit deze er ook nog',
    'wel niet zo dan maar of want toen nu hier daar hij zij wij ik u zijn haar hun ons mijn the minister',
    'staatssecretaris kamer voorzitter raad commissie januari februari maart april mei juni juli augustus',
    'september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
    'nederland vraag antwoord brief bijlage nr artikel tevens verder daarbij hierbij tijdens sinds',
  ),
);

/** Pronouns that are surnames after a particle. */
const PRONOUN_SURNAMES = new Set(['haar', 'ons', 'hun']);

const isCap = startsUpper;
const glued = (t: Tokens, i: number) => i + 1 < t.count && t.ends[i] === t.starts[i + 1];

// Whether the word at token i can be (part of) a surname.
function surnameWordAt(words: TokenWords, i: number): boolean {
  const word = words.word(i);
  if (!isCap(word) || word.length < 2 || NOT_SURNAMES.has(words.key(i))) return false;
  return lowerSecondLetter(word) || (!ALL_UPPER.test(word) && HAS_LOWER.test(word));
}

/**
 * Reads particles + surname (+ "-Compound") from token i. `particles` says how particles may be
 * written: in lower case after initials ("H.M. de Jonge"), capitalised where nothing precedes
 * them ("het lid Van der Lee" — there "van de Europese Commissie" is no name).
 */
export function readSurname(
  words: TokenWords,
  i: number,
  particles: 'lower' | 'capital' | 'any' = 'any',
): { end: number; surname: string; key: string } | null {
  const t = words.tokens;
  let j = i;
  while (j < t.count && t.isWord[j] && NAME_PARTICLES.has(words.word(j).toLowerCase())) {
    const capital = isCap(words.word(j));
    // "Van der Lee": only the first particle takes the capital.
    if ((particles === 'lower' && capital) || (particles === 'capital' && j === i && !capital)) return null;
    j++;
  }
  if (j >= t.count || !t.isWord[j] || !surnameWordAt(words, j)) return null;
  const end = compoundEnd(words, j + 1);
  // "Klimaat- en Energieverkenning": a word cut off before a hyphen is half a compound, not a name.
  if (end < t.count && words.word(end) === '-' && glued(t, end - 1) && !glued(t, end)) return null;
  const surname = t.text.slice(t.starts[i], t.ends[end - 1]);
  const core = t.text.slice(t.starts[j], t.ends[end - 1]);
  return { end, surname, key: words.keyOf(core) };
}

/**
 * The end of a surname's hyphenated parts after the token before `end`: "Yeşilgöz-Zegerius",
 * "Hennis-Plasschaert", and parts that start with particles ("Faber-van de Klashorst",
 * "Scheltema-de Nie").
 */
function compoundEnd(words: TokenWords, end: number): number {
  const t = words.tokens;
  while (end + 1 < t.count && glued(t, end - 1) && words.word(end) === '-' && glued(t, end)) {
    let k = end + 1;
    // "Faber-van de Klashorst", and as some lists print it, "Faber-Van de Klashorst".
    while (k < t.count - 1 && k - end <= 3 && NAME_PARTICLES.has(words.word(k).toLowerCase())) k++;
    if (!surnameWordAt(words, k)) break;
    end = k + 1;
  }
  return end;
}

/**
 * Reads one item of a list of members at token i: the whole name as printed, as long as it is
 * made of capitalised words and particles ("Van der Linden", "Faber-van de Klashorst", "Thom de
 * Graaf", "Schultz van Haegen-Maas Geesteranus"). In a list every item is a name, so a given
 * name needs no list of its own here: two members who share a surname are told apart by it.
 * The key is the name from its first word that is no particle ("linden", "thom de graaf").
 */
export function readListName(words: TokenWords, i: number): PersonName | null {
  const t = words.tokens;
  const initials = readInitialsName(words, i);
  // Initials in a list tell two members of one surname apart ("Kamp, M.M.H. Kamp"): they are part of the key.
  if (initials) return { ...initials, key: words.keyOf(t.text.slice(t.starts[i], t.ends[initials.endToken - 1])), weight: 3 };
  let j = i;
  let last = -1;
  let core = -1;
  let capitals = 0;
  for (let wordCount = 0; j < t.count && (t.isWord[j] || isElided(words, j)) && wordCount < 6; wordCount++) {
    if (j > i && lineBreakAfter(t, j - 1)) break;
    if (core < 0 && isElided(words, j)) {
      j += 2; // "Van 't Riet": the apostrophe and the letter of an elided article
      continue;
    }
    const word = words.word(j);
    const particle = NAME_PARTICLES.has(word.toLowerCase()) && (j > i || isCap(word));
    if (particle) {
      j++;
      continue;
    }
    // After a particle a pronoun is a surname ("Ter Haar", "Van Ons").
    const afterParticle = j > i && NAME_PARTICLES.has(words.word(j - 1).toLowerCase());
    if (!surnameWordAt(words, j) && !(afterParticle && isCap(word) && PRONOUN_SURNAMES.has(word.toLowerCase()))) break;
    if (++capitals > 3) return null; // no name has four capitalised words: a title or a heading
    if (core < 0) core = j;
    j = compoundEnd(words, j + 1);
    last = j;
  }
  if (last < 0 || core < 0) return null;
  const surname = t.text.slice(t.starts[i], t.ends[last - 1]);
  const spaced = t.text.slice(t.starts[core], t.ends[last - 1]);
  return { firstToken: i, endToken: last, surname, key: words.keyOf(spaced), weight: 2 };
}

// "'t" or "'s" at token j (the apostrophe a token of its own, glued to the letter).
function isElided(words: TokenWords, j: number): boolean {
  const t = words.tokens;
  const apostrophe = words.word(j);
  return (apostrophe === "'" || apostrophe === '’') && glued(t, j) && /^[ts]$/.test(words.word(j + 1));
}

/** Skips titles ("mr.", "drs.", "dhr.") at token i; returns the index after them. */
export function skipTitles(words: TokenWords, i: number): number {
  let j = i;
  for (let n = 0; isTitle(words, j); n++) {
    if (n === MAX_TITLES) return i; // no name has this many titles
    j += 2;
  }
  return j;
}

// Whether token j is a title followed by its point ("mr.").
function isTitle(words: TokenWords, j: number): boolean {
  const t = words.tokens;
  return j + 1 < t.count && t.text.charCodeAt(endOf(t, j)) === 46 && TITLES.has(words.word(j).toLowerCase());
}

// Whether token i follows an initial as a run of them goes on ("W." before "B.", "J.-" before "P.").
function initialBefore(words: TokenWords, i: number): boolean {
  const t = words.tokens;
  const k = words.word(i - 1) === '-' && glued(t, i - 2) ? i - 1 : i; // "J.-P."
  return k >= 2 && words.word(k - 1) === '.' && glued(t, k - 2) && INITIAL.test(words.word(k - 2));
}

/** Reads "W.B. Hoekstra" / "mr. H.M. de Jonge" at token i. */
export function readInitialsName(words: TokenWords, i: number): PersonName | null {
  const t = words.tokens;
  if (i >= t.count || t.text.charCodeAt(endOf(t, i)) !== 46) return null; // an initial or a title ends in "."
  // Inside a run of initials, the reading from its first initial has given the answer already.
  if (initialBefore(words, i) && INITIAL.test(words.word(i))) return null;
  const first = i;
  let j = skipTitles(words, i);
  const initialsStart = j;
  for (let n = 0; j + 1 < t.count && INITIAL.test(words.word(j)) && words.word(j + 1) === '.' && glued(t, j); n++) {
    if (n === MAX_INITIALS) return null;
    j += 2;
    if (j < t.count && words.word(j) === '-' && glued(t, j - 1)) j++; // "J.-P."
  }
  if (j === initialsStart) return null;
  const surname = readSurname(words, j, 'lower') ?? readSurname(words, j);
  if (!surname) return null;
  return { firstToken: first, endToken: surname.end, surname: surname.surname, key: surname.key, weight: 3 };
}

/** Reads "Toivo Klaar" at token i when the first word is a known given name. */
export function readGivenName(words: TokenWords, i: number, givenNames: ReadonlySet<string>): PersonName | null {
  const t = words.tokens;
  if (!givenNames.has(words.word(i))) return null;
  let j = i + 1;
  if (j + 1 < t.count && givenNames.has(words.word(j)) && surnameWordAt(words, j + 1)) j++; // "Jan Peter Balkenende"
  const surname = readSurname(words, j);
  if (!surname || surname.end === j) return null;
  return { firstToken: i, endToken: surname.end, surname: surname.surname, key: surname.key, weight: 3 };
}
