// Describing a passage whose words repeat: each side grows, doubling, until the quote with that
// side occurs once in the text (white space counted as the same, as re-anchoring sees it), up to
// MAX_CONTEXT_LENGTH; the edges of the text cut it short. And the position in code points.
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describePassage, MAX_CONTEXT_LENGTH, provesPlace } from '@/lib/anchor/describe';
import { flatten } from '@/lib/anchor/flatten';
import type { PassageSelectors } from '@/lib/notes/note';

const QUOTE = 'de Minister van Buitenlandse Zaken';
// Text that every copy shares next to the quote: sentences without a repeat inside them.
const SHARED = Array.from({ length: 30 }, (_, i) => `Overweging ${i + 1} geldt.`).join(' ');
// Unique text around the blocks, so that no copy's side is cut short by the text's edge.
const INTRO = Array.from({ length: 20 }, (_, i) => `Punt ${String.fromCharCode(65 + i)} vooraf.`).join(' ');
const OUTRO = Array.from({ length: 20 }, (_, i) => `Punt ${String.fromCharCode(65 + i)} achteraf.`).join(' ');
const count = (text: string, words: string) => text.split(words).length - 1;

// Three copies of the quote sharing `shared` characters of text before it, told apart by a number further out.
function sharedBefore(shared: number): string {
  const before = SHARED.slice(-shared);
  const blocks = [1, 2, 3].map((i) => `Blok ${i}. ${before}${QUOTE} sprak in ronde ${i}.`);
  return [INTRO, ...blocks, OUTRO].join('\n');
}

// The same with the shared text after the quote.
function sharedAfter(shared: number): string {
  const after = SHARED.slice(0, shared);
  const blocks = [1, 2, 3].map((i) => `In ronde ${i} sprak ${QUOTE}${after} Blok ${i}.`);
  return [INTRO, ...blocks, OUTRO].join('\n');
}

// The selectors of the copy of the quote in block `k` (0-based).
function copy(text: string, k: number): PassageSelectors {
  let at = -1;
  for (let j = 0; j <= k; j++) at = text.indexOf(QUOTE, at + 1);
  const s = describePassage(text, at, at + QUOTE.length);
  if (!s) throw new Error('no selectors');
  return s;
}

