// Scoring a place and ranking places: a side is whole only when it agrees exactly (otherwise at
// most 0.99), a place is proven by the exact words and a whole side of a unique length, a proven
// place beats any score, and the ranking keeps the strongest rival that does not overlap the best.
import { describe, expect, it } from 'vitest';
import { describePassage } from '@/lib/anchor/describe';
import {
  BRACKETED_QUOTE,
  better,
  type Candidate,
  prefixScore,
  rank,
  type Ranking,
  scoreCandidate,
  suffixScore,
  totalScore,
  WHOLE_SIDE,
} from '@/lib/anchor/score';
import type { TextQuoteSelector } from '@/lib/notes/note';

const BEFORE = Array.from({ length: 16 }, (_, i) => `Zin ${i} van de inleiding.`).join(' ');
const AFTER = Array.from({ length: 16 }, (_, i) => `Zin ${i} van het slot.`).join(' ');
const EXACT = 'de Raad Buitenlandse Zaken';
const TEXT = `${BEFORE} ${EXACT} ${AFTER}`;
const AT = BEFORE.length + 1;

const swapAt = (s: string, i: number) => `${s.slice(0, i)}${s[i] === 'X' ? 'Y' : 'X'}${s.slice(i + 1)}`;

describe('prefixScore and suffixScore', () => {
  it('are 1 for a side that agrees exactly', () => {
    expect(prefixScore(TEXT, AT, TEXT.slice(AT - 128, AT))).toBe(1);
    expect(suffixScore(TEXT, AT + EXACT.length, TEXT.slice(AT + EXACT.length, AT + EXACT.length + 128))).toBe(1);
  });

  it('are at most 0.99 for a side that differs, even where only its far end, beyond the part compared, differs', () => {
    const end = AT + EXACT.length;
    const prefix = swapAt(TEXT.slice(AT - 128, AT), 0);
    const suffix = swapAt(TEXT.slice(end, end + 128), 127);
    expect(prefixScore(TEXT, AT, prefix)).toBe(0.99);
    expect(suffixScore(TEXT, end, suffix)).toBe(0.99);
    expect(prefixScore(TEXT, AT, prefix)).toBeLessThan(WHOLE_SIDE);
    expect(prefixScore(TEXT, AT, prefix, true)).toBe(0.99);
  });

  it('lose one part in the side’s length for a character changed next to the passage', () => {
    const end = AT + EXACT.length;
    expect(prefixScore(TEXT, AT, swapAt(TEXT.slice(AT - 32, AT), 30))).toBeCloseTo(1 - 1 / 32, 10);
    expect(suffixScore(TEXT, end, swapAt(TEXT.slice(end, end + 32), 1))).toBeCloseTo(1 - 1 / 32, 10);
    // The cheap measure stops at the first difference from the passage.
    expect(prefixScore(TEXT, AT, swapAt(TEXT.slice(AT - 32, AT), 30), true)).toBeCloseTo(1 / 32, 10);
  });

  it('are 1 for an empty side at the text’s edge, and 0.5 for one elsewhere', () => {
    expect(prefixScore(TEXT, 0, '')).toBe(1);
    expect(prefixScore(TEXT, AT, '')).toBe(0.5);
    expect(suffixScore(TEXT, TEXT.length, '')).toBe(1);
    expect(suffixScore(TEXT, AT, '')).toBe(0.5);
  });

  it('do not count a stored side longer than the text before the place as whole', () => {
    expect(prefixScore(TEXT, 10, `Voorwoord. ${TEXT.slice(0, 10)}`)).toBeLessThan(WHOLE_SIDE);
  });
});

describe('scoreCandidate', () => {
  const selector = (prefix: number, suffix: number): TextQuoteSelector => ({
    type: 'TextQuoteSelector',
    exact: EXACT,
    prefix: TEXT.slice(AT - prefix, AT),
    suffix: TEXT.slice(AT + EXACT.length, AT + EXACT.length + suffix),
  });
  const place = { start: AT, end: AT + EXACT.length, kind: 'exact' as const, quote: 1 };

  it('proves the exact words with a whole side of a length a side stops growing at', () => {
    for (const n of [32, 64, 128]) expect(scoreCandidate(TEXT, selector(n, 5), null, place).proven).toBe(true);
    expect(scoreCandidate(TEXT, selector(5, 64), null, place).proven).toBe(true);
  });

  it('does not prove a place by sides of 256 (they may repeat), by a side that differs, or by words with errors', () => {
    expect(selector(256, 256).prefix + selector(256, 256).suffix).toHaveLength(512);
    expect(scoreCandidate(TEXT, selector(256, 256), null, place).proven).toBe(false);
    const spoiled = { ...selector(32, 32), prefix: swapAt(selector(32, 32).prefix, 0), suffix: swapAt(selector(32, 32).suffix, 31) };
    expect(scoreCandidate(TEXT, spoiled, null, place).proven).toBe(false);
    expect(scoreCandidate(TEXT, selector(32, 32), null, { ...place, kind: 'fuzzy', quote: 0.96 }).proven).toBe(false);
  });

  it('weighs quote, sides and nearness into the score', () => {
    const c = scoreCandidate(TEXT, selector(32, 32), AT + 2048, place);
    expect(c).toMatchObject({ prefix: 1, suffix: 1, context: 1, distance: 2048 });
    expect(c.score).toBeCloseTo(totalScore(1, 1, 1, 0.5), 10);
    expect(scoreCandidate(TEXT, selector(32, 32), null, place).score).toBe(1);
  });

  it('agrees with what describePassage wrote: a passage described on the text is proven there', () => {
    const s = describePassage(TEXT, AT, AT + EXACT.length);
    if (!s) throw new Error('no selectors');
    expect(scoreCandidate(TEXT, s.quote, AT, place)).toMatchObject({ proven: true, score: 1, distance: 0 });
  });
});

