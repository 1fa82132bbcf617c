/**
 * The actor rules at one token: offices (office-rules.ts), persons (person-rules.ts), companies by
 * their legal form, gazetteer names with their context rules (gazetteer-hits.ts: parties only in
 * party contexts, country adjectives, compounds such as "EU-lidstaten"), organisation patterns
 * ("gemeente X", committees, ministries), bodies and places by their shape, and "uw Kamer". A lone
 * capitalised word is never tagged without a list hit or a cue. scanner.ts runs them over the
 * tokens, and then the passes that need everything found (later-mentions.ts).
 *
 * The rules know nothing of the document: where one depends on it (the Kamer that "uw Kamer"
 * means, whether "De voorzitter" is the chair of a Kamer), its candidate is noted as conditional
 * and settled by the scanner once the document is known — so the text can be scanned as it arrives.
 */
import type { Hit } from '@/lib/extract/gazetteer';
import { startsUpper, startsUpperAt } from '@/lib/extract/name-keys';
import { endOf, startOf } from '@/lib/extract/tokens';
import { bodyName, placeShape, type BodyName } from './body-names';
import { candidate } from './candidate';
import { companyAt, type CompanyName } from './company-names';
import { pickHit, qualifiedBody } from './gazetteer-hits';
import { registerAcronym } from './later-mentions';
import { officeRules } from './office-rules';
import { qualifiedOffice } from './offices';
import { organisationPattern } from './organisations';
import { personRules } from './person-rules';
import { RuleState } from './rule-state';
import { KAMER, PERSON_CUES, SENTENCE_WORDS, triggerShapes, TRIGGERS, type RuleOutput } from './rule-words';

const KAMER_ORDINAL = /^(tweede|eerste)$/;

/**
 * The rules over one scan's tokens, run at one token at a time in text order (scanner.ts, `at`).
 * A class, not closures made anew for each document: V8 keeps what it learnt about its methods
 * from one document to the next, where fresh closures start cold (docs/performance.md).
 */
export class ActorRules {
  private readonly state: RuleState;
  private readonly triggerShapes = triggerShapes();

  constructor(found: RuleOutput) {
    this.state = new RuleState(found);
  }

  /** Runs the rules at token i. */
  at(i: number): void {
    const { state } = this;
    const { t, words } = state;
    if (!t.isWord[i]) return;
    const start = startOf(t, i);
    const end = endOf(t, i);
    const length = end - start;
    const firstChar = t.text.charCodeAt(start);
    const capital = startsUpperAt(t.text, start, end);
    if ((firstChar === 115 || firstChar === 116) && length === 1 && start > 0) elidedName(state, i, start); // "'s", "'t"
    // Most lower-case words are passed over by their shape alone, before their word is sliced.
    if (!capital && firstChar < 128 && !this.triggerShapes.has(firstChar, t.text.charCodeAt(start + 1), length)) return;
    const word = words.word(i);
    const key = words.key(i);
    if (!capital && !TRIGGERS.has(key) && !PERSON_CUES.has(key) && !state.gazetteer.lowerStarts.has(key)) return;
    if (i < state.insideUntil) return; // inside a minister's office or a listed name nothing else is named
    // A capitalised function word opens a sentence: it can start a listed name ("Den Haag"), nothing else.
    if (!(capital && SENTENCE_WORDS.has(key))) {
      officeRules(state, i, key, capital);
      personRules(state, i, word, key, capital);
    }
    // "Shell Nederland B.V.", "N.V. Nederlandse Gasunie": a company by its legal form.
    const company = capital && companyAt(t, i, words);
    if (company) emitCompany(state, company);
    // Gazetteer names, organisation patterns; none inside a person's name ("Van Beek").
    if (i >= state.nameUntil && !state.insidePerson(i)) nameAt(state, i, word, capital);
    // "uw Kamer", "de Kamer": the Kamer the document addresses.
    if (word === 'Kamer' && i >= state.nameUntil && !KAMER_ORDINAL.test(words.key(i - 1)) && words.key(i + 1) !== 'van') {
      const kamer = state.pushSpan({ first: i, end: i + 1, type: 'organisation', name: KAMER, weight: 1 });
      state.found.conditions.set(kamer, { proceedings: false, kamer: true });
    }
  }
}