describe('describePassage: a side grows until the quote with it occurs once', () => {
  it.each([
    [10, CONTEXT_LENGTH],
    [40, 64],
    [100, 128],
    [200, 256],
  ])('with %i characters shared before every copy, keeps a prefix of %i', (shared, length) => {
    const text = sharedBefore(shared);
    for (const k of [0, 1, 2]) {
      const { quote } = copy(text, k);
      expect(quote.prefix).toHaveLength(length);
      expect(count(text, quote.prefix + QUOTE)).toBe(1);
      if (length > CONTEXT_LENGTH) expect(count(text, quote.prefix.slice(-length / 2) + QUOTE)).toBe(3);
      expect(quote.suffix).toHaveLength(CONTEXT_LENGTH); // the other side was unique from the start
    }
  });

  it.each([
    [10, CONTEXT_LENGTH],
    [40, 64],
    [100, 128],
    [200, 256],
  ])('with %i characters shared after every copy, keeps a suffix of %i', (shared, length) => {
    const text = sharedAfter(shared);
    for (const k of [0, 1, 2]) {
      const { quote } = copy(text, k);
      expect(quote.suffix).toHaveLength(length);
      expect(count(text, QUOTE + quote.suffix)).toBe(1);
      expect(quote.prefix).toHaveLength(CONTEXT_LENGTH);
    }
  });

  it('stops at MAX_CONTEXT_LENGTH when even that repeats, a length that proves nothing', () => {
    const { quote } = copy(sharedBefore(300), 1);
    expect(quote.prefix).toHaveLength(MAX_CONTEXT_LENGTH);
    expect(count(sharedBefore(300), quote.prefix + QUOTE)).toBe(3);
    expect(provesPlace(quote.prefix.length)).toBe(false);
    const { quote: after } = copy(sharedAfter(300), 2);
    expect(after.suffix).toHaveLength(MAX_CONTEXT_LENGTH);
  });

  it('counts copies that differ only in white space as the same, and keeps the text’s own white space', () => {
    const before = SHARED.slice(-40);
    const text = `Eerste. ${before}${QUOTE} een.\nTweede. ${before.replaceAll(' ', '\n')}${QUOTE} twee.`;
    const { quote } = copy(text, 1);
    expect(quote.prefix).toHaveLength(64);
    expect(quote.prefix).toContain('\n');
    expect(count(flatten(text), flatten(quote.prefix + QUOTE))).toBe(1);
    // A letter that differs does tell the copies apart.
    const differs = `Eerste. ${before}${QUOTE} een.\nTweede. ${before.replace('geldt', 'gold')}${QUOTE} twee.`;
    expect(copy(differs, 1).quote.prefix).toHaveLength(CONTEXT_LENGTH);
  });

  it('keeps a shorter prefix near the text’s start and a shorter suffix near its end, though the quote with them repeats', () => {
    const before = SHARED.slice(-40);
    const text = `${before}${QUOTE} een. Later: ${before}${QUOTE} twee.`;
    const first = copy(text, 0).quote;
    expect(first.prefix).toBe(before); // all 40 characters before it: no more to take
    expect(count(text, first.prefix + QUOTE)).toBe(2);
    expect(provesPlace(first.prefix.length)).toBe(false);
    const start = text.indexOf(QUOTE);
    expect(describePassage(text, start + 3, start + QUOTE.length)?.quote.prefix).toBe(text.slice(0, start + 3));
  });

  it('keeps a suffix that reaches the text’s end when the quote with it repeats', () => {
    const after = SHARED.slice(0, 50);
    const text = `Eerst ${QUOTE}${after} en dan. Tot slot ${QUOTE}${after}`;
    const last = copy(text, 1).quote;
    expect(last.suffix).toBe(after);
    expect(last.prefix).toHaveLength(CONTEXT_LENGTH);
  });
});

describe('describePassage: the position in code points', () => {
  const TEXT = 'Zie 𝑥 = 2 en 📄 bijlage';

  it('counts code points where the offsets count UTF-16 units', () => {
    expect(TEXT).toHaveLength(24);
    expect([...TEXT]).toHaveLength(22);
    const start = TEXT.indexOf('bijlage');
    const s = describePassage(TEXT, start, TEXT.length);
    expect(s?.position).toMatchObject({ start: 17, end: 24, codePoints: { start: 15, end: 22 } });
  });

  it('counts a character outside the Basic Multilingual Plane as one, inside the passage and before it', () => {
    const start = TEXT.indexOf('📄');
    expect(describePassage(TEXT, start, TEXT.length)?.position.codePoints).toEqual({ start: 13, end: 22 });
    expect(describePassage(TEXT, 4, 6)?.position.codePoints).toEqual({ start: 4, end: 5 });
    expect(describePassage(TEXT, 0, 3)?.position.codePoints).toEqual({ start: 0, end: 3 });
  });
});

describe('provesPlace', () => {
  it('takes the lengths a side stops growing at as unique, and no other', () => {
    for (const n of [CONTEXT_LENGTH, 64, 128]) expect(provesPlace(n)).toBe(true);
    for (const n of [0, 1, 20, 31, 33, 100, MAX_CONTEXT_LENGTH, 512]) expect(provesPlace(n)).toBe(false);
  });
});

describe('flatten', () => {
  it('makes every white-space character a space, one for one', () => {
    const text = 'a\tb\nc\vd\fe\rf\u00a0g h';
    expect(flatten(text)).toBe('a b c d e f g h');
    expect(flatten(text)).toHaveLength(text.length);
    expect(flatten('geen wit-ruimte: 𝑥 📄')).toBe('geen wit-ruimte: 𝑥 📄');
  });
});
