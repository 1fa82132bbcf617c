/**
 * Organisations named by a pattern rather than a list: "gemeente Sittard-Geleen" (and the place
 * in it), "de Raad van de gemeente X", "de vaste commissie voor Binnenlandse Zaken", "Ministerie
 * van Buitenlandse Zaken", "Directoraat-Generaal Openbaar Bestuur", "het dagelijks bestuur van
 * waterschap Aa en Maas", "de fractie van de Partij voor de Dieren".
 */
import { lowerSecondLetter, startsUpper } from '@/lib/extract/name-keys';
import { gazetteer } from '@/lib/extract/gazetteer';
import { touches, type Tokens } from '@/lib/extract/tokens';
import { spanCandidate, type Candidate } from './candidate';
import { namedAfter } from './named-after';
import { readSurname } from './person-names';
import type { TokenWords } from './token-words';

// Unicode patterns made once, at module level (why: name-keys.ts).
const ALL_CAPS = /^\p{Lu}{2,}$/u;

const COMMITTEE_KINDS = new Set(['vaste', 'algemene', 'tijdelijke', 'bijzondere', 'parlementaire']);

/** Candidates of one pattern and the token after it. */
export interface PatternMatch {
  candidates: Candidate[];
  endToken: number;
}

// A capitalised word not printed in capitals ("Financiën", not "FINANCIËN" in a heading).
function capitalisedNotCaps(word: string): boolean {
  return startsUpper(word) && (lowerSecondLetter(word) || !ALL_CAPS.test(word));
}

// A place name: capitalised words joined by hyphens ("Sittard-Geleen", "Den Haag").
function placeName(t: Tokens, j: number, words: TokenWords): number {
  let end = j;
  while (end < t.count && startsUpper(words.word(end))) {
    end++;
    if (words.word(end) === '-' && t.ends[end - 1] === t.starts[end] && startsUpper(words.word(end + 1))) end++;
    else if (end - j >= 3) break;
    else if (!startsUpper(words.word(end))) break;
  }
  return end;
}

// The listed organisation named from token j, after "de" or "het" there ("van de Partij voor de
// Dieren", "van waterschap Aa en Maas"): its tokens [first, end) and its name; null elsewhere.
function listedOrganisation(t: Tokens, j: number, words: TokenWords): { first: number; end: number; name: string } | null {
  const first = words.key(j) === 'de' || words.key(j) === 'het' ? j + 1 : j;
  const match = gazetteer().names.longestAt(t, first, words);
  const entry = match?.values.find((v) => v.value.entry.type === 'organisation')?.value.entry;
  return match && entry ? { first, end: match.end, name: entry.name } : null;
}

// A pattern's candidate over the tokens [first, end): a full name.
function candidateOf(words: TokenWords, first: number, end: number, type: Candidate['type'], name: string): Candidate {
  return spanCandidate(words, { first, end, type, name, weight: 2 });
}

