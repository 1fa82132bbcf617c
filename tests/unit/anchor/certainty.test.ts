// The rule that makes a place sure, a guess ("Onzeker") or an orphan, on hand-made candidates and
// evidence: each threshold with a case on either side of it, and the evidence asked for only when it counts.
import { describe, expect, it, vi } from 'vitest';
import {
  BRACKETED_QUOTE,
  CHANGED_QUOTE,
  certaintyOf,
  GUESS,
  MARGIN,
  NEAR,
  NEAR_QUOTE,
  NEAR_SIDES,
  OTHER_SIDE,
  OTHER_SIDE_CHANGED,
  SHORT_QUOTE,
  SHORTEST_CHANGED,
  SHORTEST_DISPLACED,
} from '@/lib/anchor/certainty';
import { MAX_CONTEXT_LENGTH } from '@/lib/anchor/describe';
import type { Evidence } from '@/lib/anchor/evidence';
import type { Candidate } from '@/lib/anchor/score';
import type { TextQuoteSelector } from '@/lib/notes/note';

const LONG = 'een krachtige reactie op de Russische agressie'; // 46 characters: not a short quote
const SHORT = 'de Raad'; // 7 characters

function quoteOf(exact: string, prefixLength = 32, suffixLength = 32): TextQuoteSelector {
  return { type: 'TextQuoteSelector', exact, prefix: 'p'.repeat(prefixLength), suffix: 's'.repeat(suffixLength) };
}

function candidate(over: Partial<Candidate> = {}): Candidate {
  const prefix = over.prefix ?? 1;
  const suffix = over.suffix ?? 1;
  return {
    start: 100,
    end: 140,
    kind: 'exact',
    quote: 1,
    prefix,
    suffix,
    context: (prefix + suffix) / 2,
    distance: 0,
    proven: false,
    score: 0.9,
    ...over,
  };
}

type Probe = (side: 'prefix' | 'suffix') => boolean;

// Evidence that shows nothing (no deletion, no side pushed away or interleaved, no edge), its questions spied on.
function evidence(over: Partial<Evidence> = {}) {
  return {
    deleted: vi.fn<() => boolean>(() => false),
    pushedAway: vi.fn<Probe>(() => false),
    interleaved: vi.fn<Probe>(() => false),
    atEdge: { prefix: false, suffix: false },
    wordEdges: true,
    ...over,
  };
}

describe('certaintyOf: the floor and the word edges', () => {
  it('offers no place under GUESS, and one from GUESS on', () => {
    const q = quoteOf(LONG);
    expect(certaintyOf(candidate({ score: GUESS - 0.001, suffix: 0 }), null, q, evidence())).toBeNull();
    expect(certaintyOf(candidate({ score: GUESS, suffix: 0 }), null, q, evidence())).toBe('sure');
  });

  it('makes a guess of a place that does not begin and end where words do, however well it scores', () => {
    const best = candidate({ proven: true, score: 1 });
    expect(certaintyOf(best, null, quoteOf(LONG), evidence())).toBe('sure');
    expect(certaintyOf(best, null, quoteOf(LONG), evidence({ wordEdges: false }))).toBe('uncertain');
  });
});

