/**
 * Bodies named by their shape rather than a list: a head noun that says "this is a body" with the
 * capitalised (or quoted) name that goes with it — "Tijdelijke Commissie Evaluatie
 * Opsporingsmethoden", "Unit Synthetische Drugs", "Adviescollege Stikstofproblematiek", "Raad voor
 * Cultuur", "Nederlandse Vereniging voor Rechtspraak", "Matching Autoriteit", "Gezondheidsraad".
 * New bodies are set up every year: no list keeps up with them, their shape does.
 */
import { lowerSecondLetter, startsUpper, startsUpperAt } from '@/lib/extract/name-keys';
import { endOf, lineBreakAfter, startOf, type Tokens } from '@/lib/extract/tokens';
import { wordList } from '@/lib/extract/word-list';
import { opensSentence } from './name-context';
import type { TokenWords } from './token-words';

/** A body's name found at a token: the tokens [first, end) and the name as printed. */
export interface BodyName {
  first: number;
  end: number;
  name: string;
}

// Unicode patterns made once, at module level (why: name-keys.ts).
const ALL_UPPER = /^[\p{Lu}\d-]+$/u;

/** Nouns that head the name of a body ("Commissie …", "… Autoriteit"). */
const HEADS = new Set(
  wordList(
    'commissie staatscommissie adviescommissie enquetecommissie college adviescollege raad adviesraad',
    'autoriteit dienst agentschap inspectie unit bureau centrum kenniscentrum expertisecentrum stichting',
    'vereniging universiteit hogeschool fonds instituut federatie bond academie genootschap rechtbank',
    'gerechtshof directie politie veiligheidsregio omgevingsdienst taskforce platform werkgroep',
    'planbureau korps orde tribunaal organisatie overleg regering',
  ),
);
/** Ends of one-word compounds that name a body ("Gezondheidsraad", "Zorgautoriteit", "Belastingdienst"). */
const HEAD_ENDS = [
  'commissie',
  'college',
  'raad',
  'autoriteit',
  'dienst',
  'agentschap',
  'inspectie',
  'bureau',
  'instituut',
  'universiteit',
  'hogeschool',
  'academie',
  'korps',
  'tribunaal',
];
/** Compounds with such an end that are ordinary words, not bodies. */
const NOT_BODIES = new Set([
  'voorraad',
  'beraad',
  'huisraad',
  'dagraad',
  'gemeenteraad',
  'ministerraad',
  'gemeentefonds',
  'provinciefonds',
]);
/** Ends of one-word names of streets, squares and neighbourhoods ("Halseweg", "Nieuwmarktbuurt"). */
const PLACE_ENDS = [
  'straat',
  'weg',
  'plein',
  'laan',
  'gracht',
  'kade',
  'singel',
  'steeg',
  'dreef',
  'plantsoen',
  'buurt',
  'wijk',
  'kwartier',
];
/** Such words that are ordinary nouns, not names. */
const NOT_PLACES = new Set([
  'snelweg',
  'rijbaan',
  'zijweg',
  'omweg',
  'uitweg',
  'onderweg',
  'tussenweg',
  'middenweg',
  'woonwijk',
  'nieuwbouwwijk',
  'achterstandswijk',
  'probleemwijk',
  'vinexwijk',
  'buitenwijk',
  'stadswijk',
  'woonstraat',
  'winkelstraat',
  'zijstraat',
  'hoofdstraat',
  'dorpsstraat',
  'stationsplein',
  'marktplein',
  'schoolplein',
  'dorpsplein',
  'autoweg',
  'spoorweg',
  'waterweg',
  'vaarweg',
  'hoofdweg',
  'rondweg',
  'wandelweg',
  'fietsweg',
  'bosweg',
  'polderweg',
  'landweg',
  'zandweg',
]);

/** Adjectives that open a body's name before its head ("Tijdelijke Commissie …", "Nederlandse Zorgautoriteit"). */
const OPENERS = new Set(
  wordList(
    'tijdelijke vaste parlementaire nationale nederlandse koninklijke centrale algemene hoge permanente',
    'landelijke regionale internationale europese gemeenschappelijke bijzondere onafhankelijke',
    'wetenschappelijke sociaal-economische openbare rijks',
  ),
);
/** Words between the capitalised words of a name ("Raad voor de Rechtspraak", "College van Beroep"). */
const JOINERS = new Set(['van', 'voor', 'de', 'het', 'der', 'en', 'op', 'tot']);
/** Capitalised words that open sentences or mark a date, never the first word of a body's name. */
const NOT_NAME_WORDS = new Set(
  wordList(
    'de het een in op aan bij met voor naar uit als ook deze dit dat die er wij zij u zo nu dan maar en',
    'of om tot na door over onder tijdens sinds hierbij daarnaast verder tevens daarom daarbij zoals wat',
    'welke volgens namens het januari februari maart april mei juni juli augustus september oktober',
    'november december kamer minister staatssecretaris',
  ),
);

function isHead(key: string): boolean {
  if (HEADS.has(key)) return true;
  return key.length >= 8 && !NOT_BODIES.has(key) && endingOf(key) === BODY_END;
}

const BODY_END = 1;
const PLACE_END = 2;

// Every ending with what it says, a body's before a place's, grouped by last letter: a word is
// compared with the few endings that end as it does, not with all of them (the test runs at every
// capitalised word).
const ENDINGS = [...HEAD_ENDS.map((ending) => ({ ending, kind: BODY_END })), ...PLACE_ENDS.map((ending) => ({ ending, kind: PLACE_END }))];
const ENDINGS_BY_LAST_LETTER = new Map<string, typeof ENDINGS>();
for (const entry of ENDINGS) {
  const last = entry.ending.slice(-1);
  const group = ENDINGS_BY_LAST_LETTER.get(last);
  if (group) group.push(entry);
  else ENDINGS_BY_LAST_LETTER.set(last, [entry]);
}

