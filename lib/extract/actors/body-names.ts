/**
 * Bodies named by their shape rather than a list: a head noun that says "this is a body" with the
 * capitalised (or quoted) name that goes with it — "Tijdelijke Commissie Evaluatie
 * Opsporingsmethoden", "Unit Synthetische Drugs", "Adviescollege Stikstofproblematiek", "Raad voor
 * Cultuur", "Nederlandse Vereniging voor Rechtspraak", "Matching Autoriteit", "Gezondheidsraad".
 * New bodies are set up every year: no list keeps up with them, their shape does.
 */
import { startsUpper } from '@/lib/extract/name-keys';
import { lineBreakAfter, type Tokens } from '@/lib/extract/tokens';
import { opensSentence } from './name-context';

type Word = (i: number) => string;

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
  'commissie staatscommissie adviescommissie enquetecommissie college adviescollege raad adviesraad autoriteit dienst agentschap inspectie unit bureau centrum kenniscentrum expertisecentrum stichting vereniging universiteit hogeschool fonds instituut federatie bond academie genootschap rechtbank gerechtshof directie politie veiligheidsregio omgevingsdienst taskforce platform werkgroep planbureau korps orde tribunaal organisatie overleg regering'.split(
    ' ',
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
/** Adjectives that open a body's name before its head ("Tijdelijke Commissie …", "Nederlandse Zorgautoriteit"). */
const OPENERS = new Set(
  'tijdelijke vaste parlementaire nationale nederlandse koninklijke centrale algemene hoge permanente landelijke regionale internationale europese gemeenschappelijke bijzondere onafhankelijke wetenschappelijke sociaal-economische openbare rijks'.split(
    ' ',
  ),
);
/** Words between the capitalised words of a name ("Raad voor de Rechtspraak", "College van Beroep"). */
const JOINERS = new Set(['van', 'voor', 'de', 'het', 'der', 'en', 'op', 'tot']);
/** Capitalised words that open sentences or mark a date, never the first word of a body's name. */
const NOT_NAME_WORDS = new Set(
  'de het een in op aan bij met voor naar uit als ook deze dit dat die er wij zij u zo nu dan maar en of om tot na door over onder tijdens sinds hierbij daarnaast verder tevens daarom daarbij zoals wat welke volgens namens het januari februari maart april mei juni juli augustus september oktober november december kamer minister staatssecretaris'.split(
    ' ',
  ),
);

function isHead(key: string): boolean {
  if (HEADS.has(key)) return true;
  return key.length >= 8 && !NOT_BODIES.has(key) && endingOf(key) === BODY_END;
}

const BODY_END = 1;
const PLACE_END = 2;
// The ending of each distinct word, found once: the test runs at every capitalised word (a dozen
// `endsWith` each), and a text repeats its words. Emptied when full, and after each extraction
// (`forgetEndings`): a key may hold the text it was cut from.
const endings = new Map<string, number>();

/** Lets go of the words whose endings were looked at (the end of an extraction). */
export function forgetEndings(): void {
  endings.clear();
}

function endingOf(key: string): number {
  let ending = endings.get(key);
  if (ending !== undefined) return ending;
  ending = 0;
  for (const end of HEAD_ENDS) if (key.endsWith(end) && key.length >= end.length + 3) ending = BODY_END;
  for (const end of PLACE_ENDS) if (!ending && key.endsWith(end) && key.length >= end.length + 3) ending = PLACE_END;
  if (endings.size >= 20_000) endings.clear();
  endings.set(key, ending);
  return ending;
}

// A capitalised word of ordinary case ("Drugs", not "DRUGS" in a heading).
function properWord(t: Tokens, k: number, word: Word): boolean {
  const w = word(k);
  return t.isWord[k] === 1 && startsUpper(w) && !(w.length > 1 && ALL_UPPER.test(w));
}

/**
 * The capitalised words (with joiners and hyphens between them) from token j; j when there are
 * none. "en" goes on with the name only to a word that starts no other body ("Raad Algemene Zaken
 * en Raad Buitenlandse Zaken" is two, "Vereniging voor Rechtspraak en het College …" too).
 */
function nameWords(t: Tokens, j: number, word: Word, key: Word): number {
  let end = j;
  let k = j;
  while (k < t.count && k - j < 8) {
    if (k > j && lineBreakAfter(t, k - 1)) break;
    if (properWord(t, k, word)) end = k + 1;
    else if (key(k) === 'en' && (!properWord(t, k + 1, word) || isHead(key(k + 1)) || OPENERS.has(key(k + 1)))) break;
    else if (!(JOINERS.has(key(k)) && t.isWord[k]) && !(word(k) === '-' && t.ends[k - 1] === t.starts[k])) break;
    k++;
  }
  return end;
}

// A quoted name right after the head: «Niet alles kan», ‘Deltacommissie’.
function quotedName(t: Tokens, j: number, word: Word): number {
  const open = word(j);
  const close = open === '«' ? '»' : open === '‘' ? '’' : open === '“' ? '”' : open === '"' ? '"' : '';
  if (!close) return j;
  for (let k = j + 1; k < t.count && k - j < 12; k++) if (word(k) === close) return k + 1;
  return j;
}

/** The body whose name starts at token i, or null. */
export function bodyName(t: Tokens, i: number, word: Word, key: Word): BodyName | null {
  if (!properWord(t, i, word) || NOT_NAME_WORDS.has(key(i))) return null;
  if (key(i - 1) === 'van' && key(i - 2) === 'reglement') return null; // "Reglement van Orde": rules, not a body
  let h = i;
  while (h < i + 2 && OPENERS.has(key(h)) && !lineBreakAfter(t, h) && properWord(t, h + 1, word)) h++;
  const opened = h > i;
  // "Matching Autoriteit": one or two capitalised words before a head that ends the name.
  if (!opened && !isHead(key(h))) {
    if (!HEADS.has(key(i + 1)) && !HEADS.has(key(i + 2))) return null; // no head follows: most capitalised words
    if (opensSentence(t, i, word)) return null;
    let k = i + 1;
    while (k < i + 3 && !lineBreakAfter(t, k - 1) && properWord(t, k, word) && !NOT_NAME_WORDS.has(key(k)) && !isHead(key(k))) k++;
    if (lineBreakAfter(t, k - 1) || !properWord(t, k, word) || !HEADS.has(key(k))) return null;
    if (nameWords(t, k + 1, word, key) > k + 1) return null; // "Commissiedebat Raad Buitenlandse Zaken"
    return { first: i, end: k + 1, name: t.text.slice(t.starts[i], t.ends[k]) };
  }
  if (!isHead(key(h)) || !properWord(t, h, word)) return null;
  let end = nameWords(t, h + 1, word, key);
  if (end === h + 1) end = quotedName(t, h + 1, word);
  // "Commissie X" needs X; "Nederlandse Zorgautoriteit", "Gezondheidsraad" or "Matching Autoriteit" need none.
  const compound = !HEADS.has(key(h));
  if (end === h + 1 && !(opened || h > i || (compound && !opensSentence(t, i, word)))) return null;
  if (end === h + 1 && h === i && compound && key(h).length < 10) return null;
  return { first: i, end, name: t.text.slice(t.starts[i], t.ends[end - 1]) };
}

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

/** A one-word street, square or neighbourhood at token i (capitalised inside a sentence). */
export function placeShape(t: Tokens, i: number, word: Word, key: Word): boolean {
  const k = key(i);
  if (k.length < 7 || NOT_PLACES.has(k) || !properWord(t, i, word) || opensSentence(t, i, word)) return false;
  if (word(i + 1) === '-' && t.ends[i] === t.starts[i + 1]) return false; // half of a compound
  return endingOf(k) === PLACE_END;
}
