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
import { startsUpper, tokenKey } from '@/lib/extract/name-keys';
import { gazetteer, type Hit } from '@/lib/extract/gazetteer';
import { GIVEN_NAMES, PUBLIC_FIGURES } from '@/lib/extract/gazetteer/people';
import { lineBreakAfter, type Tokens } from '@/lib/extract/tokens';
import { actorKey, candidate, type Candidate } from './candidate';
import { ministerOffices, officeOfCountry, otherOffice, qualifiedOffice, type OfficeMatch } from './offices';
import { bodyName, placeShape, type BodyName } from './body-names';
import { companyAt } from './company-names';
import { listAfterLeden, readMemberList } from './member-lists';
import { readGivenName, readInitialsName, readListName, readSurname, skipTitles, type PersonName } from './person-names';
import { registerAcronym } from './later-mentions';
import { decreeMaker, endsInsideCompound, opensSentence, placeInOtherName } from './name-context';
import { organisationPattern } from './organisations';
import { signatureLine } from './signature-lines';
import {
  GOVERNMENT_NOUNS,
  KAMER,
  NATIONAL_BODIES,
  PERSON_CUES,
  SENTENCE_WORDS,
  shape,
  TRIGGER_SHAPES,
  TRIGGERS,
  type Condition,
  type RuleOutput,
} from './rule-words';

// Unicode patterns made once, at module level (why: name-keys.ts).
const LOWER_START = /^\p{Ll}/u;
const COMBINING_MARKS = /\p{M}/gu;
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

export { KAMER, type Condition, type RuleOutput } from './rule-words';

/** A token's word and its key, as the scanner caches them. */
export type WordAt = (i: number) => string;

/**
 * The rules over the tokens `t`, run at one token at a time in text order (scanner.ts, `at`).
 * A class, not closures made anew for each document: V8 keeps what it learnt about the methods
 * from one document to the next, where fresh closures start cold (docs/performance.md).
 */
export class ActorRules {
  private readonly g = gazetteer();
  private readonly triggerShapes = TRIGGER_SHAPES();
  private personUntil = 0;
  /** The token spans of the persons emitted, as [first, end] pairs in emission order. */
  private readonly personSpans: number[] = [];
  private spanAt = 0;
  private nameUntil = 0;
  private insideUntil = 0;
  private readonly countryAtBound = (j: number) => this.countryAt(j);
  private readonly knownBound = (first: number, end: number) => this.known(first, end);

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
    if ((first === 115 || first === 116) && (t.ends[i] as number) - at === 1 && at > 0) this.elidedName(i);
    if (!capital && first < 128 && !this.triggerShapes.has(shape(first, t.text.charCodeAt(at + 1), (t.ends[i] as number) - at))) return;
    const w = word(i);
    const k = key(i);
    if (!capital && !TRIGGERS.has(k) && !PERSON_CUES.has(k) && !g.lowerStarts.has(k)) return;
    if (i < this.insideUntil) return; // inside a minister's office or a listed name nothing else is named
    // A capitalised function word opens a sentence: it can start a listed name ("Den Haag"), nothing else.
    const rules = !(capital && SENTENCE_WORDS.has(k));

    if (rules) this.applyRules(i, w, k, capital);
    // "Shell Nederland B.V.", "N.V. Nederlandse Gasunie": a company by its legal form.
    const company = capital && companyAt(t, i, word);
    if (company) this.emitCompany(company);

