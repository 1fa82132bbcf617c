// Describing a passage: the quote, its context (shorter at the text's edges) and its position.
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describePassage, trimSpan } from '@/lib/anchor';

const TEXT = 'De Minister van Buitenlandse Zaken heeft op 3 oktober 2022 de Kamer per brief geïnformeerd over de uitkomsten van de Raad.';

describe('describePassage', () => {
  it('keeps the words, 32 characters of context on each side and the offsets', () => {
    const start = TEXT.indexOf('3 oktober 2022');
    const end = start + '3 oktober 2022'.length;
    const s = describePassage(TEXT, start, end);
    expect(s).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: '3 oktober 2022',
        prefix: TEXT.slice(start - CONTEXT_LENGTH, start),
        suffix: TEXT.slice(end, end + CONTEXT_LENGTH),
      },
      position: { type: 'TextPositionSelector', start, end, codePoints: { start, end } },
    });
    expect(s?.quote.prefix).toBe('ster van Buitenlandse Zaken heeft op '.slice(-CONTEXT_LENGTH));
    expect(s?.quote.prefix).toHaveLength(32);
    expect(s?.quote.suffix).toHaveLength(32);
  });

  it('has an empty prefix at the start of the text and an empty suffix at its end', () => {
    const first = describePassage(TEXT, 0, 2);
    expect(first?.quote.prefix).toBe('');
    expect(first?.quote.suffix).toBe(TEXT.slice(2, 2 + CONTEXT_LENGTH));
    const last = describePassage(TEXT, TEXT.length - 5, TEXT.length);
    expect(last?.quote.exact).toBe('Raad.');
    expect(last?.quote.suffix).toBe('');
    const near = describePassage(TEXT, 5, 10);
    expect(near?.quote.prefix).toBe('De Mi');
  });

  it('describes the whole of a short text', () => {
    expect(describePassage('Ja.', 0, 3)?.quote).toEqual({ type: 'TextQuoteSelector', exact: 'Ja.', prefix: '', suffix: '' });
  });

  it('refuses empty, reversed, out-of-range and fractional stretches', () => {
    expect(describePassage(TEXT, 4, 4)).toBeNull();
    expect(describePassage(TEXT, 9, 4)).toBeNull();
    expect(describePassage(TEXT, -1, 4)).toBeNull();
    expect(describePassage(TEXT, 0, TEXT.length + 1)).toBeNull();
    expect(describePassage(TEXT, 0.5, 4)).toBeNull();
    expect(describePassage(TEXT, Number.NaN, 4)).toBeNull();
    expect(describePassage('', 0, 0)).toBeNull();
  });
});

describe('trimSpan', () => {
  it('drops spaces and line breaks at both edges, keeps those inside', () => {
    const text = 'een\n  twee drie \nvier';
    expect(trimSpan(text, 3, 17)).toEqual({ start: 6, end: 15 });
    expect(text.slice(6, 15)).toBe('twee drie');
  });

  it('is null when only white space is left', () => {
    expect(trimSpan('a  \n  b', 1, 6)).toBeNull();
    expect(trimSpan('abc', 2, 2)).toBeNull();
  });

  it('clips to the text', () => {
    expect(trimSpan('abc', -3, 10)).toEqual({ start: 0, end: 3 });
  });
});
