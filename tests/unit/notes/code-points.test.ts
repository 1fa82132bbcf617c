// UTF-16 offsets ⇄ code points, and when an export may write a W3C position without the page text.
import { describe, expect, it } from 'vitest';
import { codePointLength, codePointOffset, codePointSpan, exactCodePoints, utf16Offset } from '@/lib/notes/code-points';
import type { PassageSelectors } from '@/lib/notes/note';

const TEXT = 'Zie 𝑥 = 2 en 📄 bijlage';

describe('code points', () => {
  it('counts 24 UTF-16 units and 22 code points in the issue’s sentence', () => {
    expect(TEXT.length).toBe(24);
    expect(codePointLength(TEXT)).toBe(22);
    expect(codePointOffset(TEXT, TEXT.indexOf('bijlage'))).toBe(15);
    expect(utf16Offset(TEXT, 15)).toBe(TEXT.indexOf('bijlage'));
  });

  it('agrees with the string iterator at every offset, also inside a surrogate pair', () => {
    for (let offset = 0; offset <= TEXT.length; offset++) {
      expect(codePointOffset(TEXT, offset), String(offset)).toBe([...TEXT.slice(0, offset)].length);
    }
    const points = [...TEXT];
    for (let n = 0; n <= points.length; n++) expect(utf16Offset(TEXT, n), String(n)).toBe(points.slice(0, n).join('').length);
  });

  it('changes nothing in text without characters outside the Basic Multilingual Plane', () => {
    const plain = 'De minister zegt toe de Kamer te informeren — café, € 5.';
    for (const offset of [0, 7, 30, plain.length]) {
      expect(codePointOffset(plain, offset)).toBe(offset);
      expect(utf16Offset(plain, offset)).toBe(offset);
    }
  });

  it('clamps offsets outside the text and counts a lone surrogate as one', () => {
    expect(codePointOffset(TEXT, -3)).toBe(0);
    expect(codePointOffset(TEXT, 99)).toBe(22);
    expect(utf16Offset(TEXT, 99)).toBe(24);
    expect(codePointLength('a\ud835b')).toBe(3);
  });

  it('gives a span whose code points are the same words', () => {
    const start = TEXT.indexOf('📄');
    const end = TEXT.length;
    const span = codePointSpan(TEXT, start, end);
    expect(span).toEqual({ start: 13, end: 22 });
    expect([...TEXT].slice(span.start, span.end).join('')).toBe(TEXT.slice(start, end));
  });
});

describe('exactCodePoints', () => {
  const at = (start: number, end: number, prefix: string, codePoints?: { start: number; end: number }): PassageSelectors => ({
    quote: { type: 'TextQuoteSelector', exact: TEXT.slice(start, end), prefix, suffix: '' },
    position: { type: 'TextPositionSelector', start, end, ...(codePoints ? { codePoints } : {}) },
  });
  const start = TEXT.indexOf('bijlage');

  it('takes the span recorded with the note', () => {
    expect(exactCodePoints(at(start, TEXT.length, '📄 ', { start: 15, end: 22 }))).toEqual({ start: 15, end: 22 });
  });

  it('refuses a recorded span whose length is not the quote’s', () => {
    expect(exactCodePoints(at(start, TEXT.length, '📄 ', { start: 15, end: 20 }))).toBeNull();
  });

  it('derives the span of a passage whose prefix runs from the text’s start', () => {
    expect(exactCodePoints(at(start, TEXT.length, TEXT.slice(0, start)))).toEqual({ start: 15, end: 22 });
  });

  it('gives none for a passage past its prefix, nor for an unknown position 0–0', () => {
    expect(exactCodePoints(at(start, TEXT.length, TEXT.slice(start - 5, start)))).toBeNull();
    const unknown = at(0, 3, '');
    expect(exactCodePoints({ ...unknown, position: { type: 'TextPositionSelector', start: 0, end: 0 } })).toBeNull();
  });
});

describe('code points of a long text', () => {
  // Past the length at which the text's surrogate pairs are indexed once instead of counted per call.
  const long = `${'De Kamer 📄 besluit. '.repeat(400)}𝑥 slot`;

  it('agrees with the string iterator at offsets around every pair, and across texts', () => {
    expect(long.length).toBeGreaterThan(4096);
    for (let offset = 0; offset <= long.length; offset += 7) {
      expect(codePointOffset(long, offset), String(offset)).toBe([...long.slice(0, offset)].length);
    }
    const pair = long.lastIndexOf('𝑥');
    for (const offset of [pair, pair + 1, pair + 2]) expect(codePointOffset(long, offset)).toBe([...long.slice(0, offset)].length);
    const other = `${'Zonder bijzondere tekens. '.repeat(200)}`;
    expect(codePointOffset(other, other.length)).toBe(other.length);
    expect(codePointOffset(long, long.length)).toBe([...long].length);
    const start = long.indexOf('besluit', 3000);
    const span = codePointSpan(long, start, start + 7);
    expect([...long].slice(span.start, span.end).join('')).toBe('besluit');
  });
});