function candidate(start: number, end: number, score: number, proven = false): Candidate {
  return { start, end, kind: 'exact', quote: 1, prefix: 1, suffix: 1, context: 1, distance: null, proven, score };
}

describe('better', () => {
  it('prefers a proven place to any score', () => {
    const proven = candidate(10, 20, 0.6, true);
    const high = candidate(50, 60, 0.99);
    expect(better(proven, high, null)).toBe(proven);
    expect(better(high, proven, null)).toBe(proven);
  });

  it('prefers words both sides bracket whole, holding most of the quote’s wording, to a higher score with no whole side', () => {
    const elsewhere = { ...candidate(500, 530, 0.76), prefix: 0, suffix: 0.9 };
    const bracketed = { ...candidate(10, 45, 0.7), kind: 'fuzzy' as const, quote: 0.4, wording: BRACKETED_QUOTE };
    expect(better(elsewhere, bracketed, 10)).toBe(bracketed);
    expect(better(bracketed, elsewhere, 10)).toBe(bracketed);
    const rewritten = { ...bracketed, wording: BRACKETED_QUOTE - 0.01 };
    expect(better(elsewhere, rewritten, 10)).toBe(elsewhere);
    const oneSide = { ...bracketed, suffix: 0.99 };
    expect(better(elsewhere, oneSide, 10)).toBe(elsewhere);
    const proven = candidate(900, 930, 0.6, true);
    expect(better(bracketed, proven, 10)).toBe(proven);
  });

  it('prefers the higher score, then the nearer to the expected start, then the earlier', () => {
    const a = candidate(10, 20, 0.8);
    const b = candidate(100, 110, 0.9);
    expect(better(a, b, 10)).toBe(b);
    const c = candidate(100, 110, 0.8);
    expect(better(a, c, 90)).toBe(c);
    expect(better(a, c, 20)).toBe(a);
    expect(better(c, a, null)).toBe(a);
  });

  it('takes the one there is when the other is null', () => {
    const a = candidate(10, 20, 0.8);
    expect(better(null, a, null)).toBe(a);
    expect(better(a, null, null)).toBe(a);
    expect(better(null, null, null)).toBeNull();
  });
});

describe('rank', () => {
  const empty: Ranking = { best: null, rival: null };

  it('takes the first candidate as the best, and ignores null', () => {
    const a = candidate(10, 20, 0.8);
    expect(rank(empty, a, null)).toEqual({ best: a, rival: null });
    expect(rank({ best: a, rival: null }, null, null)).toEqual({ best: a, rival: null });
  });

  it('makes the old best the rival when a better place elsewhere replaces it', () => {
    const a = candidate(10, 20, 0.8);
    const b = candidate(100, 110, 0.9);
    expect(rank({ best: a, rival: null }, b, null)).toEqual({ best: b, rival: a });
  });

  it('does not make a rival of a place that overlaps the best: the better of the two is the best', () => {
    const a = candidate(10, 20, 0.8);
    const r = candidate(200, 210, 0.7);
    expect(rank({ best: a, rival: r }, candidate(15, 25, 0.9), null)).toEqual({ best: candidate(15, 25, 0.9), rival: r });
    expect(rank({ best: a, rival: r }, candidate(15, 25, 0.75), null)).toEqual({ best: a, rival: r });
  });

  it('lets a weaker place elsewhere compete for the rival', () => {
    const a = candidate(10, 20, 0.9);
    const r = candidate(200, 210, 0.7);
    const c = candidate(300, 310, 0.8);
    expect(rank({ best: a, rival: r }, c, null)).toEqual({ best: a, rival: c });
    expect(rank({ best: a, rival: c }, r, null)).toEqual({ best: a, rival: c });
  });

  it('keeps the stronger of the old best and the old rival as the rival, unless the rival overlaps the new best', () => {
    const a = candidate(10, 20, 0.8);
    const r = candidate(200, 210, 0.85);
    const inRival = candidate(205, 215, 0.95);
    const elsewhere = candidate(400, 410, 0.95);
    expect(rank({ best: a, rival: r }, elsewhere, null)).toEqual({ best: elsewhere, rival: r });
    expect(rank({ best: a, rival: r }, inRival, null)).toEqual({ best: inRival, rival: a });
  });

  it('keeps a proven rival as the rival of a new proven best', () => {
    const a = candidate(10, 20, 0.7, true);
    const b = candidate(100, 110, 0.95, true);
    expect(rank({ best: a, rival: null }, b, null)).toEqual({ best: b, rival: a });
  });
});
