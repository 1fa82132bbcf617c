/**
 * Reading person names at a token: initials + particles + surname ("W.B. Hoekstra",
 * "H.M. de Jonge", "E.N.A.J. Schreinemacher", "Th.C. de Graaf", "IJ. Vries"), a given name +
 * surname ("Toivo Klaar"), or a surname after a cue ("het lid Erkens"). Particles are lower case
 * after initials and capitalised when nothing precedes them ("Van der Lee").
 */
import { startsUpper, tokenKey } from '@/lib/extract/name-keys';
import { lineBreakAfter, type Tokens } from '@/lib/extract/tokens';

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

const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'von',
  "d'",
  'la',
  'le',
  'du',
  'da',
  'di',
  'dos',
  'el',
  'al',
  'bin',
  'toe',
  'tot',
  'à',
  'zu',
]);
const TITLES = new Set(['mr', 'drs', 'dr', 'prof', 'ir', 'ing', 'dhr', 'mevr', 'ds', 'bc', 'ms']);
const INITIAL = /^(\p{Lu}|Th|Chr|Ph|IJ|Joh|Wm|Fr|Jac)$/u;
/** Capitalised words that start sentences or name things and are never surnames. */
const NOT_SURNAMES = new Set(
  'de het een en in op van voor met aan bij door over naar uit om tot als dat die dit deze er ook nog wel niet zo dan maar of want toen nu hier daar hij zij wij ik u zijn haar hun ons mijn the minister staatssecretaris kamer voorzitter raad commissie januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag nederland vraag antwoord brief bijlage nr artikel tevens verder daarbij hierbij tijdens sinds'.split(
    ' ',
  ),
);

/** Pronouns that are surnames after a particle. */
const PRONOUN_SURNAMES = new Set(['haar', 'ons', 'hun']);

const isCap = startsUpper;
const text = (t: Tokens, i: number) => t.text.slice(t.starts[i], t.ends[i]);
const glued = (t: Tokens, i: number) => i + 1 < t.count && t.ends[i] === t.starts[i + 1];

/** Tells whether a word can be (part of) a surname. */
export function couldBeSurname(word: string): boolean {
  return isCap(word) && word.length > 1 && !NOT_SURNAMES.has(tokenKey(word)) && !ALL_UPPER.test(word) && HAS_LOWER.test(word);
}

/**
 * Reads particles + surname (+ "-Compound") from token i. `particles` says how particles may be
 * written: in lower case after initials ("H.M. de Jonge"), capitalised where nothing precedes
 * them ("het lid Van der Lee" — there "van de Europese Commissie" is no name).
 */
export function readSurname(
  t: Tokens,
  i: number,
  particles: 'lower' | 'capital' | 'any' = 'any',
): { end: number; surname: string; key: string } | null {
  let j = i;
  while (j < t.count && t.isWord[j] && PARTICLES.has(text(t, j).toLowerCase())) {
    const capital = isCap(text(t, j));
    // "Van der Lee": only the first particle takes the capital.
    if ((particles === 'lower' && capital) || (particles === 'capital' && j === i && !capital)) return null;
    j++;
  }
  if (j >= t.count || !t.isWord[j] || !couldBeSurname(text(t, j))) return null;
  const end = compoundEnd(t, j + 1);
  // "Klimaat- en Energieverkenning": a word cut off before a hyphen is half a compound, not a name.
  if (end < t.count && text(t, end) === '-' && glued(t, end - 1) && !glued(t, end)) return null;
  const surname = t.text.slice(t.starts[i], t.ends[end - 1]);
  const core = t.text.slice(t.starts[j], t.ends[end - 1]);
  return { end, surname, key: tokenKey(core) };
}

/**
 * The end of a surname's hyphenated parts after the token before `end`: "Yeşilgöz-Zegerius",
 * "Hennis-Plasschaert", and parts that start with particles ("Faber-van de Klashorst",
 * "Scheltema-de Nie").
 */