describe('certaintyOf: the exact words with a whole side', () => {
  it('is sure of a quote of SHORT_QUOTE characters or more with one proven side, the other lost', () => {
    const q = quoteOf(LONG.slice(0, SHORT_QUOTE));
    expect(certaintyOf(candidate({ suffix: 0 }), null, q, evidence())).toBe('sure');
    expect(certaintyOf(candidate({ prefix: 0.2 }), null, q, evidence())).toBe('sure');
  });

  it('asks of a short quote OTHER_SIDE of its other side', () => {
    const q = quoteOf(SHORT);
    const e = evidence();
    expect(certaintyOf(candidate({ suffix: OTHER_SIDE }), null, q, e)).toBe('sure');
    expect(e.pushedAway).not.toHaveBeenCalled();
    expect(certaintyOf(candidate({ suffix: OTHER_SIDE - 0.01 }), null, q, evidence())).toBe('uncertain');
    expect(certaintyOf(candidate({ suffix: OTHER_SIDE - 0.01 }), null, quoteOf(LONG.slice(0, SHORT_QUOTE - 1)), evidence())).toBe(
      'uncertain',
    );
  });

  it('is sure of a short quote whose other side was only pushed away, asking about that side', () => {
    const q = quoteOf(SHORT);
    const byPrefix = evidence({ pushedAway: vi.fn((side: 'prefix' | 'suffix') => side === 'suffix') });
    expect(certaintyOf(candidate({ suffix: 0.3 }), null, q, byPrefix)).toBe('sure');
    expect(byPrefix.pushedAway).toHaveBeenCalledWith('suffix');
    const bySuffix = evidence({ pushedAway: vi.fn((side: 'prefix' | 'suffix') => side === 'prefix') });
    expect(certaintyOf(candidate({ prefix: 0.3 }), null, q, bySuffix)).toBe('sure');
    expect(bySuffix.pushedAway).toHaveBeenCalledWith('prefix');
  });

  it('needs the other side itself for a quote under SHORTEST_DISPLACED characters, pushed away or not', () => {
    const pushed = () => evidence({ pushedAway: vi.fn(() => true) });
    expect(certaintyOf(candidate({ suffix: 0.3 }), null, quoteOf('EU'.slice(0, SHORTEST_DISPLACED - 1)), pushed())).toBe('uncertain');
    expect(certaintyOf(candidate({ suffix: 0.3 }), null, quoteOf('EUR'.slice(0, SHORTEST_DISPLACED)), pushed())).toBe('sure');
  });

  it('takes a side of MAX_CONTEXT_LENGTH, or one cut short by the text’s edge, as no proof', () => {
    for (const length of [MAX_CONTEXT_LENGTH, 20]) {
      const q = quoteOf(LONG, length, 32);
      expect(certaintyOf(candidate({ suffix: 0 }), null, q, evidence())).toBe('uncertain');
      expect(certaintyOf(candidate({ prefix: 0 }), null, q, evidence())).toBe('sure'); // the suffix of 32 proves it
      expect(certaintyOf(candidate({ prefix: 0 }), null, quoteOf(LONG, 32, length), evidence())).toBe('uncertain');
    }
  });

  it('takes a side that reaches the text’s edge as proof when the stored one did too', () => {
    const q = quoteOf(LONG, 20, 32);
    expect(certaintyOf(candidate({ suffix: 0 }), null, q, evidence({ atEdge: { prefix: true, suffix: false } }))).toBe('sure');
    const r = quoteOf(LONG, 32, 7);
    expect(certaintyOf(candidate({ prefix: 0 }), null, r, evidence())).toBe('uncertain');
    expect(certaintyOf(candidate({ prefix: 0 }), null, r, evidence({ atEdge: { prefix: false, suffix: true } }))).toBe('sure');
  });

  it('is sure without a proving side only when both sides agree whole, or mostly agree near a long quote', () => {
    const unproven = quoteOf(LONG, MAX_CONTEXT_LENGTH, MAX_CONTEXT_LENGTH);
    expect(certaintyOf(candidate({ distance: 5000 }), null, unproven, evidence())).toBe('sure');
    expect(certaintyOf(candidate({ prefix: NEAR_SIDES, suffix: 0.9, distance: NEAR }), null, unproven, evidence())).toBe('sure');
    expect(certaintyOf(candidate({ prefix: NEAR_SIDES, suffix: 0.9, distance: NEAR + 1 }), null, unproven, evidence())).toBe('uncertain');
    expect(certaintyOf(candidate({ prefix: NEAR_SIDES - 0.01, suffix: 0.9 }), null, unproven, evidence())).toBe('uncertain');
    const short = quoteOf(SHORT, MAX_CONTEXT_LENGTH, MAX_CONTEXT_LENGTH);
    expect(certaintyOf(candidate({ prefix: 0.9, suffix: 0.9 }), null, short, evidence())).toBe('uncertain');
  });
});

