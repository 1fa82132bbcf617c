/**
 * Listed names in their context. The gazetteer gives every name a run of tokens may be; these rules
 * keep the one its case and its surroundings allow (a party only where parties are spoken of, a
 * ministry by its portfolio alone only inside a sentence, a place not inside a surname), or none.
 */
import type { Hit } from '@/lib/extract/gazetteer';
import { startsUpper } from '@/lib/extract/name-keys';
import { lineBreakAfter } from '@/lib/extract/tokens';
import type { TrieMatch } from '@/lib/extract/trie';
import { endsInsideCompound, opensSentence, placeInOtherName } from './name-context';
import type { RuleState } from './rule-state';
import { GOVERNMENT_NOUNS, NATIONAL_BODIES } from './rule-words';

// Unicode patterns made once, at module level (why: name-keys.ts).
const COMBINING_MARKS = /\p{M}/gu;
const FRACTIONS = /^fracties?$/;

/** Nouns after which a portfolio names a field of policy ("het terrein van Justitie"). */
const TOPIC_NOUNS = new Set([
  'gebied',
  'gebieden',
  'terrein',
  'terreinen',
  'beleidsterrein',
  'beleidsterreinen',
  'portefeuille',
  'begroting',
]);

/** The gazetteer hit of a match that fits its case and its context here, or null. */
export function pickHit(state: RuleState, match: TrieMatch<Hit>): Hit | null {
  const { t, words } = state;
  const { first, end } = match;
  const printed = t.text.slice(t.starts[first], t.ends[end - 1]);
  for (const { value: hit, surface } of match.values) {
    if (hit.exactCase && withoutMarks(printed) !== withoutMarks(surface)) continue; // "EU", not "eu"
    if (!hit.exactCase && startsUpper(surface) && !startsUpper(printed)) continue;
    if (hit.entry.partyOnly && !partyContext(state, first, end)) continue;
    if (hit.entry.wordLike && opensSentence(t, first, words)) continue;
    if (hit.entry.shortForm && surface !== hit.entry.name && !shortFormContext(state, first, end)) continue;
    if (endsInsideCompound(t, first, end, words)) continue;
    if (hit.entry.type === 'location' && placeInOtherName(t, first, end, words)) continue;
    return hit;
  }
  return null;
}

/**
 * A national body after a country's adjective that ends at token j ("Azerbeidzjaanse Openbaar
 * Ministerie", "Armeense OM", "de Belgische regering"): the token after it and its name; null elsewhere.
 */
export function qualifiedBody(state: RuleState, j: number): { end: number; name: string } | null {
  const { words } = state;
  // "de Belgische regering": a country's government, parliament or authorities.
  const noun = words.key(j);
  if (GOVERNMENT_NOUNS.has(noun) && words.key(j - 1) !== 'nederlandse' && words.key(j - 1) !== 'nederlands') {
    return { end: j + 1, name: noun };
  }
  const match = state.gazetteer.names.longestAt(state.t, j, words);
  const hit = match && pickHit(state, match);
  if (!match || !hit || hit.entry.type !== 'organisation' || !NATIONAL_BODIES.has(hit.entry.name)) return null;
  return { end: match.end, name: hit.entry.name };
}

// A ministry by its portfolio alone ("bij Defensie") inside a sentence, not in brackets after a
// minister's name ("Minister Brekelmans (Defensie)") and not the start of a longer name.
function shortFormContext(state: RuleState, first: number, end: number): boolean {
  const { t, words } = state;
  if (words.word(first - 1) === '(' || opensSentence(t, first, words) || lineBreakAfter(t, end - 1)) return false;
  // "op de gebieden van Veiligheid en Justitie": a field of policy, not the ministry.
  let k = first - 1;
  while (k > 0 && first - k < 12 && (startsUpper(words.word(k)) || words.key(k) === 'en' || words.word(k) === ',')) k--; // back over a list
  if (words.key(k) === 'van' && TOPIC_NOUNS.has(words.key(k - 1))) return false;
  // "de vaste commissies voor Defensie, Economische Zaken en Financiën": committees, not ministries.
  for (let k = first - 1; k >= 0 && k >= first - 12 && words.word(k) !== '.'; k--) {
    if (words.key(k) === 'voor' && words.key(k - 1) === 'commissies') return false;
  }
  return !startsUpper(words.word(end)) && !(words.word(end) === '-' && t.ends[end - 1] === t.starts[end]);
}

// "(SP)", "SP-fractie", "fractie van de SP", "het lid X van SP".
function partyContext(state: RuleState, first: number, end: number): boolean {
  const { words } = state;
  if (words.word(first - 1) === '(' && words.word(end) === ')') return true;
  if (words.word(end) === '-' && words.key(end + 1) === 'fractie') return true;
  if (words.key(first - 1) === 'van' && (words.key(first - 2) === 'fractie' || first - 2 < state.personUntil + 1)) return true;
  // "de leden van de fracties van de SP, GroenLinks en de PvdA".
  const article = words.key(first - 1) === 'de' || words.key(first - 1) === 'het';
  if (article && words.key(first - 2) === 'van' && FRACTIONS.test(words.key(first - 3))) return true;
  return words.key(first - 1) === 'fractie';
}

function withoutMarks(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '');
}
