// The hand-written word scanner of the event rules gives exactly what their regular expression gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOf, type Word } from '@/lib/extract/event-words';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

function byRegex(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], isWord: /[\p{L}\p{N}]/u.test(m[0]) });
  }
  return out;
}

describe('wordsOf', () => {
  it('reads compounds, apostrophes and punctuation', () => {
    const text = "de 44-dagen Karabach-oorlog, ’s ochtends (d.d. 25/09) en rock 'n' roll";
    expect(wordsOf(text, 0, text.length).map((w) => w.text)).toEqual(byRegex(text, 0, text.length).map((w) => w.text));
    expect(wordsOf(text, 3, 11).map((w) => w.text)).toEqual(['44-dagen']);
  });

  const pieces = fc.constantFrom(
    'a',
    'Zaken',
    '44',
    ' ',
    '\n',
    '\u00a0',
    '-',
    "'",
    '’',
    '.',
    ',',
    '(',
    ')',
    'ë',
    'e\u0301',
    '\u0301',
    '😀',
    '𝒜',
    '\ud800',
    '\udc00',
    '\u2009',
    '\ufeff',
    '_',
    '1.000',
  );
  it('equals the regular expression on random text and any window of it', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(wordsOf(text, from, to)).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals it on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(wordsOf(text, 0, text.length)).toEqual(byRegex(text, 0, text.length));
      }),
      { numRuns: 2000 },
    );
  });
});