// BODY_END for a compound that ends in a body's head ("Zorgautoriteit"), PLACE_END for one that
// ends as a street or neighbourhood does ("Halseweg"), 0 otherwise; the ending must leave 3 letters.
function endingOf(key: string): number {
  for (const { ending, kind } of ENDINGS_BY_LAST_LETTER.get(key.slice(-1)) ?? []) {
    if (key.length >= ending.length + 3 && key.endsWith(ending)) return kind;
  }
  return 0;
}

// A capitalised word of ordinary case ("Drugs", not "DRUGS" in a heading).
function properWord(t: Tokens, k: number, words: TokenWords): boolean {
  const word = words.word(k);
  return t.isWord[k] === 1 && startsUpper(word) && (lowerSecondLetter(word) || !(word.length > 1 && ALL_UPPER.test(word)));
}

// A capitalised head noun at token k ("Autoriteit" in "Matching Autoriteit"). The capital is read
// from the text first: most words after a capitalised one are in lower case, and need no key.
function capitalisedHead(t: Tokens, k: number, words: TokenWords): boolean {
  if (k >= t.count || t.isWord[k] !== 1 || !startsUpperAt(t.text, startOf(t, k), endOf(t, k))) return false;
  return HEADS.has(words.key(k)) && properWord(t, k, words);
}

/**
 * The capitalised words (with joiners and hyphens between them) from token j; j when there are
 * none. "en" goes on with the name only to a word that starts no other body ("Raad Algemene Zaken
 * en Raad Buitenlandse Zaken" is two, "Vereniging voor Rechtspraak en het College …" too).
 */
function nameWords(t: Tokens, j: number, words: TokenWords): number {
  let end = j;
  let k = j;
  while (k < t.count && k - j < 8) {
    if (k > j && lineBreakAfter(t, k - 1)) break;
    if (properWord(t, k, words)) end = k + 1;
    else if (words.key(k) === 'en' && (!properWord(t, k + 1, words) || isHead(words.key(k + 1)) || OPENERS.has(words.key(k + 1)))) break;
    else if (!(JOINERS.has(words.key(k)) && t.isWord[k]) && !(words.word(k) === '-' && t.ends[k - 1] === t.starts[k])) break;
    k++;
  }
  return end;
}

// A quoted name right after the head: «Niet alles kan», ‘Deltacommissie’.
function quotedName(t: Tokens, j: number, words: TokenWords): number {
  const open = words.word(j);
  const close = open === '«' ? '»' : open === '‘' ? '’' : open === '“' ? '”' : open === '"' ? '"' : '';
  if (!close) return j;
  for (let k = j + 1; k < t.count && k - j < 12; k++) if (words.word(k) === close) return k + 1;
  return j;
}

/** The body whose name starts at token i, or null. */
export function bodyName(t: Tokens, i: number, words: TokenWords): BodyName | null {
  if (!properWord(t, i, words) || NOT_NAME_WORDS.has(words.key(i))) return null;
  if (words.key(i - 1) === 'van' && words.key(i - 2) === 'reglement') return null; // "Reglement van Orde": rules, not a body
  let head = i;
  while (head < i + 2 && OPENERS.has(words.key(head)) && !lineBreakAfter(t, head) && properWord(t, head + 1, words)) head++;
  const opened = head > i;
  // "Matching Autoriteit": one or two capitalised words before a head that ends the name.
  if (!opened && !isHead(words.key(head))) {
    if (!capitalisedHead(t, i + 1, words) && !capitalisedHead(t, i + 2, words)) return null; // no head follows: most capitalised words
    if (opensSentence(t, i, words)) return null;
    let k = i + 1;
    while (k < i + 3 && !lineBreakAfter(t, k - 1) && properWord(t, k, words) && !NOT_NAME_WORDS.has(words.key(k)) && !isHead(words.key(k)))
      k++;
    if (lineBreakAfter(t, k - 1) || !properWord(t, k, words) || !HEADS.has(words.key(k))) return null;
    if (nameWords(t, k + 1, words) > k + 1) return null; // "Commissiedebat Raad Buitenlandse Zaken"
    return { first: i, end: k + 1, name: t.text.slice(t.starts[i], t.ends[k]) };
  }
  if (!isHead(words.key(head)) || !properWord(t, head, words)) return null;
  let end = nameWords(t, head + 1, words);
  if (end === head + 1) end = quotedName(t, head + 1, words);
  // "Commissie X" needs X; "Nederlandse Zorgautoriteit", "Gezondheidsraad" or "Matching Autoriteit" need none.
  const compound = !HEADS.has(words.key(head));
  if (end === head + 1 && !(opened || head > i || (compound && !opensSentence(t, i, words)))) return null;
  if (end === head + 1 && head === i && compound && words.key(head).length < 10) return null;
  return { first: i, end, name: t.text.slice(t.starts[i], t.ends[end - 1]) };
}

/** A one-word street, square or neighbourhood at token i (capitalised inside a sentence). */
export function placeShape(t: Tokens, i: number, words: TokenWords): boolean {
  const key = words.key(i);
  if (key.length < 7 || NOT_PLACES.has(key) || !properWord(t, i, words) || opensSentence(t, i, words)) return false;
  if (words.word(i + 1) === '-' && t.ends[i] === t.starts[i + 1]) return false; // half of a compound
  return endingOf(key) === PLACE_END;
}
