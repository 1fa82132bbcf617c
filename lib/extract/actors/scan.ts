/**
 * The actor rules at one token: offices, persons (initials, given names, cues, public figures),
 * gazetteer names with their context rules (parties only in party contexts, country adjectives,
 * compounds such as "EU-lidstaten"), "uw Kamer", "gemeente X", committees, ministries and acronym
 * definitions. A lone capitalised word is never tagged without a list hit or a cue. scanner.ts
 * runs them over the tokens, and then the passes that need everything found (later-mentions.ts).
 *
 * The rules know nothing of the document: where one depends on it (the Kamer that "uw Kamer"
 * means, whether "De voorzitter" is the chair of a Kamer), its candidate is noted as conditional
 * and settled by the scanner once the document is known — so the text can be scanned as it arrives.
 */
import { startsUpper, tokenKey } from '../normalise';
import { gazetteer, type Hit } from '../gazetteer';
import { GIVEN_NAMES, PUBLIC_FIGURES } from '../gazetteer/people';
import type { Tokens } from '../tokens';
import { actorKey, candidate, type Candidate } from './candidate';
import { ministerOffices, officeOfCountry, otherOffice, qualifiedOffice, type OfficeMatch } from './offices';
import { readGivenName, readInitialsName, readSurname, skipTitles, type PersonName } from './person-names';
import { registerAcronym } from './later-mentions';
import { organisationPattern } from './organisations';
import { KAMER, NATIONAL_BODIES, PERSON_CUES, SENTENCE_WORDS, shape, TRIGGER_SHAPES, TRIGGERS, type Condition, type RuleOutput } from './rule-words';

// Unicode patterns made once, at module level (why: normalise.ts).
const LOWER_START = /^\p{Ll}/u;
const COMBINING_MARKS = /\p{M}/gu;

export { KAMER, type Condition, type RuleOutput } from './rule-words';

/** A token's word and its key, as the scanner caches them. */
export type WordAt = (i: number) => string;

/**
 * The rules over the tokens `t`, run at one token at a time in text order (scanner.ts, `at`).
 * A class, not closures made anew for each document: V8 keeps what it learnt about the methods
 * from one document to the next, where fresh closures start cold again (measured in Node: the
 * closures took five documents to run at full speed).
 */
export class ActorRules {
  private readonly g = gazetteer();
  private readonly triggerShapes = TRIGGER_SHAPES();
  private personUntil = 0;
  private nameUntil = 0;
  private insideUntil = 0;
  private readonly countryAtBound = (j: number) => this.countryAt(j);

  constructor(
    private readonly t: Tokens,
    private readonly word: WordAt,
    private readonly key: WordAt,
    private readonly shared: RuleOutput,
  ) {}

  /** Runs the rules at token i. */
  at(i: number): void {
    const { t, word, key, g } = this;
    const out = this.shared.out;
    if (!t.isWord[i]) return;
    const at = t.starts[i] as number;
    const first = t.text.charCodeAt(at);
    const capital = first >= 65 && first <= 90 ? true : first < 128 ? false : startsUpper(word(i));
    if (!capital && first < 128 && !this.triggerShapes.has(shape(first, t.text.charCodeAt(at + 1), (t.ends[i] as number) - at))) return;
    const w = word(i);
    const k = key(i);
    if (!capital && !TRIGGERS.has(k) && !PERSON_CUES.has(k) && !g.lowerStarts.has(k)) return;
    if (i < this.insideUntil) return; // inside a minister's office or a listed name nothing else is named
    // A capitalised function word opens a sentence: it can start a listed name ("Den Haag"), nothing else.
    const rules = !(capital && SENTENCE_WORDS.has(k));

    if (rules) this.applyRules(i, w, k, capital);

    // Gazetteer names, organisation patterns.
    if (i >= this.nameUntil) {
      const pattern = organisationPattern(t, i, word, key);
      if (pattern) {
        out.push(...pattern.candidates);
        this.nameUntil = pattern.endToken;
      } else {
        const match = g.names.matchAt(t, i, key)[0];
        const hit = match && this.pickHit(match.values.map((v) => v.value), match.values, i, match.end);
        if (match && hit) {
          this.nameUntil = match.end;
          this.insideUntil = Math.max(this.insideUntil, match.end);
          if (hit.form === 'adjective') {
            const office = qualifiedOffice(t, i, match.end, hit.entry.name, word, key);
            if (office) this.emitOffice(office);
            const body = !office && this.qualifiedBody(match.end);
            if (body) {
              // "het Armeense OM": the country's own body, another actor than the Dutch one.
              out.push(candidate(t.starts[i] as number, t.ends[body.end - 1] as number, 'organisation', actorKey('organisation', tokenKey(`${hit.entry.name}|${body.name}`)), t.text.slice(t.starts[i], t.ends[body.end - 1]), 2));
              this.nameUntil = body.end;
            }
          }
          const c = candidate(t.starts[i] as number, t.ends[match.end - 1] as number, hit.entry.type, actorKey(hit.entry.type, tokenKey(hit.entry.name)), hit.entry.name, hit.form === 'adjective' ? 0 : 2);
          out.push(c);
          registerAcronym(this.shared, c, match.end);
        }
      }
    }
    // "uw Kamer", "de Kamer": the Kamer the document addresses.
    if (w === 'Kamer' && i >= this.nameUntil && !/^(tweede|eerste)$/.test(key(i - 1)) && key(i + 1) !== 'van') {
      const c = candidate(t.starts[i] as number, t.ends[i] as number, 'organisation', actorKey('organisation', tokenKey(KAMER)), KAMER, 1);
      out.push(c);
      this.shared.conditions.set(c, { proceedings: false, kamer: true });
    }
  }

