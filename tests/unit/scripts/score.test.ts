// The scorer's matching: forgiving in form, strict in substance, and counting as the shared scorer does.
import { describe, expect, it } from 'vitest';
import {
  actorForms,
  coarseType,
  figures,
  matchActors,
  matchEvents,
  matchKeys,
  matchLetters,
  matchReferences,
  normaliseForm,
} from '@/scripts/score/match';
import { readFound, readTruth, type FoundActor, type LetterFields, type TruthActor } from '@/scripts/score/shapes';

const truthActor = (name: string, type: string, extra: Partial<TruthActor> = {}): TruthActor => ({
  name,
  type,
  aliases: [],
  optional: false,
  ...extra,
});
const found = (name: string, type: string, aliases: string[] = []): FoundActor => ({ name, type, aliases });
const letter = (fields: Partial<LetterFields> = {}): LetterFields => ({
  title: null,
  sender: null,
  addressee: null,
  place: null,
  date: null,
  signatories: [],
  ...fields,
});

describe('normaliseForm', () => {
  it('drops case, diacritics, a leading article, quotes and trailing punctuation', () => {
    expect(normaliseForm('De Minister van Financiën.')).toBe('minister van financien');
    expect(normaliseForm('  het  “Ministerie”  ')).toBe('ministerie');
    expect(normaliseForm('’t Gooi')).toBe('gooi');
    expect(normaliseForm(null)).toBe('');
  });

  it('keeps the substance: words and inner punctuation stay', () => {
    expect(normaliseForm('Minister van Justitie')).not.toBe(normaliseForm('Minister van Financiën'));
    expect(normaliseForm('Scheltema-de Nie')).toBe('scheltema-de nie');
    expect(normaliseForm('Denemarken')).toBe('denemarken'); // "de" only as a word
  });

  it('gives every non-empty spelling of an actor once', () => {
    expect([...actorForms({ name: 'De Kamer', aliases: ['kamer', 'Tweede Kamer', ''] })]).toEqual(['kamer', 'tweede kamer']);
  });
});

describe('matchActors', () => {
  it('matches by an alias of the truth actor', () => {
    const m = matchActors(
      [found('uw Kamer', 'organisation')],
      [truthActor('Tweede Kamer der Staten-Generaal', 'organisation', { aliases: ['uw Kamer'] })],
    );
    expect(m.untyped).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(m.typed).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches across case, diacritics and a leading article, but not a different name', () => {
    const truth = [truthActor('Armenië', 'location'), truthActor('Europese Commissie', 'organisation')];
    const m = matchActors(
      [found('armenie', 'location'), found('de Europese commissie', 'organisation'), found('Europese Raad', 'organisation')],
      truth,
    );
    expect(m.untyped).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(m.falseFinds.map((a) => a.name)).toEqual(['Europese Raad']);
  });

  it('neither rewards a found optional actor nor punishes a missed one', () => {
    const truth = [truthActor('Hoekstra', 'person'), truthActor('Ministers van Justitie en van BZK', 'office', { optional: true })];
    const withOptional = matchActors([found('Hoekstra', 'person'), found('ministers van justitie en van BZK', 'office')], truth);
    const without = matchActors([found('Hoekstra', 'person')], truth);
    expect(withOptional.untyped).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(without.untyped).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(without.misses).toEqual([]);
  });

  it('prefers a required truth actor over an optional one sharing the same form', () => {
    const truth = [
      truthActor('Kamer', 'organisation', { optional: true }),
      truthActor('Tweede Kamer', 'organisation', { aliases: ['Kamer'] }),
    ];
    expect(matchActors([found('Kamer', 'organisation')], truth).untyped).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a wrong type for actor F1 but not for typed F1', () => {
    const m = matchActors([found('Rutte', 'office')], [truthActor('Rutte', 'person')]);
    expect(m.untyped).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(m.typed).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(m.wrongType).toHaveLength(1);
    expect(figures(m.untyped).f1).toBe(1);
    expect(figures(m.typed).f1).toBe(0);
  });

  it('folds type spellings: organization and country agree with organisation and location', () => {
    expect(coarseType('organization')).toBe('organisation');
    expect(coarseType('country')).toBe('location');
    expect(coarseType('constructor')).toBe('other');
    const m = matchActors([found('Frankrijk', 'location')], [truthActor('Frankrijk', 'country')]);
    expect(m.typed).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a repeated find of one truth actor as a true find again, and misses once', () => {
    const m = matchActors(
      [found('Hoekstra', 'person'), found('W. Hoekstra', 'person', ['Hoekstra'])],
      [truthActor('Hoekstra', 'person'), truthActor('Rutte', 'person')],
    );
    expect(m.untyped).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(m.misses.map((a) => a.name)).toEqual(['Rutte']);
  });

  it('gives per-type figures: a true find under its type, a false find under the found type, a miss under the truth type', () => {
    const truth = [truthActor('Hoekstra', 'person'), truthActor('Den Haag', 'location'), truthActor('Minister van Financiën', 'office')];
    const m = matchActors([found('Hoekstra', 'person'), found('Den Haag', 'organisation'), found('Utrecht', 'location')], truth);
    expect(m.byType.person).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(m.byType.organisation).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(m.byType.location).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(m.byType.office).toEqual({ tp: 0, fp: 0, fn: 1 });
    const sum = Object.values(m.byType).reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
    expect(sum).toEqual(m.typed);
  });
});