/** An organisation pattern starting at token i, or null. */
export function organisationPattern(t: Tokens, i: number, words: TokenWords): PatternMatch | null {
  const key = words.key(i);
  if (
    key === 'gemeente' ||
    key === 'provincie' ||
    (key === 'raad' && words.key(i + 1) === 'van' && words.key(i + 2) === 'de' && words.key(i + 3) === 'gemeente')
  ) {
    const noun = key === 'raad' ? i + 3 : i; // "gemeente" or "provincie"
    const end = placeName(t, noun + 1, words);
    if (end === noun + 1) return null;
    const place = t.text.slice(t.starts[noun + 1], t.ends[end - 1]);
    const candidates = [
      candidateOf(words, noun, end, 'organisation', `${words.key(noun)} ${place}`),
      candidateOf(words, noun + 1, end, 'location', place),
    ];
    if (noun !== i) candidates.unshift(candidateOf(words, i, end, 'organisation', `Raad van de gemeente ${place}`));
    return { candidates, endToken: end };
  }
  // "burgemeester en wethouders van Doetinchem": the college, and the place it governs.
  if (key === 'burgemeester' && words.key(i + 1) === 'en' && words.key(i + 2) === 'wethouders') {
    const from = words.key(i + 4) === 'de' && words.key(i + 5) === 'gemeente' ? i + 6 : i + 4; // "van de gemeente Leiden"
    const of = words.key(i + 3) === 'van' ? placeName(t, from, words) : from;
    if (of === from) return { candidates: [candidateOf(words, i, i + 3, 'organisation', 'burgemeester en wethouders')], endToken: i + 3 };
    const place = t.text.slice(t.starts[from], t.ends[of - 1]);
    return {
      candidates: [
        candidateOf(words, i, of, 'organisation', `burgemeester en wethouders van ${place}`),
        candidateOf(words, from, of, 'location', place),
      ],
      endToken: of,
    };
  }
  if ((key === 'commissie' || key === 'kamercommissie') && words.key(i + 1) === 'voor') {
    const article = words.key(i + 2) === 'de' || words.key(i + 2) === 'het' ? 1 : 0; // "commissie voor de Rijksuitgaven"
    let end = i + 2 + article;
    // Capitalised words, not a heading in capitals ("DE COMMISSIE VOOR DE VERZOEKSCHRIFTEN").
    while (
      end < t.count &&
      (capitalisedNotCaps(words.word(end)) || (words.key(end) === 'en' && startsUpper(words.word(end + 1))) || words.word(end) === ',')
    )
      end++;
    if (words.word(end - 1) === ',') end--;
    if (end === i + 2 + article) return null;
    // "de vaste commissie", "de algemene commissie", "de tijdelijke commissie": the kind is part of the name.
    const kind = COMMITTEE_KINDS.has(words.key(i - 1)) ? words.key(i - 1) : '';
    const first = kind ? i - 1 : i;
    // Without a kind printed, "commissie voor Financiën" is the vaste; "commissie voor de Rijksuitgaven" keeps its own name.
    const prefix = kind ? `${kind} ` : article ? '' : 'vaste ';
    const head = key === 'kamercommissie' ? 'Kamercommissie' : 'commissie';
    const name = `${prefix}${head} voor ${t.text.slice(t.starts[i + 2], t.ends[end - 1])}`;
    return { candidates: [candidateOf(words, first, end, 'organisation', name)], endToken: end };
  }
  // "de commissie Borstlap", "de commissie-Remkes": a committee named after its chair.
  const hyphen = words.word(i + 1) === '-';
  if (key === 'commissie' && (!hyphen || (t.ends[i] === t.starts[i + 1] && t.ends[i + 1] === t.starts[i + 2]))) {
    const j = hyphen ? i + 2 : i + 1;
    const chair = startsUpper(words.word(j)) && !gazetteer().names.longestAt(t, j, words) ? readSurname(words, j, 'capital') : null;
    if (chair && !startsUpper(words.word(chair.end)))
      return { candidates: [candidateOf(words, i, chair.end, 'organisation', `commissie ${chair.surname}`)], endToken: chair.end };
  }
  // "Directoraat-Generaal Openbaar Bestuur": a directorate-general of a ministry by its capitalised name.
  if (key === 'directoraat' && words.word(i + 1) === '-' && words.key(i + 2) === 'generaal' && touches(t, i) && touches(t, i + 1)) {
    let end = i + 3;
    while (end < t.count && end < i + 8 && capitalisedNotCaps(words.word(end))) end++;
    if (end === i + 3) return null;
    const name = `Directoraat-Generaal ${t.text.slice(t.starts[i + 3], t.ends[end - 1])}`;
    return { candidates: [candidateOf(words, i, end, 'organisation', name)], endToken: end };
  }
  // "het dagelijks bestuur van waterschap Aa en Maas": the executive of a listed body, and the body.
  if (key === 'dagelijks' && words.key(i + 1) === 'bestuur' && words.key(i + 2) === 'van') {
    const body = listedOrganisation(t, i + 3, words);
    if (!body) return null;
    const printed = t.text.slice(t.starts[body.first], t.ends[body.end - 1]);
    return {
      candidates: [
        candidateOf(words, i, body.end, 'organisation', `dagelijks bestuur van ${printed}`),
        candidateOf(words, body.first, body.end, 'organisation', body.name),
      ],
      endToken: body.end,
    };
  }
  if (key === 'ministerie' && words.key(i + 1) === 'van') {
    const match = gazetteer().portfolios.longestAt(t, i + 2, words);
    const field = match?.values[0]?.value;
    if (!match || !field) return null;
    return { candidates: [candidateOf(words, i, match.end, 'organisation', `Ministerie van ${field.name}`)], endToken: match.end };
  }
  if (key === 'fractie' && words.key(i + 1) === 'van') {
    const party = listedOrganisation(t, i + 2, words);
    if (!party) return null;
    return { candidates: [candidateOf(words, i, party.end, 'organisation', party.name)], endToken: party.end };
  }
  return namedAfter(t, i, words);
}