// An organisation pattern, a listed name, a body or a place by its shape at token i, in that order.
function nameAt(state: RuleState, i: number, word: string, capital: boolean): void {
  const { t, words } = state;
  const pattern = organisationPattern(t, i, words);
  if (pattern) {
    for (const candidate of pattern.candidates) state.found.out.push(candidate);
    state.nameUntil = pattern.endToken;
    return;
  }
  const match = state.gazetteer.names.longestAt(t, i, words);
  const hit = match ? pickHit(state, match) : null;
  const body = capital ? bodyName(t, i, words) : null;
  const place = capital && !match && !body && placeShape(t, i, words);
  if (body && (!match || !hit || body.end > match.end)) emitBody(state, body);
  else if (place) state.pushSpan({ first: i, end: i + 1, type: 'location', name: word, weight: 2 });
  else if (match && hit) emitListed(state, i, match.end, hit);
}

// A listed name at tokens [first, end); after a country's adjective, the office or body it qualifies.
function emitListed(state: RuleState, first: number, end: number, hit: Hit): void {
  const { t, words } = state;
  const { entry } = hit;
  state.claim(end);
  if (hit.form === 'adjective') {
    const office = qualifiedOffice(t, first, end, entry.name, words);
    if (office) state.emitOffice(office);
    const body = !office && qualifiedBody(state, end);
    if (body) {
      // "het Armeense OM": the country's own body, another actor than the Dutch one.
      const last = body.end - 1;
      const key = words.actorKey('organisation', words.keyOf(`${entry.name}|${body.name}`));
      const name = t.text.slice(t.starts[first], t.ends[last]);
      state.push(candidate({ start: startOf(t, first), end: endOf(t, last), type: 'organisation', key, name, weight: 2 }));
      state.nameUntil = body.end;
    }
  }
  const listed = state.pushSpan({ first, end, type: entry.type, name: entry.name, weight: hit.form === 'adjective' ? 0 : 2 });
  if (entry.type === 'organisation' && end - first > 1) innerPlaces(state, first + 1, end); // "Rechtbank Zwolle"
  registerAcronym(state.found, listed, end);
}

// "'s-Gravenhage", "'s-Hertogenbosch": a listed name that starts with an elided article, whose
// apostrophe is a token of its own before the word (at `start`) the scan is at.
function elidedName(state: RuleState, i: number, start: number): void {
  const before = state.t.text.charCodeAt(start - 1);
  if ((before !== 39 && before !== 0x2019) || i === 0 || i < state.nameUntil) return;
  const match = state.gazetteer.names.longestAt(state.t, i - 1, state.words);
  const entry = match?.values[0]?.value.entry;
  if (!match || !entry) return;
  state.pushSpan({ first: i - 1, end: match.end, type: entry.type, name: entry.name, weight: 2 });
  state.claim(match.end);
}

// A body found by its shape; a place in its name counts on its own ("Rechtbank Amsterdam").
function emitBody(state: RuleState, body: BodyName): void {
  const found = state.pushSpan({ first: body.first, end: body.end, type: 'organisation', name: body.name, weight: 2 });
  registerAcronym(state.found, found, body.end);
  state.claim(body.end);
  innerPlaces(state, body.first + 1, body.end);
}

// A company's name stands for the company alone: what the scan found inside it before its legal
// form came ("Shell", "Nederland" in "Shell Nederland B.V.") is part of the name.
function emitCompany(state: RuleState, company: CompanyName): void {
  const { out } = state.found;
  const start = startOf(state.t, company.first);
  for (let last = out[out.length - 1]; last && last.start >= start; last = out[out.length - 1]) out.pop();
  state.pushSpan({ first: company.first, end: company.end, type: 'organisation', name: company.name, weight: 2 });
  state.claim(company.end);
}

// The places named inside a body's name, from token `from` to its end, and the listed bodies after
// "van de" ("Parlementaire Assemblee van de Raad van Europa"): a name inside a name counts.
function innerPlaces(state: RuleState, from: number, end: number): void {
  const { words } = state;
  for (let k = from; k < end; k++) {
    const afterVanDe = (words.key(k - 1) === 'de' || words.key(k - 1) === 'het') && words.key(k - 2) === 'van';
    const body = afterVanDe ? listedBody(state, k, end) : 0;
    if (body) {
      k = body - 1;
      continue;
    }
    const place = startsUpper(words.word(k)) ? state.countryAt(k) : null;
    if (!place || place.end > end) continue;
    state.pushSpan({ first: k, end: place.end, type: 'location', name: place.country, weight: 2 });
    k = place.end - 1;
  }
}

// A listed body's name from token j that ends by `end`: the token after it, or 0.
function listedBody(state: RuleState, j: number, end: number): number {
  const match = state.gazetteer.names.longestAt(state.t, j, state.words);
  if (!match || match.end > end) return 0;
  const entry = match.values.find((v) => v.value.entry.type === 'organisation' && !v.value.entry.partyOnly)?.value.entry;
  if (!entry) return 0;
  state.pushSpan({ first: j, end: match.end, type: 'organisation', name: entry.name, weight: 2 });
  return match.end;
}