function compoundEnd(t: Tokens, end: number): number {
  while (end + 1 < t.count && glued(t, end - 1) && text(t, end) === '-' && glued(t, end)) {
    let k = end + 1;
    // "Faber-van de Klashorst", and as some lists print it, "Faber-Van de Klashorst".
    while (k < t.count - 1 && k - end <= 3 && PARTICLES.has(text(t, k).toLowerCase())) k++;
    if (!couldBeSurname(text(t, k))) break;
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
export function readListName(t: Tokens, i: number): PersonName | null {
  const initials = readInitialsName(t, i);
  // Initials in a list tell two members of one surname apart ("Kamp, M.M.H. Kamp"): they are part of the key.
  if (initials) return { ...initials, key: tokenKey(t.text.slice(t.starts[i], t.ends[initials.endToken - 1])), weight: 3 };
  let j = i;
  let last = -1;
  let core = -1;
  let capitals = 0;
  for (let words = 0; j < t.count && (t.isWord[j] || isElided(t, j)) && words < 6; words++) {
    if (j > i && lineBreakAfter(t, j - 1)) break;
    if (core < 0 && isElided(t, j)) {
      j += 2; // "Van 't Riet": the apostrophe and the letter of an elided article
      continue;
    }
    const w = text(t, j);
    const particle = PARTICLES.has(w.toLowerCase()) && (j > i || isCap(w));
    if (particle) {
      j++;
      continue;
    }
    // After a particle a pronoun is a surname ("Ter Haar", "Van Ons").
    const afterParticle = j > i && PARTICLES.has(text(t, j - 1).toLowerCase());
    if (!couldBeSurname(w) && !(afterParticle && isCap(w) && PRONOUN_SURNAMES.has(w.toLowerCase()))) break;
    if (++capitals > 3) return null; // no name has four capitalised words: a title or a heading
    if (core < 0) core = j;
    j = compoundEnd(t, j + 1);
    last = j;
  }
  if (last < 0 || core < 0) return null;
  const surname = t.text.slice(t.starts[i], t.ends[last - 1]);
  const spaced = t.text.slice(t.starts[core], t.ends[last - 1]);
  return { firstToken: i, endToken: last, surname, key: tokenKey(spaced), weight: 2 };
}

// "'t" or "'s" at token j (the apostrophe a token of its own, glued to the letter).
function isElided(t: Tokens, j: number): boolean {
  const a = text(t, j);
  return (a === "'" || a === '’') && glued(t, j) && /^[ts]$/.test(text(t, j + 1));
}

/** Skips titles ("mr.", "drs.", "dhr.") at token i; returns the index after them. */
export function skipTitles(t: Tokens, i: number): number {
  let j = i;
  while (j + 1 < t.count && t.text.charCodeAt(t.ends[j] as number) === 46 && TITLES.has(text(t, j).toLowerCase())) j += 2;
  return j;
}

/** Reads "W.B. Hoekstra" / "mr. H.M. de Jonge" at token i. */
export function readInitialsName(t: Tokens, i: number): PersonName | null {
  if (t.text.charCodeAt(t.ends[i] as number) !== 46) return null; // an initial or a title ends in "."
  const first = i;
  let j = skipTitles(t, i);
  const initialsStart = j;
  while (j + 1 < t.count && INITIAL.test(text(t, j)) && text(t, j + 1) === '.' && glued(t, j)) {
    j += 2;
    if (j < t.count && text(t, j) === '-' && glued(t, j - 1)) j++; // "J.-P."
  }
  if (j === initialsStart) return null;
  const surname = readSurname(t, j, 'lower') ?? readSurname(t, j);
  if (!surname) return null;
  return { firstToken: first, endToken: surname.end, surname: surname.surname, key: surname.key, weight: 3 };
}

/** Reads "Toivo Klaar" at token i when the first word is a known given name. */
export function readGivenName(t: Tokens, i: number, givenNames: ReadonlySet<string>): PersonName | null {
  if (!givenNames.has(text(t, i))) return null;
  let j = i + 1;
  if (j + 1 < t.count && givenNames.has(text(t, j)) && couldBeSurname(text(t, j + 1))) j++; // "Jan Peter Balkenende"
  const surname = readSurname(t, j);
  if (!surname || surname.end === j) return null;
  return { firstToken: i, endToken: surname.end, surname: surname.surname, key: surname.key, weight: 3 };
}
