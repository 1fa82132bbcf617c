/**
 * Organisations named by a pattern rather than a list: "gemeente Sittard-Geleen" (and the place
 * in it), "de Raad van de gemeente X", "de vaste commissie voor Binnenlandse Zaken", "Ministerie
 * van Buitenlandse Zaken", "de fractie van de Partij voor de Dieren".
 */
import { startsUpper, tokenKey } from '@/lib/extract/name-keys';
import { gazetteer } from '@/lib/extract/gazetteer';
import type { Tokens } from '@/lib/extract/tokens';
import { actorKey, candidate, type Candidate } from './candidate';
import { namedAfter } from './named-after';
import { readSurname } from './person-names';

type Word = (i: number) => string;

// Unicode patterns made once, at module level (why: name-keys.ts).
const ALL_CAPS = /^\p{Lu}{2,}$/u;

const COMMITTEE_KINDS = new Set(['vaste', 'algemene', 'tijdelijke', 'bijzondere', 'parlementaire']);

/** Candidates of one pattern and the token after it. */
export interface PatternMatch {
  candidates: Candidate[];
  endToken: number;
}

// A place name: capitalised words joined by hyphens ("Sittard-Geleen", "Den Haag").
function placeName(t: Tokens, j: number, word: Word): number {
  let end = j;
  while (end < t.count && startsUpper(word(end))) {
    end++;
    if (word(end) === '-' && t.ends[end - 1] === t.starts[end] && startsUpper(word(end + 1))) end++;
    else if (end - j >= 3) break;
    else if (!startsUpper(word(end))) break;
  }
  return end;
}

function candidateOf(t: Tokens, first: number, end: number, type: Candidate['type'], name: string): Candidate {
  return candidate(t.starts[first] as number, t.ends[end - 1] as number, type, actorKey(type, tokenKey(name)), name, 2);
}

/** An organisation pattern starting at token i, or null. */
export function organisationPattern(t: Tokens, i: number, word: Word, key: (i: number) => string): PatternMatch | null {
  const k = key(i);
  if (k === 'gemeente' || k === 'provincie' || (k === 'raad' && key(i + 1) === 'van' && key(i + 2) === 'de' && key(i + 3) === 'gemeente')) {
    const g = k === 'raad' ? i + 3 : i;
    const end = placeName(t, g + 1, word);
    if (end === g + 1) return null;
    const place = t.text.slice(t.starts[g + 1], t.ends[end - 1]);
    const candidates = [candidateOf(t, g, end, 'organisation', `${key(g)} ${place}`), candidateOf(t, g + 1, end, 'location', place)];
    if (g !== i) candidates.unshift(candidateOf(t, i, end, 'organisation', `Raad van de gemeente ${place}`));
    return { candidates, endToken: end };
  }
  // "burgemeester en wethouders van Doetinchem": the college, and the place it governs.
  if (k === 'burgemeester' && key(i + 1) === 'en' && key(i + 2) === 'wethouders') {
    const from = key(i + 4) === 'de' && key(i + 5) === 'gemeente' ? i + 6 : i + 4; // "van de gemeente Leiden"
    const of = key(i + 3) === 'van' ? placeName(t, from, word) : from;
    if (of === from) return { candidates: [candidateOf(t, i, i + 3, 'organisation', 'burgemeester en wethouders')], endToken: i + 3 };
    const place = t.text.slice(t.starts[from], t.ends[of - 1]);
    return {
      candidates: [
        candidateOf(t, i, of, 'organisation', `burgemeester en wethouders van ${place}`),
        candidateOf(t, from, of, 'location', place),
      ],
      endToken: of,
    };
  }
  if (k === 'commissie' && key(i + 1) === 'voor') {
    const article = key(i + 2) === 'de' || key(i + 2) === 'het' ? 1 : 0; // "commissie voor de Rijksuitgaven"
    let end = i + 2 + article;
    // Capitalised words, not a heading in capitals ("DE COMMISSIE VOOR DE VERZOEKSCHRIFTEN").
    while (
      end < t.count &&
      ((startsUpper(word(end)) && !ALL_CAPS.test(word(end))) || (key(end) === 'en' && startsUpper(word(end + 1))) || word(end) === ',')
    )
      end++;
    if (word(end - 1) === ',') end--;
    if (end === i + 2 + article) return null;
    // "de vaste commissie", "de algemene commissie", "de tijdelijke commissie": the kind is part of the name.
    const kind = COMMITTEE_KINDS.has(key(i - 1)) ? key(i - 1) : '';
    const first = kind ? i - 1 : i;
    // Without a kind printed, "commissie voor Financiën" is the vaste; "commissie voor de Rijksuitgaven" keeps its own name.
    const prefix = kind ? `${kind} ` : article ? '' : 'vaste ';
    const name = `${prefix}commissie voor ${t.text.slice(t.starts[i + 2], t.ends[end - 1])}`;
    return { candidates: [candidateOf(t, first, end, 'organisation', name)], endToken: end };
  }
  // "de commissie Borstlap", "de commissie-Remkes": a committee named after its chair.
  const hyphen = word(i + 1) === '-';
  if (k === 'commissie' && (!hyphen || (t.ends[i] === t.starts[i + 1] && t.ends[i + 1] === t.starts[i + 2]))) {
    const j = hyphen ? i + 2 : i + 1;
    const chair = startsUpper(word(j)) && !gazetteer().names.matchAt(t, j, key).length ? readSurname(t, j, 'capital') : null;
    if (chair && !startsUpper(word(chair.end)))
      return { candidates: [candidateOf(t, i, chair.end, 'organisation', `commissie ${chair.surname}`)], endToken: chair.end };
  }
  if (k === 'ministerie' && key(i + 1) === 'van') {
    const p = gazetteer().portfolios.matchAt(t, i + 2, key)[0];
    const portfolio = p?.values[0]?.value;
    if (!p || !portfolio) return null;
    return { candidates: [candidateOf(t, i, p.end, 'organisation', `Ministerie van ${portfolio.name}`)], endToken: p.end };
  }
  if (k === 'fractie' && key(i + 1) === 'van') {
    const j = key(i + 2) === 'de' || key(i + 2) === 'het' ? i + 3 : i + 2;
    const m = gazetteer().names.matchAt(t, j, key)[0];
    const party = m?.values.find((v) => v.value.entry.type === 'organisation')?.value.entry;
    if (!m || !party) return null;
    return { candidates: [candidateOf(t, i, m.end, 'organisation', party.name)], endToken: m.end };
  }
  return namedAfter(t, i, word, key);
}
