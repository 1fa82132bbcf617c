/**
 * The rules that need everything found first: acronyms defined by "Long Form (ACR)" (the long form
 * known or, when unknown, spelling the acronym and ending in a word for a body), and the later
 * mentions of actors by surname or acronym alone. Linear passes over the tokens.
 */
import { startsUpper } from '@/lib/extract/name-keys';
import { endOf, startOf, tokensBefore, type Tokens } from '@/lib/extract/tokens';
import { wordList } from '@/lib/extract/word-list';
import { candidate, spanCandidate, type Candidate } from './candidate';
import type { TokenWords } from './token-words';

// Unicode patterns made once, at module level (why: name-keys.ts).
const ACRONYM_SHAPE = /^\p{Lu}[\p{Lu}\d]{1,7}$/u;
const CAPITALS = /\p{Lu}/gu;
const LONG_FORM_JOINERS = /^(van|voor|de|het|der|en)$/;
const WORD_INITIALS = /(?<![\p{L}])\p{Lu}/gu;

/** What the scan has found so far, shared with these passes. */
export interface Found {
  t: Tokens;
  words: TokenWords;
  out: Candidate[];
  acronyms: Map<string, Candidate>;
}

/** Words that end the name of a body ("Dienst", "Raad", "Agentschap"). */
const ORG_HEAD_WORDS = wordList(
  'dienst raad agentschap commissie autoriteit bureau organisatie partij unie fonds bank hof instituut centrum inspectie',
  'kamer vereniging stichting ministerie college overleg taskforce missie agency office council service programma netwerk',
  'platform tribunaal rechtbank',
);
const ORG_HEADS = new RegExp(`(${ORG_HEAD_WORDS.join('|')})$`, 'i');

/** "Long Form (ACR)" right after a found name: the acronym names the same actor from here on. */
export function registerAcronym({ t, acronyms, words }: Found, c: Candidate, end: number): void {
  const acronym = words.word(end + 1);
  if (words.word(end) !== '(' || words.word(end + 2) !== ')' || !ACRONYM_SHAPE.test(acronym)) return;
  if (spells(t.text.slice(c.start, c.end), acronym)) acronyms.set(acronym, c);
}
/**
 * Acronyms defined after an office or after an unknown long form. The text's own search goes from
 * one "(" to the next: a loop over every token would be compiled again and again for a few hundred
 * "(" (docs/performance.md).
 */
export function addAcronymDefinitions({ t, out, acronyms, words }: Found): void {
  const officesByEnd = new Map(out.filter((c) => c.type === 'office').map((c) => [c.end, c] as const));
  for (let at = t.text.indexOf('('); at >= 0; at = t.text.indexOf('(', at + 1)) {
    const i = tokensBefore(t, at) + 1; // the token after the "(" (when a token starts at `at`)
    if (i < 2 || i >= t.count || t.starts[i - 1] !== at) continue;
    if (words.word(i - 1) !== '(' || words.word(i + 1) !== ')' || !ACRONYM_SHAPE.test(words.word(i))) continue;
    const acronym = words.word(i);
    if (acronyms.has(acronym)) continue;
    const office = officesByEnd.get(endOf(t, i - 2));
    if (office && spells(t.text.slice(office.start, office.end), acronym)) {
      acronyms.set(acronym, office);
      continue;
    }
    // An unknown long form counts when its capitals spell the acronym and its head names a body.
    let first = i - 2;
    let letters = '';
    while (
      first >= 0 &&
      t.isWord[first] &&
      (startsUpper(words.word(first)) || LONG_FORM_JOINERS.test(words.word(first))) &&
      i - 2 - first < 8
    ) {
      if (startsUpper(words.word(first))) letters = words.word(first).charAt(0) + letters;
      if (letters === acronym) break;
      first--;
    }
    if (letters !== acronym || (!ORG_HEADS.test(words.word(i - 2)) && !ORG_HEADS.test(words.word(first)))) continue;
    const name = t.text.slice(t.starts[first], t.ends[i - 2]);
    const longForm = spanCandidate(words, { first, end: i - 1, type: 'organisation', name, weight: 2 });
    out.push(longForm);
    acronyms.set(acronym, longForm);
  }
}
/**
 * Second pass: surnames of persons found, and acronyms defined, wherever they stand alone. Plain
 * loops rather than `filter`/`map` with callbacks, for the reason given at `mergeCandidates`.
 */