describe('certaintyOf: rivals', () => {
  it('makes a guess of a place with a proven rival, unless the place is exactly where it was expected', () => {
    const q = quoteOf(LONG);
    const rival = candidate({ start: 900, end: 946, proven: true, score: 0.8 });
    expect(certaintyOf(candidate({ proven: true, score: 0.95, distance: 12 }), rival, q, evidence())).toBe('uncertain');
    expect(certaintyOf(candidate({ proven: true, score: 0.95, distance: 0 }), rival, q, evidence())).toBe('sure');
  });

  it('makes a guess of a place whose rival scores within MARGIN of it', () => {
    const q = quoteOf(LONG, MAX_CONTEXT_LENGTH, MAX_CONTEXT_LENGTH);
    const best = candidate({ score: 0.9, distance: 500 });
    expect(certaintyOf(best, null, q, evidence())).toBe('sure');
    expect(certaintyOf(best, candidate({ start: 700, score: 0.9 - MARGIN / 2 }), q, evidence())).toBe('uncertain');
    expect(certaintyOf(best, candidate({ start: 700, score: 0.9 - MARGIN - 0.001 }), q, evidence())).toBe('sure');
  });

  it('ignores a close rival when the best place is proven', () => {
    const rival = candidate({ start: 700, score: 0.9 });
    expect(certaintyOf(candidate({ proven: true, score: 0.9, distance: 500 }), rival, quoteOf(LONG), evidence())).toBe('sure');
  });

  it('ignores a close rival when both sides prove a place near where it was expected, not far from it', () => {
    const q = quoteOf(LONG);
    const best = (distance: number) => candidate({ kind: 'fuzzy', quote: NEAR_QUOTE, wording: 0.7, score: 0.9, distance });
    const rival = candidate({ start: 700, score: 0.89 });
    const interleaved = () => evidence({ interleaved: vi.fn(() => true) });
    expect(certaintyOf(best(NEAR), rival, q, interleaved())).toBe('sure');
    expect(certaintyOf(best(NEAR + 1), null, q, interleaved())).toBe('sure');
    expect(certaintyOf(best(NEAR + 1), rival, q, interleaved())).toBe('uncertain');
  });
});

describe('certaintyOf: a passage shown deleted', () => {
  it('makes a guess of an unproven place away from where it was expected when the text shows the passage deleted', () => {
    const q = quoteOf(LONG, MAX_CONTEXT_LENGTH, MAX_CONTEXT_LENGTH);
    const best = candidate({ distance: 900 });
    const gone = evidence({ deleted: vi.fn(() => true) });
    expect(certaintyOf(best, null, q, gone)).toBe('uncertain');
    expect(gone.deleted).toHaveBeenCalledOnce();
    expect(certaintyOf(best, null, q, evidence())).toBe('sure');
  });

  it('asks about a changed place even where it was expected, when only one side proves it', () => {
    const gone = evidence({ deleted: vi.fn(() => true) });
    expect(certaintyOf(candidate({ kind: 'fuzzy', quote: 0.9, wording: 0.8, suffix: 0.9 }), null, quoteOf(LONG), gone)).toBe('uncertain');
    expect(gone.deleted).toHaveBeenCalledOnce();
  });

  it('does not ask about a changed place that both sides prove where it was expected: a copy of its context elsewhere may run together', () => {
    const gone = evidence({ deleted: vi.fn(() => true) });
    expect(certaintyOf(candidate({ kind: 'fuzzy', quote: 0.9, wording: 0.8 }), null, quoteOf(LONG), gone)).toBe('sure');
    expect(gone.deleted).not.toHaveBeenCalled();
    const away = evidence({ deleted: vi.fn(() => true) });
    expect(certaintyOf(candidate({ kind: 'fuzzy', quote: 0.9, wording: 0.8, distance: NEAR + 1 }), null, quoteOf(LONG), away)).toBe(
      'uncertain',
    );
    expect(away.deleted).toHaveBeenCalledOnce();
  });

  it('never asks about a proven place, nor about the exact words exactly where they were expected', () => {
    const proven = evidence({ deleted: vi.fn(() => true) });
    expect(certaintyOf(candidate({ proven: true, distance: 900, suffix: 0 }), null, quoteOf(LONG), proven)).toBe('sure');
    expect(proven.deleted).not.toHaveBeenCalled();
    const there = evidence({ deleted: vi.fn(() => true) });
    expect(certaintyOf(candidate({ distance: 0 }), null, quoteOf(LONG, MAX_CONTEXT_LENGTH, MAX_CONTEXT_LENGTH), there)).toBe('sure');
    expect(there.deleted).not.toHaveBeenCalled();
  });
});

