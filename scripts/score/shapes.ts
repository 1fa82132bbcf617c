/**
 * The two sides the scorer compares: a truth file (tests/fixtures/GUIDELINES.md) and the part of an
 * `annotate` report that is scored. Both arrive as parsed JSON, so each has a reader that turns
 * `unknown` into the shape, keeping what is there and reading what is missing as absent.
 */

/** An actor the truth expects; an optional one may be found without reward and missed without cost. */
export interface TruthActor {
  name: string;
  type: string;
  aliases: string[];
  optional: boolean;
}

/** A dated event the truth expects, keyed by its ISO date; `cue` only helps a reader of misses. */
export interface TruthEvent {
  date: string | null;
  cue: string | null;
  optional: boolean;
}

/** A reference the truth expects, keyed by its target; one without a target is optional. */
export interface TruthReference {
  target: string | null;
  text: string | null;
  optional: boolean;
}

/** The letter fields a truth file fixes; a field left null is not scored. */
export interface LetterFields {
  title: string | null;
  sender: string | null;
  addressee: string | null;
  place: string | null;
  date: string | null;
  signatories: string[];
}

/** One truth file: what a page should yield. */
export interface Truth {
  url: string | null;
  kind: string | null;
  id: string | null;
  letters: LetterFields[];
  actors: TruthActor[];
  events: TruthEvent[];
  references: TruthReference[];
}

/** An actor as `annotate` reports it: only the parts the scorer looks at. */
export interface FoundActor {
  name: string;
  type: string;
  aliases: string[];
}

/** The scored part of an `annotate` report. */
export interface Found {
  kind: string | null;
  id: string | null;
  letters: LetterFields[];
  actors: FoundActor[];
  /** The dates of the reported events, undated ones left out. */
  eventDates: string[];
  /** The targets of the reported references, unresolved ones left out. */
  referenceTargets: string[];
}

type Bag = Record<string, unknown>;

const bag = (value: unknown): Bag => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Bag) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const texts = (value: unknown): string[] => list(value).filter((v): v is string => typeof v === 'string');

function readLetter(value: unknown): LetterFields {
  const l = bag(value);
  return {
    title: text(l.title),
    sender: text(l.sender),
    addressee: text(l.addressee),
    place: text(l.place),
    date: text(l.date),
    signatories: list(l.signatories).map((s) => text(bag(s).name) ?? ''),
  };
}

/** Reads a parsed truth file; the scorer needs the fields typed, whatever a hand-edited file holds. */
export function readTruth(value: unknown): Truth {
  const t = bag(value);
  const doc = bag(t.document);
  return {
    url: text(t.url),
    kind: text(doc.kind),
    id: text(doc.id),
    letters: list(doc.letters).map(readLetter),
    actors: list(t.actors).map((a) => {
      const o = bag(a);
      return { name: text(o.name) ?? '', type: text(o.type) ?? '', aliases: texts(o.aliases), optional: Boolean(o.optional) };
    }),
    events: list(t.events).map((e) => {
      const o = bag(e);
      return { date: text(o.date), cue: text(o.cue), optional: Boolean(o.optional) };
    }),
    references: list(t.references).map((r) => {
      const o = bag(r);
      const target = text(o.target);
      return { target, text: text(o.text), optional: Boolean(o.optional) || target === null };
    }),
  };
}

/** Reads a parsed `annotate` report, in-process or printed, into the parts that are scored. */
export function readFound(value: unknown): Found {
  const r = bag(value);
  const doc = bag(r.document);
  return {
    kind: text(doc.kind),
    id: text(doc.id),
    letters: list(doc.letters).map(readLetter),
    actors: list(r.actors).map((a) => {
      const o = bag(a);
      return { name: text(o.name) ?? '', type: text(o.type) ?? '', aliases: texts(o.aliases) };
    }),
    eventDates: list(r.events)
      .map((e) => text(bag(e).date))
      .filter((d): d is string => Boolean(d)),
    referenceTargets: list(r.references)
      .map((x) => text(bag(x).target))
      .filter((t): t is string => Boolean(t)),
  };
}