describe('events and references', () => {
  it('matches events by date only, one found date per truth event', () => {
    const truth = [
      { date: '2024-03-01', cue: 'op 1 maart', optional: false },
      { date: '2024-03-01', cue: 'diezelfde dag', optional: false },
      { date: '2024-05-02', cue: 'begin mei', optional: true },
    ];
    const m = matchEvents(['2024-03-01', '2024-05-02', '2024-06-30'], truth);
    expect(m.counts).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(m.falseFinds).toEqual(['2024-06-30']);
    expect(m.misses.map((e) => e.hint)).toEqual(['diezelfde dag']);
  });

  it('lets a second find of an optional key be a false find', () => {
    expect(matchKeys(['a', 'a'], [{ key: 'a', optional: true, hint: null }]).counts).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('matches references by exact target, and a truth reference without a target is optional', () => {
    const truth = [
      { target: 'kst-21501-02-2553', text: 'Kamerstuk 21 501-02, nr. 2553', optional: false },
      { target: null, text: 'de brief van vorige week', optional: false },
    ];
    expect(matchReferences(['kst-21501-02-2553'], truth).counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(matchReferences(['KST-21501-02-2553'], truth).counts).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('matchLetters', () => {
  it('scores each non-null truth field, forgiving form, plus the signatories as a set', () => {
    const want = letter({
      sender: 'De Minister van Financiën',
      place: 'Den Haag',
      date: '2020-01-02',
      signatories: ['W. Hoekstra', 'M. Rutte'],
    });
    const got = letter({
      sender: 'minister van financien',
      place: 'Utrecht',
      date: '2020-01-02',
      title: 'anything',
      signatories: ['M. Rutte', 'W. Hoekstra'],
    });
    const m = matchLetters([got], [want]);
    expect(m).toMatchObject({ right: 3, scored: 4 });
    expect(m.misses).toEqual([{ letter: 1, field: 'place', got: 'Utrecht', want: 'Den Haag' }]);
  });

  it('costs a point for a wrong number of letters, and scores a missing letter as empty', () => {
    expect(matchLetters([letter(), letter()], [letter()])).toMatchObject({ right: 1, scored: 2 });
    expect(matchLetters([], [letter({ date: '2020-01-02' })])).toMatchObject({ right: 1, scored: 3 });
  });
});

describe('figures', () => {
  it('computes precision, recall and F1, and treats an empty side as perfect', () => {
    const f = figures({ tp: 3, fp: 1, fn: 2 });
    expect(f.precision).toBeCloseTo(0.75);
    expect(f.recall).toBeCloseTo(0.6);
    expect(f.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(figures({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(figures({ tp: 0, fp: 2, fn: 0 }).f1).toBe(0);
  });
});

describe('reading the JSON', () => {
  it('reads a truth file: a reference without a target becomes optional, missing lists become empty', () => {
    const t = readTruth({
      url: 'u',
      document: { kind: 'letter', id: 'x' },
      references: [{ text: 'de brief' }],
      actors: [{ name: 'A', type: 'person' }],
    });
    expect(t.references[0]?.optional).toBe(true);
    expect(t.letters).toEqual([]);
    expect(t.actors[0]).toEqual({ name: 'A', type: 'person', aliases: [], optional: false });
  });

  it('reads a report: undated events and unresolved references are left out', () => {
    const f = readFound({
      document: { kind: 'letter', id: null, letters: [] },
      events: [{ date: null }, { date: '2020-01-01' }],
      references: [{ target: null }, { target: 'kst-1' }],
    });
    expect(f.eventDates).toEqual(['2020-01-01']);
    expect(f.referenceTargets).toEqual(['kst-1']);
  });
});