export function addLaterMentions({ t, out, acronyms, words }: Found): void {
  const surnames = new Map<string, Candidate>();
  const lastWords = new Map<string, string>(); // a name's last word, once per name (names repeat)
  for (const c of out) {
    if (c.type !== 'person') continue;
    let last = lastWords.get(c.name);
    if (last === undefined) lastWords.set(c.name, (last = c.name.split(/\s+/).pop() ?? ''));
    surnames.set(last, c);
    if (last.includes('-')) surnames.set(last.slice(0, last.indexOf('-')), c); // "Yeşilgöz" for "Yeşilgöz-Zegerius"
  }
  if (!surnames.size && !acronyms.size) return;
  const covered = new Set<number>();
  for (const c of out) if (c.type === 'person') covered.add(c.end);
  let starts: Set<number> | null = null; // of the candidates found before this pass, made at the first acronym met
  const found = out.length;
  // A first look by first letter and length spares most capitalised words a slice of their own:
  // a table for ASCII first letters, a set for the others.
  const asciiShapes = new Uint8Array(128 * 64);
  const otherShapes = new Set<number>();
  for (const keys of [surnames.keys(), acronyms.keys()]) {
    for (const word of keys) {
      const wordShape = shape(word);
      if (wordShape < asciiShapes.length) asciiShapes[wordShape] = 1;
      else otherShapes.add(wordShape);
    }
  }
  for (let i = 0; i < t.count; i++) {
    const start = startOf(t, i);
    const end = endOf(t, i);
    const firstChar = t.text.charCodeAt(start);
    if (firstChar >= 97 && firstChar <= 122) continue; // surnames and acronyms start with a capital
    const tokenShape = firstChar * 64 + Math.min(end - start, 63);
    if (tokenShape < asciiShapes.length ? asciiShapes[tokenShape] === 0 : !otherShapes.has(tokenShape)) continue;
    const word = words.word(i);
    const person = surnames.get(word);
    const acronym = acronyms.get(word);
    if (person && !covered.has(end) && !(words.word(i + 1) === '-' && end === t.starts[i + 1])) {
      out.push(candidate({ start, end, type: person.type, key: person.key, name: word, weight: 1 }));
    } else if (acronym && !(starts ??= startsOf(out, found)).has(start)) {
      out.push(candidate({ start, end, type: acronym.type, key: acronym.key, name: word, weight: 1 }));
    }
  }
}

// Where the first `count` candidates start.
function startsOf(candidates: readonly Candidate[], count: number): Set<number> {
  const starts = new Set<number>();
  for (let k = 0; k < count; k++) {
    const c = candidates[k];
    if (c) starts.add(c.start);
  }
  return starts;
}

// A word's first letter and length as one number (`addLaterMentions`' first look). A module
// function, so the pass that calls it keeps its compiled code from one document to the next.
function shape(word: string): number {
  return word.charCodeAt(0) * 64 + Math.min(word.length, 63);
}

// The capitals of a long form spell its acronym ("Raad Buitenlandse Zaken" → RBZ; "Rijk" is not JBR).
function spells(longForm: string, acronym: string): boolean {
  const capitals = (longForm.match(CAPITALS) ?? []).join('');
  const initials = (longForm.match(WORD_INITIALS) ?? []).join('');
  return capitals === acronym || initials === acronym || capitals.startsWith(acronym) || initials.startsWith(acronym);
}
