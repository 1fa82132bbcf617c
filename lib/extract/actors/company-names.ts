/**
 * Companies named with their legal form: "Shell Nederland B.V.", "N.V. Nederlandse Gasunie",
 * "Vitens N.V.", "Tennet Offshore GmbH". The legal form says "this is a company" whatever the name
 * is: most companies that a decision or an answer names appear in no list.
 */
import { startsUpper } from '@/lib/extract/name-keys';
import { lineBreakAfter, type Tokens } from '@/lib/extract/tokens';
import type { TokenWords } from './token-words';

/** A company's name: the tokens [first, end) and the name as printed. */
export interface CompanyName {
  first: number;
  end: number;
  name: string;
}

/** Legal forms written as one word, in the case they are written in. */
const ONE_WORD = new Set(['BV', 'NV', 'CV', 'GmbH', 'Ltd', 'Inc', 'plc', 'LLC', 'AG']);
/** Legal forms written with full stops: their letters ("B.V." → "BV"). */
const DOTTED = new Set(['BV', 'NV', 'CV', 'SA', 'UA']);
/** Capitalised words that open a sentence or a clause, not a company's name. */
const NOT_FIRST = new Set([
  'De',
  'Het',
  'Een',
  'Ook',
  'Dat',
  'Die',
  'Deze',
  'Dit',
  'En',
  'Of',
  'Bij',
  'Van',
  'Voor',
  'Door',
  'Met',
  'Aan',
  'In',
  'Op',
  'Om',
  'Na',
  'Naar',
  'Namens',
]);
/** Words inside a company's name between its capitalised words ("Bank voor de Bouw"); not "en", which joins two names. */
const JOINERS = new Set(['van', 'voor', 'de', 'der', '&']);

// The legal form at token i, as its tokens [i, end); i when there is none.
function legalFormEnd(t: Tokens, i: number, words: TokenWords): number {
  if (ONE_WORD.has(words.word(i))) return i + 1;
  // "B.V.", "N.V.", "S.A.": letters and full stops, glued together.
  let letters = '';
  let k = i;
  while (
    k + 1 < t.count &&
    words.word(k).length === 1 &&
    startsUpper(words.word(k)) &&
    words.word(k + 1) === '.' &&
    t.ends[k] === t.starts[k + 1] &&
    letters.length < 2
  ) {
    letters += words.word(k);
    k += 2;
    if (k < t.count && t.starts[k] !== t.ends[k - 1]) break;
  }
  return letters.length === 2 && DOTTED.has(letters) ? k : i;
}

/**
 * The company whose legal form starts at token i: its name read back from there ("Vitens N.V."),
 * or after it for the forms printed first ("N.V. Nederlandse Gasunie"); null elsewhere.
 */
export function companyAt(t: Tokens, i: number, words: TokenWords): CompanyName | null {
  const end = legalFormEnd(t, i, words);
  if (end === i) return null;
  return nameBefore(t, i, end, words) ?? (words.word(i) === 'N' || words.word(i) === 'NV' ? nameAfter(t, i, end, words) : null);
}

// Up to six words back from the form at i, on the same line: capitalised words with joiners between them.
function nameBefore(t: Tokens, i: number, end: number, words: TokenWords): CompanyName | null {
  let first = i;
  let k = i - 1;
  while (k >= 0 && i - k <= 6 && !lineBreakAfter(t, k)) {
    const word = words.word(k);
    if (t.isWord[k] && startsUpper(word)) first = k;
    else if (!JOINERS.has(word) && !(word === '-' && t.ends[k - 1] === t.starts[k])) break;
    k--;
  }
  while (first < i && NOT_FIRST.has(words.word(first))) first++;
  if (first === i) return null;
  return { first, end, name: t.text.slice(t.starts[first], t.ends[end - 1]) };
}

// The capitalised words after the form [i, form), to the end of the line or five words.
function nameAfter(t: Tokens, i: number, form: number, words: TokenWords): CompanyName | null {
  let end = form;
  while (end < t.count && end - form < 5 && t.isWord[end] && startsUpper(words.word(end)) && !lineBreakAfter(t, end - 1)) end++;
  if (end === form) return null;
  return { first: i, end, name: t.text.slice(t.starts[i], t.ends[end - 1]) };
}
