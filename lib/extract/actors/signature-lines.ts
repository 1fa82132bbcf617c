/**
 * Names on lines of their own that close a document part: the chair and clerk under a committee's
 * report ("De voorzitter van de commissie,\nSmeets\nAdjunct-griffier van de commissie,\nSjerp") and
 * the members who move a motion ("en gaat over tot de orde van de dag.\nKlein\nVan Raak"). The
 * line before says that a name follows; the name itself needs no initials or cue.
 */
import { lineBreakAfter, type Tokens } from '@/lib/extract/tokens';
import { readListName, type PersonName } from './person-names';
import type { TokenWords } from './token-words';

/** Words that open the line of a function a name signs under ("De voorzitter van de commissie,"). */
const SIGNING_ROLES = new Set([
  'voorzitter',
  'ondervoorzitter',
  'griffier',
  'adjunct-griffier',
  'secretaris',
  'minister',
  'staatssecretaris',
  'burgemeester',
  'dijkgraaf',
  'commissaris',
]);
/** How many lines back a run of names may go to reach the line that announces them. */
const MAX_LINES = 8;

// The first token of the line that ends at token `last`.
function lineStart(t: Tokens, last: number): number {
  let k = last;
  while (k > 0 && last - k < 40 && !lineBreakAfter(t, k - 1)) k--;
  return k;
}

// Whether tokens [first, last] are a line that announces a name: a function ending in a comma, or a motion's last words.
function announcesName(first: number, last: number, words: TokenWords): boolean {
  if (words.word(last) === ',') {
    for (let k = first; k < Math.min(last, first + 3); k++)
      if (SIGNING_ROLES.has(words.key(k)) || (words.key(k) === 'adjunct' && words.key(k + 2) === 'griffier')) return true;
    return false;
  }
  // "… en gaat over tot de orde van de dag.": a motion's last words.
  const dag = words.key(last - 1) === 'dag' && words.key(last - 2) === 'de';
  return words.word(last) === '.' && dag && words.key(last - 3) === 'van' && words.key(last - 4) === 'orde';
}

// The name that fills the line from token i, or null.
function nameLine(words: TokenWords, i: number): PersonName | null {
  const t = words.tokens;
  const name = readListName(words, i);
  if (!name) return null;
  const end = name.endToken;
  return end >= t.count || lineBreakAfter(t, end - 1) ? name : null;
}

/** The person whose name alone fills the line at token i, under a line that announces it; null elsewhere. */
export function signatureLine(t: Tokens, i: number, words: TokenWords): PersonName | null {
  if (i === 0 || !lineBreakAfter(t, i - 1)) return null;
  const name = nameLine(words, i);
  if (!name) return null;
  // Back over the names above it ("Klein\nVan Raak"), to the line that announced them.
  let last = i - 1;
  for (let n = 0; n < MAX_LINES && last > 0; n++) {
    const first = lineStart(t, last);
    if (announcesName(first, last, words)) return name;
    if (nameLine(words, first)?.endToken !== last + 1) return null;
    last = first - 1;
  }
  return null;
}
