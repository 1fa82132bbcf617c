/**
 * Lists of members, where every item is a person's name: attendance ("Tegenwoordig zijn 72 leden,
 * te weten: Backer, Van Beek, …"), votes ("Vóór stemmen de leden: …"), the members who sent word
 * they could not come ("van de leden:\nThissen, wegens …;\nStrik, …") and the members behind a
 * question or motion ("de leden Omtzigt (CDA), Gesthuizen (SP) en Schouw (D66)", "de leden van
 * uw Kamer, Patijn en Scheltema-de Nie").
 */
import { lineBreakAfter, type Tokens } from '@/lib/extract/tokens';
import { readListName, type PersonName } from './person-names';

type Word = (i: number) => string;

/** Tells whether the name read at [first, end) is a known body or country rather than a person. */
export type KnownName = (first: number, end: number) => boolean;

// Unicode patterns made once, at module level (why: name-keys.ts).
const LOWER_START = /^\p{Ll}/u;

const ITEM_END = /^[,;.(]?$/;

/** The most items a list is read for; the scanner's reach bounds it too. */
const MAX_ITEMS = 250;

/**
 * Where the list announced by "leden" at token i starts: right after it, after "leden:", or
 * after "leden van uw Kamer," / "leden der Kamer,"; -1 when nothing announces one there.
 */
export function listAfterLeden(i: number, word: Word, key: Word): number {
  let j = i + 1;
  if (word(j) === ':') return j + 1;
  if ((key(j) === 'van' || key(j) === 'der') && (key(j + 1) === 'kamer' || (/^(uw|de)$/.test(key(j + 1)) && key(j + 2) === 'kamer'))) {
    j += key(j + 1) === 'kamer' ? 2 : 3;
    if (word(j) === ',' || word(j) === ':') return j + 1;
    return -1;
  }
  return j;
}

/** Reads the names of a list starting at token j, as far as its items are names. */
export function readMemberList(t: Tokens, j: number, word: Word, key: Word, known: KnownName): PersonName[] {
  const names: PersonName[] = [];
  while (j < t.count && names.length < MAX_ITEMS) {
    const name = readListName(t, j);
    if (!name || known(name.firstToken, name.endToken)) break;
    // An item on a line of its own must look like one ("Strik, wegens …;", "Kox en Strik, …"): a paragraph that
    // follows a list starts with a capital too ("Kunt u …").
    if (j > 0 && lineBreakAfter(t, j - 1) && !ITEM_END.test(word(name.endToken)) && key(name.endToken) !== 'en') break;
    names.push(name);
    let m = name.endToken;
    if (word(m) === '(') {
      const open = m;
      while (m < t.count && word(m) !== ')' && m - open < 8) m++;
      if (word(m) !== ')') break;
      m++;
    }
    // "Thissen, wegens bezigheden elders;": a reason after the name runs to the item's end.
    if (word(m) === ',' && key(m + 1) !== 'en' && LOWER_START.test(word(m + 1))) {
      const from = m;
      while (m < t.count && word(m) !== ';' && word(m) !== '.' && m - from < 40) m++;
    }
    if (word(m) === ',' || word(m) === ';') m++;
    if (key(m) === 'en') m++;
    if (m === name.endToken) break;
    j = m;
  }
  return names;
}
