// The packed spans carry every mention exactly, in the extraction's order, in a few characters each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/extract';
import { decodeSpans, encodeSpans, packExtraction, unpackExtraction } from '@/lib/messages/packed-extraction';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml, truths } from '@/tests/unit/helpers';

describe('packed spans', () => {
  it('round-trip any sorted spans', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 70_000_000 }), fc.nat({ max: 5000 })), { maxLength: 200 }), (pairs) => {
        const spans = pairs.map(([start, length]) => ({ start, end: start + length })).sort((a, b) => a.start - b.start || a.end - b.end);
        expect(decodeSpans(encodeSpans(spans))).toEqual(spans);
      }),
    );
  });

  it('use letters, digits, + and - only, about three characters a mention', () => {
    const spans = Array.from({ length: 1000 }, (_, i) => ({ start: i * 70, end: i * 70 + 8 }));
    const packed = encodeSpans(spans);
    expect(packed).toMatch(/^[A-Za-z0-9+-]*$/);
    expect(packed.length).toBeLessThanOrEqual(3 * spans.length);
  });

  it('refuse what they cannot carry, and strings they did not write', () => {
    expect(() => encodeSpans([{ start: 5, end: 4 }])).toThrow(RangeError);
    expect(() => encodeSpans([{ start: 1.5, end: 4 }])).toThrow(RangeError);
    expect(() => decodeSpans('A')).toThrow(RangeError); // a start without a length
    expect(() => decodeSpans('AAb')).toThrow(RangeError); // a number left open
    expect(() => decodeSpans('A!')).toThrow(RangeError);
    expect(decodeSpans('')).toEqual([]);
  });

  it('bring every fixture extraction back unchanged', () => {
    for (const truth of truths()) {
      const reading = readPage(parseHtml(fixtureHtml('pages', truth.id)), truth.url);
      const text = reading.index.text;
      const found = extract(text, {
        id: reading.document.id,
        documentDate: reading.document.date,
        kind: reading.document.kind,
        letters: reading.document.letters,
      });
      const packed = packExtraction(found);
      expect(unpackExtraction(JSON.parse(JSON.stringify(packed)), text)).toEqual(found);
    }
  });
});