    // Gazetteer names, organisation patterns; none inside a person's name ("Van Beek").
    if (i >= this.nameUntil && !this.insidePerson(i)) {
      const pattern = organisationPattern(t, i, word, key);
      if (pattern) {
        out.push(...pattern.candidates);
        this.nameUntil = pattern.endToken;
      } else {
        const match = g.names.matchAt(t, i, key)[0];
        const hit =
          match &&
          this.pickHit(
            match.values.map((v) => v.value),
            match.values,
            i,
            match.end,
          );
        const body = capital ? bodyName(t, i, word, key) : null;
        const place = capital && !match && !body && placeShape(t, i, word, key);
        if (body && (!match || !hit || body.end > match.end)) this.emitBody(body);
        else if (place) out.push(candidate(t.starts[i] as number, t.ends[i] as number, 'location', actorKey('location', k), w, 2));
        else if (match && hit) {
          this.nameUntil = match.end;
          this.insideUntil = Math.max(this.insideUntil, match.end);
          if (hit.form === 'adjective') {
            const office = qualifiedOffice(t, i, match.end, hit.entry.name, word, key);
            if (office) this.emitOffice(office);
            const body = !office && this.qualifiedBody(match.end);
            if (body) {
              // "het Armeense OM": the country's own body, another actor than the Dutch one.
              out.push(
                candidate(
                  t.starts[i] as number,
                  t.ends[body.end - 1] as number,
                  'organisation',
                  actorKey('organisation', tokenKey(`${hit.entry.name}|${body.name}`)),
                  t.text.slice(t.starts[i], t.ends[body.end - 1]),
                  2,
                ),
              );
              this.nameUntil = body.end;
            }
          }
          const c = candidate(
            t.starts[i] as number,
            t.ends[match.end - 1] as number,
            hit.entry.type,
            actorKey(hit.entry.type, tokenKey(hit.entry.name)),
            hit.entry.name,
            hit.form === 'adjective' ? 0 : 2,
          );
          out.push(c);
          if (hit.entry.type === 'organisation' && match.end - i > 1) this.innerPlaces(i + 1, match.end); // "Rechtbank Zwolle"
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

  // The members who moved a motion, from token j: "Verhoeven", "Marcel de Graaff", "Omtzigt/Bakker".
  private emitMovers(j: number): void {
    for (let n = 0; n < 4; n++) {
      const mover = readListName(this.t, j);
      if (!mover || this.known(mover.firstToken, mover.endToken)) return;
      this.emitPerson(mover);
      if (this.word(mover.endToken) !== '/') return;
      j = mover.endToken + 1;
    }
  }

  // "'s-Gravenhage", "'s-Hertogenbosch": a listed name that starts with an elided article, whose
  // apostrophe is a token of its own before the word the scan starts at.
  private elidedName(i: number): void {
    const before = this.t.text.charCodeAt((this.t.starts[i] as number) - 1);
    if ((before !== 39 && before !== 0x2019) || i === 0 || i < this.nameUntil) return;
    const match = this.g.names.matchAt(this.t, i - 1, this.key)[0];
    const entry = match?.values[0]?.value.entry;
    if (!match || !entry) return;
    const t = this.t;
    this.shared.out.push(
      candidate(
        t.starts[i - 1] as number,
        t.ends[match.end - 1] as number,
        entry.type,
        actorKey(entry.type, tokenKey(entry.name)),
        entry.name,
        2,
      ),
    );
    this.nameUntil = match.end;
    this.insideUntil = Math.max(this.insideUntil, match.end);
  }

  // Whether token i lies in a person's name ("Beek" in "Van Beek"); the tokens are asked in order.
  private insidePerson(i: number): boolean {
    const spans = this.personSpans;
    while (this.spanAt < spans.length && (spans[this.spanAt + 1] as number) <= i) this.spanAt += 2;
    return this.spanAt < spans.length && (spans[this.spanAt] as number) <= i;
  }

  // A body found by its shape; a place in its name counts on its own ("Rechtbank Amsterdam").
  private emitBody(body: BodyName): void {
    const t = this.t;
    const c = candidate(
      t.starts[body.first] as number,
      t.ends[body.end - 1] as number,
      'organisation',
      actorKey('organisation', tokenKey(body.name)),
      body.name,
      2,
    );
    this.shared.out.push(c);
    registerAcronym(this.shared, c, body.end);
    this.nameUntil = body.end;
    this.insideUntil = Math.max(this.insideUntil, body.end);
    this.innerPlaces(body.first + 1, body.end);
  }

  // A company's name stands for the company alone: what the scan found inside it before its legal
  // form came ("Shell", "Nederland" in "Shell Nederland B.V.") is part of the name.
  private emitCompany(company: BodyName): void {
    const out = this.shared.out;
    const start = this.t.starts[company.first] as number;
    while (out.length > 0 && (out[out.length - 1] as Candidate).start >= start) out.pop();
    const c = candidate(
      start,
      this.t.ends[company.end - 1] as number,
      'organisation',
      actorKey('organisation', tokenKey(company.name)),
      company.name,
      2,
    );
    out.push(c);
    this.nameUntil = company.end;
    this.insideUntil = Math.max(this.insideUntil, company.end);
  }

  // The places named inside a body's name, from token `from` to its end, and the listed bodies after
  // "van de" ("Parlementaire Assemblee van de Raad van Europa"): a name inside a name counts.
  private innerPlaces(from: number, end: number): void {
    const t = this.t;
    for (let k = from; k < end; k++) {
      const body = (this.key(k - 1) === 'de' || this.key(k - 1) === 'het') && this.key(k - 2) === 'van' ? this.listedBody(k, end) : 0;
      if (body) {
        k = body - 1;
        continue;
      }
      const place = startsUpper(this.word(k)) ? this.countryAt(k) : null;
      if (!place || place.end > end) continue;
      this.shared.out.push(
        candidate(
          t.starts[k] as number,
          t.ends[place.end - 1] as number,
          'location',
          actorKey('location', tokenKey(place.country)),
          place.country,
          2,
        ),
      );
      k = place.end - 1;
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
    this.personSpans.push(p.firstToken, p.endToken);
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
    // A name right after the office stands on its line ("… Buitenlandse Zaken Kuleba"), not on the next.
    if (direct && lineBreakAfter(this.t, end - 1)) return;
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

  // A name after a cue read on to its end where that end is clear (a bracket, a colon, a comma):
  // "mevrouw Schultz van Haegen-Maas Geesteranus, minister …", "De heer Van der Staaij (SGP):".
  private wholeName(p: PersonName): PersonName {
    const longer = readListName(this.t, p.firstToken);
    if (!longer || longer.endToken <= p.endToken) return p;
    // "Minister Carola Schouten": capitalised words only may go on; particles need a clear end.
    let particles = false;
    for (let k = p.endToken; k < longer.endToken; k++) if (LOWER_START.test(this.word(k))) particles = true;
    if (particles && !/^[(:,;.]$/.test(this.word(longer.endToken))) return p;
    for (let k = p.endToken; k < longer.endToken; k++) {
      if (this.word(k - 1) === '-') continue; // a part of a double name ("Haegen-Maas")
      if (this.g.names.matchAt(this.t, k, this.key).length) return p;
    }
    return longer;
  }

  // "Voorzitter: Fred de Graaf" at the head of Handelingen: the member who chairs holds the office.
  private bindChair(office: Candidate, j: number): void {
    const chair = readListName(this.t, j);
    if (!chair || this.known(chair.firstToken, chair.endToken)) return;
    if (this.t.isWord[chair.endToken] && !lineBreakAfter(this.t, chair.endToken - 1)) return; // the line goes on: no heading
    const c = this.emitPerson(chair);
    office.heldBy = c.key;
    office.evidence = 'apposition';
  }

  // "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden": the king or queen who decrees,
  // listed (the Royal House) or read from the formula.
  private bindDecreeMaker(office: Candidate, i: number): void {
    const maker = decreeMaker(i, this.word, this.key);
    if (!maker) return;
    const listed = this.g.names.matchAt(this.t, maker.first, this.key)[0]?.values.find((v) => v.value.entry.type === 'person')?.value.entry;
    const name = listed ? null : readListName(this.t, maker.first);
    if (listed) office.heldBy = actorKey('person', tokenKey(listed.name));
    else if (name && name.endToken === maker.end) office.heldBy = this.emitPerson(name, 3).key;
    else return;
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

  // A surname at j; after a cue ("de heer", "het lid") a town's name is a surname too ("de heer Kampen").
  private surnameAt(j: number, from = j, cued = false): PersonName | null {
    const s = readSurname(this.t, j, 'capital');
    if (!s) return null;
    const listed = this.g.names.matchAt(this.t, j, this.key)[0];
    if (listed && !(cued && listed.values.every((v) => v.value.entry.type === 'location' && !v.value.entry.country))) return null;
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
      const found = readInitialsName(t, i + 1) ?? this.surnameAt(i + 1);
      if (found) {
        const person = this.wholeName(found);
        const c = this.emitPerson(person);
        // "(Binnenlandse Zaken)", or "van Sociale Zaken" ("minister De Vries van Sociale Zaken"): the office held.
        const bracket = word(person.endToken) === '(';
        const of = bracket || key(person.endToken) === 'van' || key(person.endToken) === 'voor';
        const portfolio = of ? g.portfolios.matchAt(t, person.endToken + 1, key)[0] : undefined;
        const p = portfolio?.values[0]?.value;
        if (p && (!bracket || word(portfolio.end) === ')')) {
          out.push(
            candidate(
              c.start,
              c.end,
              'office',
              actorKey('office', tokenKey(`${titleOf(k)} van ${p.name}`)),
              `${titleOf(k)} van ${p.name}`,
              2,
              c.key,
              'apposition',
            ),
          );
          this.insideUntil = Math.max(this.insideUntil, portfolio.end);
        }
      }
    }
    // "voorzitter" alone is the chair of the Kamer only in Handelingen: it waits for the document's
    // kind. "voorzitter van de Eerste Kamer" names its Kamer, in any document.
    const other = i < this.personUntil ? null : otherOffice(t, i, word, key, KAMER); // "mevrouw De Koning" holds no office
    if (other) {
      const chair = other.name.startsWith('Voorzitter van de');
      const ofKamer = other.name.includes(KAMER);
      const named = chair && other.endToken - i > 1; // "voorzitter van de Eerste Kamer": in any document
      const office = this.emitOffice(other, ofKamer || (chair && !capital && !named) ? { proceedings: true, kamer: ofKamer } : undefined);
      if (other.name.endsWith('der Nederlanden')) this.bindDecreeMaker(office, i);
      else if (chair && word(other.endToken) === ':') this.bindChair(office, other.endToken + 1);
      else if (!other.name.startsWith('Voorzitter')) this.bindFollowingPerson(office, other.endToken);
    }
    const byCountry = officeOfCountry(t, i, key, this.countryAtBound);
    if (byCountry) this.emitOffice(byCountry);

    // Persons.
    if (i >= this.personUntil && capital) {
      const person = readInitialsName(t, i) ?? readGivenName(t, skipTitles(t, i), GIVEN_NAMES) ?? signatureLine(t, i, word, key);
      if (person) this.emitPerson(person);
      else {
        const figure = PUBLIC_FIGURES.get(w);
        if (figure) this.emitPerson({ firstToken: i, endToken: i + 1, surname: w, key: tokenKey(w), weight: 2 }, 2, figure);
      }
    }
    // "de motie-Klaver", "het amendement-Omtzigt": the member who moved it.
    if (
      (k === 'motie' || k === 'amendement') &&
      word(i + 1) === '-' &&
      t.ends[i] === t.starts[i + 1] &&
      t.ends[i + 1] === t.starts[i + 2]
    ) {
      this.emitMovers(i + 2);
    } else if ((k === 'motie' || k === 'amendement') && LOWER_START.test(w) && startsUpper(word(i + 1))) {
      this.emitMovers(i + 1); // "de motie Verhoeven"
    }
    if (i >= this.personUntil && k === 'leden') {
      // "de leden Omtzigt (CDA), Gesthuizen (SP) en Schouw (D66)", "Vóór stemmen de leden: …".
      const from = listAfterLeden(i, word, key);
      if (from >= 0) for (const member of readMemberList(t, from, word, key, this.knownBound)) this.emitPerson(member);
    } else if (i >= this.personUntil && PERSON_CUES.has(k) && !(k === 'minister' || k === 'staatssecretaris')) {
      let j = i + 1;
      if (word(j) === '.') j++; // dhr. / mevr.
      const person = this.readPersonAt(j) ?? this.surnameAt(j, j, true);
      if (person) this.emitPerson(this.wholeName(person));
    }

    // "te weten: Sjoerdsma (D66), Brekelmans (VVD) en Van der Lee (GL)": a list of members.
    if (k === 'weten' && key(i - 1) === 'te' && word(i + 1) === ':') {
      for (const member of readMemberList(t, i + 2, word, key, this.knownBound)) this.emitPerson(member);
    }
  }

  // A list item that is a known body or country, not a member ("te weten: Nederland en België").
  private known(first: number, end: number): boolean {
    const m = this.g.names.matchAt(this.t, first, this.key)[0];
    return !!m && m.end >= end && m.values.some((v) => v.value.entry.type !== 'location' || v.value.entry.country === true);
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
      if (hit.entry.wordLike && opensSentence(t, first, this.word)) continue;
      if (hit.entry.shortForm && surface !== hit.entry.name && !this.shortFormContext(first, end)) continue;
      if (endsInsideCompound(t, first, end, this.word)) continue;
      if (hit.entry.type === 'location' && placeInOtherName(t, first, end, this.word, this.key)) continue;
      return hit;
    }
    return null;
  }

  // A ministry by its portfolio alone ("bij Defensie") inside a sentence, not in brackets after a
  // minister's name ("Minister Brekelmans (Defensie)") and not the start of a longer name.
  private shortFormContext(first: number, end: number): boolean {
    const { word } = this;
    if (word(first - 1) === '(' || opensSentence(this.t, first, word) || lineBreakAfter(this.t, end - 1)) return false;
    // "op de gebieden van Veiligheid en Justitie": a field of policy, not the ministry.
    let k = first - 1;
    while (k > 0 && first - k < 12 && (startsUpper(word(k)) || this.key(k) === 'en' || word(k) === ',')) k--; // back over a list
    if (this.key(k) === 'van' && TOPIC_NOUNS.has(this.key(k - 1))) return false;
    // "de vaste commissies voor Defensie, Economische Zaken en Financiën": committees, not ministries.
    for (let k = first - 1; k >= 0 && k >= first - 12 && word(k) !== '.'; k--)
      if (this.key(k) === 'voor' && this.key(k - 1) === 'commissies') return false;
    return !startsUpper(word(end)) && !(word(end) === '-' && this.t.ends[end - 1] === this.t.starts[end]);
  }

  // "(SP)", "SP-fractie", "fractie van de SP", "het lid X van SP".
  private partyContext(first: number, end: number): boolean {
    const { word, key } = this;
    if (word(first - 1) === '(' && word(end) === ')') return true;
    if (word(end) === '-' && key(end + 1) === 'fractie') return true;
    if (key(first - 1) === 'van' && (key(first - 2) === 'fractie' || first - 2 < this.personUntil + 1)) return true;
    // "de leden van de fracties van de SP, GroenLinks en de PvdA".
    if ((key(first - 1) === 'de' || key(first - 1) === 'het') && key(first - 2) === 'van' && /^fracties?$/.test(key(first - 3)))
      return true;
    return key(first - 1) === 'fractie';
  }

  // A national body after a country's adjective: "Azerbeidzjaanse Openbaar Ministerie", "Armeense OM".
  private qualifiedBody(j: number): { end: number; name: string } | null {
    // "de Belgische regering": a country's government, parliament or authorities.
    const noun = this.key(j);
    if (GOVERNMENT_NOUNS.has(noun) && this.key(j - 1) !== 'nederlandse' && this.key(j - 1) !== 'nederlands')
      return { end: j + 1, name: noun };
    const m = this.g.names.matchAt(this.t, j, this.key)[0];
    const hit =
      m &&
      this.pickHit(
        m.values.map((v) => v.value),
        m.values,
        j,
        m.end,
      );
    if (!m || !hit || hit.entry.type !== 'organisation' || !NATIONAL_BODIES.has(hit.entry.name)) return null;
    return { end: m.end, name: hit.entry.name };
  }

  // A listed body's name from token j that ends by `end`: the token after it, or 0.
  private listedBody(j: number, end: number): number {
    const m = this.g.names.matchAt(this.t, j, this.key)[0];
    const entry =
      m && m.end <= end ? m.values.find((v) => v.value.entry.type === 'organisation' && !v.value.entry.partyOnly)?.value.entry : undefined;
    if (!m || !entry) return 0;
    this.shared.out.push(
      candidate(
        this.t.starts[j] as number,
        this.t.ends[m.end - 1] as number,
        'organisation',
        actorKey('organisation', tokenKey(entry.name)),
        entry.name,
        2,
      ),
    );
    return m.end;
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
