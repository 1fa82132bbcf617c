/**
 * The rules that need everything found first: acronyms defined by "Long Form (ACR)" (the long form
 * known or, when unknown, spelling the acronym and ending in a word for a body), and the later
 * mentions of actors by surname or acronym alone. Linear passes over the tokens.
 */
import { startsUpper, tokenKey } from '@/lib/extract/name-keys';
import { tokensBefore, type Tokens } from '@/lib/extract/tokens';
import { actorKey, candidate, type Candidate } from './candidate';

// Unicode patterns made once, at module level (why: name-keys.ts).
const ACRONYM_SHAPE = /^\p{Lu}[\p{Lu}\d]{1,7}$/u;
const CAPITALS = /\p{Lu}/gu;
const WORD_INITIALS = /(?<![\p{L}])\p{Lu}/gu;

/** What the scan has found so far, shared with these passes. */
export interface Found {
  t: Tokens;
  out: Candidate[];
  acronyms: Map<string, Candidate>;
  word: (i: number) => string;
}

/** Words that end the name of a body ("Dienst", "Raad", "Agentschap"). */
const ORG_HEADS =
  /(dienst|raad|agentschap|commissie|autoriteit|bureau|organisatie|partij|unie|fonds|bank|hof|instituut|centrum|inspectie|kamer|vereniging|stichting|ministerie|college|overleg|taskforce|missie|agency|office|council|service|programma|netwerk|platform|tribunaal|rechtbank)$/i;

/** "Long Form (ACR)" right after a found name: the acronym names the same actor from here on. */
export function registerAcronym({ t, acronyms, word }: Found, c: Candidate, end: number): void {
  const acronym = word(end + 1);
  if (word(end) !== '(' || word(end + 2) !== ')' || !ACRONYM_SHAPE.test(acronym)) return;
  if (spells(t.text.slice(c.start, c.end), acronym)) acronyms.set(acronym, c);
}
/**
 * Acronyms defined after an office or after an unknown long form. The text's own search goes from
 * one "(" to the next: a loop over every token would be compiled again and again for a few hundred
 * "(" (docs/performance.md).
 */
export function addAcronymDefinitions({ t, out, acronyms, word }: Found): void {
  const officesByEnd = new Map(out.filter((c) => c.type === 'office').map((c) => [c.end, c] as const));
  for (let at = t.text.indexOf('('); at >= 0; at = t.text.indexOf('(', at + 1)) {
    const i = tokensBefore(t, at) + 1; // the token after the "(" (when a token starts at `at`)
    if (i < 2 || i >= t.count || t.starts[i - 1] !== at) continue;
    if (word(i - 1) !== '(' || word(i + 1) !== ')' || !ACRONYM_SHAPE.test(word(i))) continue;
    const acronym = word(i);
    if (acronyms.has(acronym)) continue;
    const office = officesByEnd.get(t.ends[i - 2] as number);
    if (office && spells(t.text.slice(office.start, office.end), acronym)) {
      acronyms.set(acronym, office);
      continue;
    }
    // An unknown long form counts when its capitals spell the acronym and its head names a body.
    let s = i - 2;
    let letters = '';
    while (s >= 0 && t.isWord[s] && (startsUpper(word(s)) || /^(van|voor|de|het|der|en)$/.test(word(s))) && i - 2 - s < 8) {
      if (startsUpper(word(s))) letters = word(s).charAt(0) + letters;
      if (letters === acronym) break;
      s--;
    }
    if (letters !== acronym || (!ORG_HEADS.test(word(i - 2)) && !ORG_HEADS.test(word(s)))) continue;
    const name = t.text.slice(t.starts[s], t.ends[i - 2]);
    const c = candidate(t.starts[s] as number, t.ends[i - 2] as number, 'organisation', actorKey('organisation', tokenKey(name)), name, 2);
    out.push(c);
    acronyms.set(acronym, c);
  }
}
/**
 * Second pass: surnames of persons found, and acronyms defined, wherever they stand alone. Plain
 * loops rather than `filter`/`map` with callbacks, for the reason given at `mergeCandidates`.
 */
export function addLaterMentions({ t, out, acronyms, word }: Found): void {
  const surnames = new Map<string, Candidate>();
  const lastWords = new Map<string, string>(); // a name's last word, once per name (names repeat)
  for (const c of out) {
    if (c.type !== 'person') continue;
    let last = lastWords.get(c.name);
    if (last === undefined) lastWords.set(c.name, (last = c.name.split(/\s+/).pop() ?? ''));
    surnames.set(last, c);
    if (last.includes('-')) surnames.set(last.split('-')[0] as string, c); // "Yeşilgöz" for "Yeşilgöz-Zegerius"
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
    for (const w of keys) {
      const n = shape(w);
      if (n < asciiShapes.length) asciiShapes[n] = 1;
      else otherShapes.add(n);
    }
  }
  for (let i = 0; i < t.count; i++) {
    const start = t.starts[i] as number;
    const c = t.text.charCodeAt(start);
    if (c >= 97 && c <= 122) continue; // surnames and acronyms start with a capital
    const n = c * 64 + Math.min((t.ends[i] as number) - start, 63);
    if (n < asciiShapes.length ? asciiShapes[n] === 0 : !otherShapes.has(n)) continue;
    const w = word(i);
    const person = surnames.get(w);
    const acronym = acronyms.get(w);
    if (person && !covered.has(t.ends[i] as number) && !(word(i + 1) === '-' && t.ends[i] === t.starts[i + 1])) {
      out.push(candidate(t.starts[i] as number, t.ends[i] as number, person.type, person.key, w, 1));
    } else if (acronym && !(starts ??= startsOf(out, found)).has(t.starts[i] as number)) {
      out.push(candidate(t.starts[i] as number, t.ends[i] as number, acronym.type, acronym.key, w, 1));
    }
  }
}

// Where the first `count` candidates start.
function startsOf(candidates: readonly Candidate[], count: number): Set<number> {
  const starts = new Set<number>();
  for (let k = 0; k < count; k++) starts.add((candidates[k] as Candidate).start);
  return starts;
}

// A word's first letter and length as one number (`addLaterMentions`' first look). A module
// function, so the pass that calls it keeps its compiled code from one document to the next.
function shape(w: string): number {
  return w.charCodeAt(0) * 64 + Math.min(w.length, 63);
}

// The capitals of a long form spell its acronym ("Raad Buitenlandse Zaken" → RBZ; "Rijk" is not JBR).
function spells(longForm: string, acronym: string): boolean {
  const capitals = (longForm.match(CAPITALS) ?? []).join('');
  const initials = (longForm.match(WORD_INITIALS) ?? []).join('');
  return capitals === acronym || initials === acronym || capitals.startsWith(acronym) || initials.startsWith(acronym);
}
