/**
 * Where a name stands, read from the tokens around it: at the start of a sentence (where a capital
 * proves nothing), as half of a double name or a compound, after the particles of a surname, in
 * the opening formula of a royal decree. Pure functions over the tokens; the rules (actor-rules.ts) ask.
 */
import { startsUpper } from '@/lib/extract/name-keys';
import { KEY_PARTICLES, PLACE_SURNAME_PARTICLES } from '@/lib/extract/name-particles';
import { lineBreakAfter, type Tokens } from '@/lib/extract/tokens';
import type { TokenWords } from './token-words';

/** Tells whether token i opens a sentence or a block (where a capital says nothing). */
export function opensSentence(t: Tokens, i: number, words: TokenWords): boolean {
  if (i === 0) return true;
  const before = words.word(i - 1);
  return (
    before === '.' || before === '?' || before === '!' || before === ':' || before === '•' || before === '–' || lineBreakAfter(t, i - 1)
  );
}

/** A name of several words that ends inside a compound is not that name ("Prins van Oranje-Nassau"). */
export function endsInsideCompound(t: Tokens, first: number, end: number, words: TokenWords): boolean {
  return end - first > 1 && words.word(end) === '-' && t.ends[end - 1] === t.starts[end];
}

/**
 * Tells whether a listed place at [first, end) is part of another name here: after the particles
 * of a surname ("René van der Linden"), after a particle capitalised inside a sentence, as a
 * surname without its given name prints it ("en De Boer", "door Van Dam"), or half of a double
 * name ("Oranje-Nassau", "Haegen-Maas").
 */
export function placeInOtherName(t: Tokens, first: number, end: number, words: TokenWords): boolean {
  return (
    PLACE_SURNAME_PARTICLES.has(words.key(first - 1)) ||
    capitalParticleBefore(t, first, words) ||
    joinedByHyphen(t, end, end + 1, words) ||
    joinedByHyphen(t, first - 1, first - 2, words)
  );
}

// Whether the token before `first` is a surname's particle printed with a capital ("De", "Van",
// "Ter") where no sentence starts: inside a sentence an article or preposition is lower case.
function capitalParticleBefore(t: Tokens, first: number, words: TokenWords): boolean {
  return first > 0 && KEY_PARTICLES.has(words.key(first - 1)) && startsUpper(words.word(first - 1)) && !opensSentence(t, first - 1, words);
}

// Whether a glued hyphen at `hyphen` joins a capitalised word at `other` to the name.
function joinedByHyphen(t: Tokens, hyphen: number, other: number, words: TokenWords): boolean {
  if (hyphen < 0 || other < 0 || other >= t.count || words.word(hyphen) !== '-') return false;
  const glued =
    hyphen < other
      ? t.ends[hyphen - 1] === t.starts[hyphen] && t.ends[hyphen] === t.starts[other]
      : t.ends[other] === t.starts[hyphen] && t.ends[hyphen] === t.starts[hyphen + 1];
  return glued && startsUpper(words.word(other));
}

/**
 * "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden": for the office's token i,
 * the token where the decreeing monarch's name starts, and the token after it; null elsewhere.
 */
export function decreeMaker(i: number, words: TokenWords): { first: number; end: number } | null {
  if (
    words.word(i - 1) !== ',' ||
    words.key(i - 2) !== 'gods' ||
    words.key(i - 3) !== 'gratie' ||
    words.key(i - 5) !== 'bij' ||
    words.word(i - 6) !== ','
  )
    return null;
  let wij = i - 7;
  while (wij > i - 12 && words.key(wij) !== 'wij') wij--;
  return words.key(wij) === 'wij' ? { first: wij + 1, end: i - 6 } : null;
}
