/**
 * Matching an `annotate` report against a truth file: pure functions, no I/O. Forgiving in form
 * (case, diacritics, a leading article, quotes, trailing punctuation), strict in substance (every
 * word of a name counts; a date or a target must be equal). The figures follow the shared fixture
 * scorer exactly, quirks included, so numbers from either can be compared.
 */
import type { FoundActor, LetterFields, TruthActor } from './shapes';

/** True, false and missed finds: what every precision/recall figure is made of. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of one set of counts. */
export interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

/** The coarse actor types the per-type figures are given for; anything else is scored as 'other'. */
export const ACTOR_TYPES = ['person', 'office', 'organisation', 'location'] as const;

/** A coarse actor type, or 'other' for a type outside the four. */
export type ActorType = (typeof ACTOR_TYPES)[number] | 'other';

const ARTICLE = /^(?:de|het|den|der|the|'t) /;

/** One spelling of a name reduced to what matters for matching, so "Het Ministerie" meets "ministerie". */
export function normaliseForm(form: string | null | undefined): string {
  return (form ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/[«»"“”()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ARTICLE, '')
    .replace(/[\s,.;:]+$/, '');
}

/** Every normalised spelling of an actor (name and aliases), the units two actors can share. */
export function actorForms(actor: { name: string; aliases: readonly string[] }): Set<string> {
  return new Set([actor.name, ...actor.aliases].map(normaliseForm).filter((f) => f !== ''));
}

const SYNONYMS: Readonly<Record<string, Exclude<ActorType, 'other'>>> = {
  person: 'person',
  office: 'office',
  organisation: 'organisation',
  organization: 'organisation',
  location: 'location',
  country: 'location',
  place: 'location',
};

/** Folds the spellings of a type (organization, country, place) onto the four the report uses. */
export function coarseType(type: string): ActorType {
  return Object.hasOwn(SYNONYMS, type) ? (SYNONYMS[type] as ActorType) : 'other';
}

/** What matching the actors of one document gives: counts untyped, typed and per type, and the errors. */
export interface ActorMatch {
  /** A found actor counts when it shares a form with a required truth actor. */
  untyped: Counts;
  /** As `untyped`, but a found actor of the wrong coarse type is a false find and its truth actor a miss. */
  typed: Counts;
  /** The typed counts split by type: a false find under the found type, a miss under the truth type. */
  byType: Record<ActorType, Counts>;
  /** Required truth actors no found actor matched. */
  misses: TruthActor[];
  /** Found actors that match no truth actor. */
  falseFinds: FoundActor[];
  /** Found actors matched to a required truth actor of another coarse type. */
  wrongType: { found: FoundActor; truth: TruthActor }[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Creates an empty per-type tally, so totals can be summed from documents. */
export function emptyByType(): Record<ActorType, Counts> {
  return { person: zero(), office: zero(), organisation: zero(), location: zero(), other: zero() };
}

/**
 * Matches found actors to truth actors. Each found actor goes to the truth actor it shares forms
 * with, preferring one not matched yet, then the most shared forms, then a required one. Matching
 * an optional truth actor counts nothing; a found actor that repeats a matched one counts again
 * as a true find (as the shared scorer does).
 */
export function matchActors(found: readonly FoundActor[], truth: readonly TruthActor[]): ActorMatch {
  const truthForms = truth.map(actorForms);
  const matched = new Set<number>();
  const matchedTyped = new Set<number>();
  const untyped = zero();
  const byType = emptyByType();
  const falseFinds: FoundActor[] = [];
  const wrongType: ActorMatch['wrongType'] = [];
  let typedTp = 0;
  for (const actor of found) {
    const forms = [...actorForms(actor)];
    const candidates = truth
      .map((t, index) => ({ index, t, shared: forms.filter((f) => truthForms[index]?.has(f)).length }))
      .filter((c) => c.shared > 0)
      .sort(
        (a, b) =>
          Number(matched.has(a.index)) - Number(matched.has(b.index)) || b.shared - a.shared || Number(a.t.optional) - Number(b.t.optional),
      );
    const best = candidates[0];
    if (!best) {
      untyped.fp++;
      byType[coarseType(actor.type)].fp++;
      falseFinds.push(actor);
      continue;
    }
    if (best.t.optional) continue;
    untyped.tp++;
    matched.add(best.index);
    const type = coarseType(actor.type);
    // Two types outside the four agree with each other, as in the shared scorer.
    if (type === coarseType(best.t.type)) {
      typedTp++;
      matchedTyped.add(best.index);
      byType[type].tp++;
    } else {
      byType[type].fp++;
      wrongType.push({ found: actor, truth: best.t });
    }
  }
  const required = truth.filter((t) => !t.optional);
  untyped.fn = required.length - matched.size;
  const misses = truth.filter((t, i) => !t.optional && !matched.has(i));
  truth.forEach((t, i) => {
    if (!t.optional && !matchedTyped.has(i)) byType[coarseType(t.type)].fn++;
  });
  const typed = { tp: typedTp, fp: untyped.tp - typedTp + untyped.fp, fn: required.length - matchedTyped.size };
  return { untyped, typed, byType, misses, falseFinds, wrongType };
}

/** A truth item that is matched by an exact key (an event's date, a reference's target). */
export interface KeyedTruth {
  key: string | null;
  optional: boolean;
  /** Words that help a reader find a miss in the page (an event's cue, a reference's text). */
  hint: string | null;
}

/** What matching keys gives: the counts, the keys found in vain and the truth items missed. */
export interface KeyMatch {
  counts: Counts;
  falseFinds: string[];
  misses: KeyedTruth[];
}

/**
 * Matches found keys one to one against truth keys: a key takes an unused required item with the
 * same key first, then an unused optional one (no reward); a key that finds neither is a false find.
 */
export function matchKeys(found: readonly string[], truth: readonly KeyedTruth[]): KeyMatch {
  const used = new Set<number>();
  const take = (key: string, optional: boolean): number =>
    truth.findIndex((t, i) => !used.has(i) && t.optional === optional && t.key === key);
  const counts = zero();
  const falseFinds: string[] = [];
  for (const key of found) {
    let index = take(key, false);
    if (index < 0) index = take(key, true);
    if (index < 0) {
      counts.fp++;
      falseFinds.push(key);
      continue;
    }
    used.add(index);
    if (!truth[index]?.optional) counts.tp++;
  }
  const misses = truth.filter((t, i) => !t.optional && !used.has(i));
  counts.fn = misses.length;
  return { counts, falseFinds, misses };
}

/** Events are matched by date only: the report's dating is scored, not its wording. */
export function matchEvents(
  foundDates: readonly string[],
  truth: readonly { date: string | null; cue: string | null; optional: boolean }[],
): KeyMatch {
  return matchKeys(
    foundDates,
    truth.map((e) => ({ key: e.date, optional: e.optional, hint: e.cue })),
  );
}

/** References are matched by their resolved target; a truth reference without a target is optional. */
export function matchReferences(
  foundTargets: readonly string[],
  truth: readonly { target: string | null; text: string | null; optional: boolean }[],
): KeyMatch {
  return matchKeys(
    foundTargets,
    truth.map((r) => ({ key: r.target, optional: r.optional || r.target === null, hint: r.text })),
  );
}

const LETTER_FIELDS = ['title', 'sender', 'addressee', 'place', 'date'] as const;

/** One letter field that came out wrong, for --verbose. */
export interface LetterMiss {
  letter: number;
  field: (typeof LETTER_FIELDS)[number] | 'signatories' | 'count';
  got: string;
  want: string;
}

/** What comparing the letters gives: fields right out of fields scored, and the wrong ones. */
export interface LetterMatch {
  right: number;
  scored: number;
  misses: LetterMiss[];
}

const signatoryKey = (names: readonly string[]): string => names.map(normaliseForm).sort().join('|');

/**
 * Compares letters position by position: every non-null truth field is one point, the set of
 * signatories one more, and a wrong number of letters one point lost.
 */
export function matchLetters(found: readonly LetterFields[], truth: readonly LetterFields[]): LetterMatch {
  const result: LetterMatch = { right: 0, scored: 0, misses: [] };
  truth.forEach((want, i) => {
    const got = found[i];
    for (const field of LETTER_FIELDS) {
      const expected = want[field];
      if (expected === null) continue;
      result.scored++;
      if (normaliseForm(got?.[field]) === normaliseForm(expected)) result.right++;
      else result.misses.push({ letter: i + 1, field, got: got?.[field] ?? '', want: expected });
    }
    const wantNames = signatoryKey(want.signatories);
    const gotNames = signatoryKey(got?.signatories ?? []);
    result.scored++;
    if (wantNames === gotNames) result.right++;
    else result.misses.push({ letter: i + 1, field: 'signatories', got: gotNames, want: wantNames });
  });
  if (found.length !== truth.length) {
    result.scored++;
    result.misses.push({ letter: 0, field: 'count', got: String(found.length), want: String(truth.length) });
  }
  return result;
}

/** Turns counts into figures; with nothing to find or nothing found a side counts as perfect. */
export function figures({ tp, fp, fn }: Counts): Figures {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Adds counts into a running total, so documents sum to the corpus figures. */
export function addCounts(total: Counts, more: Counts): Counts {
  total.tp += more.tp;
  total.fp += more.fp;
  total.fn += more.fn;
  return total;
}