describe('certaintyOf: words found with errors', () => {
  const changed = (over: Partial<Candidate> = {}) => candidate({ kind: 'fuzzy', quote: 0.9, wording: 0.8, distance: 3, ...over });

  it('makes a guess of a changed quote under SHORTEST_CHANGED characters, both sides proven', () => {
    expect(certaintyOf(changed(), null, quoteOf('abcd'.slice(0, SHORTEST_CHANGED - 1)), evidence())).toBe('uncertain');
    expect(certaintyOf(changed(), null, quoteOf('abcd'.slice(0, SHORTEST_CHANGED)), evidence())).toBe('sure');
  });

  it('is sure of changed words far away only when both sides are interleaved and the quote is NEAR_QUOTE alike', () => {
    const q = quoteOf(LONG);
    const both = () => evidence({ interleaved: vi.fn(() => true) });
    const onlyPrefix = evidence({ interleaved: vi.fn((side: 'prefix' | 'suffix') => side === 'prefix') });
    expect(certaintyOf(changed({ distance: 2000 }), null, q, evidence())).toBe('uncertain');
    expect(certaintyOf(changed({ distance: 2000, quote: NEAR_QUOTE }), null, q, both())).toBe('sure');
    expect(certaintyOf(changed({ distance: 2000, quote: NEAR_QUOTE }), null, q, onlyPrefix)).toBe('uncertain');
    expect(certaintyOf(changed({ distance: 2000, quote: NEAR_QUOTE - 0.01 }), null, q, both())).toBe('uncertain');
  });

  it('counts a place as near when nothing was expected', () => {
    expect(certaintyOf(changed({ distance: null }), null, quoteOf(LONG), evidence())).toBe('sure');
  });

  it('is sure of bracketed words near where expected from BRACKETED_QUOTE of the wording', () => {
    const q = quoteOf(LONG);
    expect(certaintyOf(changed({ quote: 0.6, wording: BRACKETED_QUOTE }), null, q, evidence())).toBe('sure');
    expect(certaintyOf(changed({ quote: 0.6, wording: BRACKETED_QUOTE - 0.01 }), null, q, evidence())).toBe('uncertain');
    expect(certaintyOf(changed({ quote: BRACKETED_QUOTE, wording: undefined }), null, q, evidence())).toBe('sure');
    expect(certaintyOf(changed({ quote: 0.6, wording: 0.9, suffix: 0.99 }), null, q, evidence())).toBe('uncertain');
  });

  it('is sure of a near place NEAR_QUOTE alike with both sides NEAR_SIDES alike, none whole', () => {
    const q = quoteOf(LONG);
    expect(certaintyOf(changed({ quote: NEAR_QUOTE, prefix: NEAR_SIDES, suffix: 0.9 }), null, q, evidence())).toBe('sure');
    expect(certaintyOf(changed({ quote: NEAR_QUOTE - 0.01, prefix: NEAR_SIDES, suffix: 0.9 }), null, q, evidence())).toBe('uncertain');
    expect(certaintyOf(changed({ quote: NEAR_QUOTE, prefix: NEAR_SIDES - 0.01, suffix: 0.9 }), null, q, evidence())).toBe('uncertain');
  });

  it('is sure of a near place with one whole side from CHANGED_QUOTE, the other side OTHER_SIDE_CHANGED alike', () => {
    const q = quoteOf(LONG);
    expect(certaintyOf(changed({ quote: CHANGED_QUOTE, suffix: OTHER_SIDE_CHANGED }), null, q, evidence())).toBe('sure');
    expect(certaintyOf(changed({ quote: CHANGED_QUOTE - 0.01, suffix: OTHER_SIDE_CHANGED }), null, q, evidence())).toBe('uncertain');
    expect(certaintyOf(changed({ quote: CHANGED_QUOTE, suffix: OTHER_SIDE_CHANGED - 0.01 }), null, q, evidence())).toBe('uncertain');
    expect(certaintyOf(changed({ quote: CHANGED_QUOTE, prefix: 0.97, suffix: 0.97 }), null, q, evidence())).toBe('uncertain');
  });
});
