/**
 * What the actor rules of one scan have found so far, and how they add to it: the candidates, and
 * how far the last person's name and the last listed name reach, inside which no other rule names
 * anything. One per scan (scanner.ts); the rules (actor-rules.ts, office-rules.ts, person-rules.ts)
 * are module functions that take it.
 */
import { gazetteer, type Gazetteer } from '@/lib/extract/gazetteer';
import { endOf, startOf, type Tokens } from '@/lib/extract/tokens';
import { candidate, spanCandidate, type Candidate, type NamedSpan } from './candidate';
import type { KnownNames } from './member-lists';
import type { CountryNames, OfficeMatch } from './offices';
import { skipTitles, type PersonName } from './person-names';
import type { Condition, RuleOutput } from './rule-words';
import type { TokenWords } from './token-words';

/** The state of one scan's rules; it answers the gazetteer questions the shape modules ask back. */
export class RuleState implements CountryNames, KnownNames {
  readonly gazetteer: Gazetteer = gazetteer();
  readonly t: Tokens;
  readonly words: TokenWords;
  /** The token after the last person's name emitted: a person's name holds no office or other person. */
  personUntil = 0;
  /** The token after the last listed name, pattern or body found: no other such name starts before it. */
  nameUntil = 0;
  /** The token before which nothing at all is named: inside a minister's office or a listed name. */
  insideUntil = 0;
  /**
   * The person a following ", office" describes ("Remkes, minister van …"): the token after the
   * words that name them (their name, or an office already bound to them) and their key.
   */
  described: { end: number; key: string } | null = null;
  /** The token spans of the persons emitted, as [first, end] pairs in emission order. */
  private readonly personSpans: number[] = [];
  private spanAt = 0;

  constructor(readonly found: RuleOutput) {
    this.t = found.t;
    this.words = found.words;
  }

  /** Adds a candidate to what the scan found. */
  push(mention: Candidate): Candidate {
    this.found.out.push(mention);
    return mention;
  }

  /** Adds the candidate of a span named by its name. */
  pushSpan(span: NamedSpan): Candidate {
    return this.push(spanCandidate(this.words, span));
  }

  /** The tokens before `end` are a name found: no other name starts in them, and nothing is named inside. */
  claim(end: number): void {
    this.nameUntil = end;
    this.insideUntil = Math.max(this.insideUntil, end);
  }

  /** Tells whether token i lies in a person's name ("Beek" in "Van Beek"); the tokens are asked in order. */
  insidePerson(i: number): boolean {
    const spans = this.personSpans;
    while (this.spanAt < spans.length && (spans[this.spanAt + 1] ?? 0) <= i) this.spanAt += 2;
    return this.spanAt < spans.length && (spans[this.spanAt] ?? 0) <= i;
  }

  /** Adds a person's name; `display` names the person where the printed words do not. */
  emitPerson(person: PersonName, weight = person.weight, display?: string): Candidate {
    const { t } = this;
    const last = person.endToken - 1;
    const mention = this.push(
      candidate({
        start: startOf(t, person.firstToken),
        end: endOf(t, last),
        type: 'person',
        key: this.words.actorKey('person', person.key),
        name: display ?? t.text.slice(t.starts[skipTitles(this.words, person.firstToken)], t.ends[last]),
        weight,
      }),
    );
    this.personUntil = Math.max(this.personUntil, person.endToken);
    this.personSpans.push(person.firstToken, person.endToken);
    this.described = { end: person.endToken, key: mention.key };
    return mention;
  }

  /** The country whose name starts at token j, and the token after it; null elsewhere. */
  countryAt(j: number): { end: number; country: string } | null {
    const match = this.gazetteer.names.longestAt(this.t, j, this.words);
    const hit = match?.values.find((v) => v.value.entry.type === 'location' && v.value.form === 'name');
    return match && hit ? { end: match.end, country: hit.value.entry.name } : null;
  }

  /** Tells whether a list item at [first, end) is a known body or country, not a member ("te weten: Nederland en België"). */
  isKnownName(first: number, end: number): boolean {
    const match = this.gazetteer.names.longestAt(this.t, first, this.words);
    return !!match && match.end >= end && match.values.some((v) => v.value.entry.type !== 'location' || v.value.entry.country === true);
  }

  /** Adds an office; with a `condition`, the office waits for the document (scanner.ts settles it). */
  emitOffice(office: OfficeMatch, condition?: Condition): Candidate {
    const key = this.words.actorKey('office', office.key || this.words.keyOf(office.name));
    const mention = this.push(candidate({ start: office.start, end: office.end, type: 'office', key, name: office.name, weight: 2 }));
    if (condition) this.found.conditions.set(mention, condition);
    return mention;
  }
}