  private emitPerson(p: PersonName, weight = p.weight, display?: string): Candidate {
    const t = this.t;
    const c = candidate(
      t.starts[p.firstToken] as number,
      t.ends[p.endToken - 1] as number,
      'person',
      actorKey('person', p.key),
      display ?? t.text.slice(t.starts[skipTitles(t, p.firstToken)], t.ends[p.endToken - 1]),
      weight,
    );
    this.shared.out.push(c);
    this.personUntil = Math.max(this.personUntil, p.endToken);
    return c;
  }

  private emitOffice(o: OfficeMatch, condition?: Condition): Candidate {
    const c = candidate(o.start, o.end, 'office', actorKey('office', o.key || tokenKey(o.name)), o.name, 2);
    this.shared.out.push(c);
    if (condition) this.shared.conditions.set(c, condition);
    return c;
  }

  // A person named right after an office ("…, T. Klaar", "… Buitenlandse Zaken Kuleba") holds it.
  private bindFollowingPerson(office: Candidate, end: number): void {
    const { word, key } = this;
    let j = end;
    if (word(j) === '(' && word(j + 2) === ')') j += 3; // "… (EDEO), Peter Stano"
    const direct = j === end;
    if (word(j) === ',') j++;
    // "…, de heer Stoltenberg", "…, mevrouw Hennis-Plasschaert": the form of address is no part of the name.
    if (key(j) === 'de' && key(j + 1) === 'heer') j += 2;
    else if (key(j) === 'mevrouw') j++;
    else if ((key(j) === 'dhr' || key(j) === 'mevr') && word(j + 1) === '.') j += 2;
    const person = direct ? (this.readPersonAt(j) ?? (this.isParticle(j) ? null : this.surnameAt(j))) : this.readPersonAt(j);
    if (!person) return;
    const c = this.emitPerson(person);
    office.heldBy = c.key;
    office.evidence = 'apposition';
  }

  private isParticle(j: number): boolean {
    return LOWER_START.test(this.word(j));
  }

  private readPersonAt(j: number): PersonName | null {
    const t = this.t;
    const k = skipTitles(t, j);
    return readInitialsName(t, j) ?? readGivenName(t, k, GIVEN_NAMES) ?? (k > j ? this.surnameAt(k, j) : null);
  }

  private surnameAt(j: number, from = j): PersonName | null {
    const s = readSurname(this.t, j, 'capital');
    if (!s || this.g.names.matchAt(this.t, j, this.key).length) return null;
    return { firstToken: from, endToken: s.end, surname: s.surname, key: s.key, weight: 1 };
  }

