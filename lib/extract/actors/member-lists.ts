/**
 * Lists of members, where every item is a person's name: attendance ("Tegenwoordig zijn 72 leden,
 * te weten: Backer, Van Beek, …"), votes ("Vóór stemmen de leden: …"), the members who sent word
 * they could not come ("van de leden:\nThissen, wegens …;\nStrik, …") and the members behind a
 * question or motion ("de leden Omtzigt (CDA), Gesthuizen (SP) en Schouw (D66)", "de leden van
 * uw Kamer, Patijn en Scheltema-de Nie").
 */
import { lineBreakAfter, type Tokens } from '@/lib/extract/tokens';
import { readListName, type PersonName } from './person-names';
import type { TokenWords } from './token-words';

/** Knows which names read as list items are bodies or countries, not persons (the gazetteer's). */
export interface KnownNames {
  /** Tells whether the name read at [first, end) is a known body or country rather than a person. */
  isKnownName(first: number, end: number): boolean;
}

// Unicode patterns made once, at module level (why: name-keys.ts).
const LOWER_START = /^\p{Ll}/u;

const ITEM_END = /^[,;.(]?$/;

/** The most items a list is read for; the scanner's reach bounds it too. */
const MAX_ITEMS = 250;

/**
 * Where the list announced by "leden" at token i starts: right after it, after "leden:", or
 * after "leden van uw Kamer," / "leden der Kamer,"; -1 when nothing announces one there.
 */
export function listAfterLeden(i: number, words: TokenWords): number {
  let j = i + 1;
  if (words.word(j) === ':') return j + 1;
  if (
    (words.key(j) === 'van' || words.key(j) === 'der') &&
    (words.key(j + 1) === 'kamer' || (/^(uw|de)$/.test(words.key(j + 1)) && words.key(j + 2) === 'kamer'))
  ) {
    j += words.key(j + 1) === 'kamer' ? 2 : 3;
    if (words.word(j) === ',' || words.word(j) === ':') return j + 1;
    return -1;
  }
  return j;
}

/** Reads the names of a list starting at token j, as far as its items are names. */
export function readMemberList(t: Tokens, j: number, words: TokenWords, known: KnownNames): PersonName[] {
  const names: PersonName[] = [];
  while (j < t.count && names.length < MAX_ITEMS) {
    const name = readListName(words, j);
    if (!name || known.isKnownName(name.firstToken, name.endToken)) break;
    // An item on a line of its own must look like one ("Strik, wegens …;", "Kox en Strik, …"): a paragraph that
    // follows a list starts with a capital too ("Kunt u …").
    if (j > 0 && lineBreakAfter(t, j - 1) && !ITEM_END.test(words.word(name.endToken)) && words.key(name.endToken) !== 'en') break;
    names.push(name);
    let m = name.endToken;
    if (words.word(m) === '(') {
      const open = m;
      while (m < t.count && words.word(m) !== ')' && m - open < 8) m++;
      if (words.word(m) !== ')') break;
      m++;
    }
    // "Thissen, wegens bezigheden elders;": a reason after the name runs to the item's end.
    if (words.word(m) === ',' && words.key(m + 1) !== 'en' && LOWER_START.test(words.word(m + 1))) {
      const from = m;
      while (m < t.count && words.word(m) !== ';' && words.word(m) !== '.' && m - from < 40) m++;
    }
    if (words.word(m) === ',' || words.word(m) === ';') m++;
    if (words.key(m) === 'en') m++;
    if (m === name.endToken) break;
    j = m;
  }
  return names;
}
