/**
 * Where a name stands, read from the tokens around it: at the start of a sentence (where a capital
 * proves nothing), as half of a double name or a compound, after the particles of a surname, in
 * the opening formula of a royal decree. Pure functions over the tokens; the rules (actor-rules.ts) ask.
 */
import { startsUpper } from '@/lib/extract/name-keys';
import { lineBreakAfter, type Tokens } from '@/lib/extract/tokens';

type Word = (i: number) => string;

/** Particles after which a listed place is the rest of a surname ("van der Linden", "van 't Riet"). */
const SURNAME_PARTICLES = new Set(['der', 'den', 't']);

/** Tells whether token i opens a sentence or a block (where a capital says nothing). */
export function opensSentence(t: Tokens, i: number, word: Word): boolean {
  if (i === 0) return true;
  const before = word(i - 1);
  return (
    before === '.' || before === '?' || before === '!' || before === ':' || before === '•' || before === '–' || lineBreakAfter(t, i - 1)
  );
}

/** A name of several words that ends inside a compound is not that name ("Prins van Oranje-Nassau"). */
export function endsInsideCompound(t: Tokens, first: number, end: number, word: Word): boolean {
  return end - first > 1 && word(end) === '-' && t.ends[end - 1] === t.starts[end];
}

/**
 * Tells whether a listed place at [first, end) is part of another name here: after the particles
 * of a surname ("René van der Linden"), or half of a double name ("Oranje-Nassau", "Haegen-Maas").
 */
export function placeInOtherName(t: Tokens, first: number, end: number, word: Word, key: Word): boolean {
  return SURNAME_PARTICLES.has(key(first - 1)) || joinedByHyphen(t, end, end + 1, word) || joinedByHyphen(t, first - 1, first - 2, word);
}

// Whether a glued hyphen at `hyphen` joins a capitalised word at `other` to the name.
function joinedByHyphen(t: Tokens, hyphen: number, other: number, word: Word): boolean {
  if (hyphen < 0 || other < 0 || other >= t.count || word(hyphen) !== '-') return false;
  const glued =
    hyphen < other
      ? t.ends[hyphen - 1] === t.starts[hyphen] && t.ends[hyphen] === t.starts[other]
      : t.ends[other] === t.starts[hyphen] && t.ends[hyphen] === t.starts[hyphen + 1];
  return glued && startsUpper(word(other));
}

/**
 * "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden": for the office's token i,
 * the token where the decreeing monarch's name starts, and the token after it; null elsewhere.
 */
export function decreeMaker(i: number, word: Word, key: Word): { first: number; end: number } | null {
  if (word(i - 1) !== ',' || key(i - 2) !== 'gods' || key(i - 3) !== 'gratie' || key(i - 5) !== 'bij' || word(i - 6) !== ',') return null;
  let w = i - 7;
  while (w > i - 12 && key(w) !== 'wij') w--;
  return key(w) === 'wij' ? { first: w + 1, end: i - 6 } : null;
}