  // The office and person rules at token i (w its word, k its key).
  private applyRules(i: number, w: string, k: string, capital: boolean): void {
    const { t, word, key, g } = this;
    const out = this.shared.out;
    // Offices.
    const ministers = ministerOffices(t, i, word, key);
    const country = ministers.length ? g.adjectives.get(key(i - 1)) : undefined; // the key of the word before only when needed
    if (country && startsUpper(word(i - 1))) {
      // "Oekraïense Minister voor Buitenlandse Zaken": a foreign office, not the Dutch one.
      const first = ministers[0] as OfficeMatch;
      first.start = t.starts[i - 1] as number;
      first.name = `${word(i - 1)} ${first.name}`;
      first.key = `${country}|${first.name.slice(word(i - 1).length + 1)}`.toLowerCase();
    }
    if (ministers.length) {
      const offices = ministers.map((o) => this.emitOffice(o));
      const last = ministers[ministers.length - 1] as OfficeMatch;
      if (ministers.length === 1) this.bindFollowingPerson(offices[0] as Candidate, last.endToken);
      // A portfolio names nothing else; "Minister-President van de Palestijnse Autoriteit" does.
      if (!last.name.includes('Minister-President')) this.insideUntil = Math.max(this.insideUntil, last.endToken);
    } else if (k === 'minister' || k === 'staatssecretaris') {
      // "Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties)", "minister Hoekstra".
      const person = this.surnameAt(i + 1);
      if (person) {
        const c = this.emitPerson(person);
        const portfolio = word(person.endToken) === '(' ? g.portfolios.matchAt(t, person.endToken + 1, key)[0] : undefined;
        const p = portfolio?.values[0]?.value;
        if (p && word(portfolio.end) === ')') {
          out.push(candidate(c.start, c.end, 'office', actorKey('office', tokenKey(`${titleOf(k)} van ${p.name}`)), `${titleOf(k)} van ${p.name}`, 2, c.key, 'apposition'));
        }
      }
    }
    // "voorzitter" alone is the chair of the Kamer only in Handelingen; "voorzitter van de Tweede
    // Kamer" in lower case only there too: both wait for the document's kind.
    const other = otherOffice(t, i, word, key, KAMER);
    if (other) {
      const chair = other.name.startsWith('Voorzitter van de');
      const ofKamer = other.name.includes(KAMER);
      const office = this.emitOffice(other, ofKamer || (chair && !capital) ? { proceedings: true, kamer: ofKamer } : undefined);
      if (!other.name.startsWith('Voorzitter')) this.bindFollowingPerson(office, other.endToken);
    }
    const byCountry = officeOfCountry(t, i, key, this.countryAtBound);
    if (byCountry) this.emitOffice(byCountry);

    // Persons.
    if (i >= this.personUntil && capital) {
      const person = readInitialsName(t, i) ?? readGivenName(t, skipTitles(t, i), GIVEN_NAMES);
      if (person) this.emitPerson(person);
      else {
        const figure = PUBLIC_FIGURES.get(w);
        if (figure) this.emitPerson({ firstToken: i, endToken: i + 1, surname: w, key: tokenKey(w), weight: 2 }, 2, figure);
      }
    }
    if (i >= this.personUntil && PERSON_CUES.has(k) && !(k === 'minister' || k === 'staatssecretaris')) {
      let j = i + 1;
      if (word(j) === '.') j++; // dhr. / mevr.
      const person = this.readPersonAt(j) ?? this.surnameAt(j);
      if (person) {
        this.emitPerson(person);
        // "de leden X (P) en Y (P)": the next name after "en" is a member too.
        if (k === 'leden') {
          let m = person.endToken;
          if (word(m) === '(') while (m < t.count && word(m) !== ')') m++;
          if (word(m) === ')') m++;
          if (key(m) === 'en') {
            const second = this.surnameAt(m + 1);
            if (second) this.emitPerson(second);
          }
        }
      }
    }

    // "te weten: Sjoerdsma (D66), Brekelmans (VVD) en Van der Lee (GL)": a list of members.
    if (k === 'weten' && key(i - 1) === 'te' && word(i + 1) === ':') {
      let j = i + 2;
      for (let n = 0; n < 40 && j < t.count; n++) {
        const member = this.readPersonAt(j) ?? this.surnameAt(j);
        if (!member) break;
        this.emitPerson(member);
        j = member.endToken;
        if (word(j) === '(') while (j < t.count && word(j) !== ')' && j - member.endToken < 8) j++;
        if (word(j) === ')') j++;
        if (word(j) !== ',' && key(j) !== 'en') break;
        j++;
      }
    }
  }

  // Picks the gazetteer hit that fits its case and context here.
  private pickHit(hits: Hit[], stored: { surface: string }[], first: number, end: number): Hit | null {
    const t = this.t;
    const printed = t.text.slice(t.starts[first], t.ends[end - 1]);
    for (let n = 0; n < hits.length; n++) {
      const hit = hits[n] as Hit;
      const surface = (stored[n] as { surface: string }).surface;
      if (hit.exactCase && withoutMarks(printed) !== withoutMarks(surface)) continue; // "EU", not "eu"
      if (!hit.exactCase && startsUpper(surface) && !startsUpper(printed)) continue;
      if (hit.entry.partyOnly && !this.partyContext(first, end)) continue;
      return hit;
    }
    return null;
  }

  // "(SP)", "SP-fractie", "fractie van de SP", "het lid X van SP".
  private partyContext(first: number, end: number): boolean {
    const { word, key } = this;
    if (word(first - 1) === '(' && word(end) === ')') return true;
    if (word(end) === '-' && key(end + 1) === 'fractie') return true;
    if (key(first - 1) === 'van' && (key(first - 2) === 'fractie' || first - 2 < this.personUntil + 1)) return true;
    return key(first - 1) === 'fractie';
  }

  // A national body after a country's adjective: "Azerbeidzjaanse Openbaar Ministerie", "Armeense OM".
  private qualifiedBody(j: number): { end: number; name: string } | null {
    const m = this.g.names.matchAt(this.t, j, this.key)[0];
    const hit = m && this.pickHit(m.values.map((v) => v.value), m.values, j, m.end);
    if (!m || !hit || hit.entry.type !== 'organisation' || !NATIONAL_BODIES.has(hit.entry.name)) return null;
    return { end: m.end, name: hit.entry.name };
  }

  private countryAt(j: number): { end: number; country: string } | null {
    const m = this.g.names.matchAt(this.t, j, this.key)[0];
    const hit = m?.values.find((v) => v.value.entry.type === 'location' && v.value.form === 'name');
    return m && hit ? { end: m.end, country: hit.value.entry.name } : null;
  }
}

function withoutMarks(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '');
}

function titleOf(k: string): string {
  return k === 'minister' ? 'Minister' : 'Staatssecretaris';
}
