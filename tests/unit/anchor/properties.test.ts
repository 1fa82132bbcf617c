// Properties over random texts and selectors (fast-check): describing then anchoring on the same
// text gives the same offsets back; an insertion outside the passage still finds its words;
// anchoring never throws and never returns offsets outside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorOne, describePassage } from '@/lib/anchor';
import { flatten } from '@/lib/anchor/flatten';
import type { PassageSelectors } from '@/lib/notes/note';

// Texts of Dutch-like words from a small vocabulary, so repeats (the hard case) are common.
const WORDS = ['de', 'het', 'een', 'Kamer', 'minister', 'brief', 'Raad', 'van', 'op', 'oktober', '2022', 'Oekraïne', 'steun', '.', ','];
const textArb = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', '\n')), { minLength: 1, maxLength: 400 })
  .map((parts) => parts.join(''));
const textWithSpan = textArb.chain((text) =>
  fc.tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 })).map(([a, b]) => {
    const start = Math.min(a, b);
    return { text, start, end: Math.max(a, b) + 1 };
  }),
);

describe('anchoring properties', () => {
  it('describe then anchor on the same text returns the same offsets, by position', () => {
    fc.assert(
      fc.property(textWithSpan, ({ text, start, end }) => {
        const s = describePassage(text, start, end) as PassageSelectors;
        expect(anchorOne(text, s)).toMatchObject({ start, end, method: 'position' });
      }),
      { numRuns: 300 },
    );
  });

  it('many notes described on one text all come back in one pass', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 30 }), (text, pairs) => {
        const spans = pairs.map(([a, b]) => {
          const x = a % text.length;
          const y = b % text.length;
          return { start: Math.min(x, y), end: Math.max(x, y) + 1 };
        });
        const anchors = anchorAll(
          text,
          spans.map((s) => describePassage(text, s.start, s.end)),
        );
        expect(anchors.map((a) => a && { start: a.start, end: a.end })).toEqual(spans);
      }),
      { numRuns: 150 },
    );
  });

  it("after an insertion outside the passage, the anchor holds the passage's words", () => {
    fc.assert(
      fc.property(textWithSpan, fc.string({ minLength: 1, maxLength: 60 }), fc.boolean(), ({ text, start, end }, insert, before) => {
        const s = describePassage(text, start, end) as PassageSelectors;
        const at = before ? Math.floor(start / 2) : end + Math.floor((text.length - end) / 2);
        const edited = text.slice(0, at) + insert + text.slice(at);
        const a = anchorOne(edited, s);
        expect(a).not.toBeNull();
        // White space is one kind of character to re-anchoring (flatten.ts): a space may come back as a line break.
        expect(flatten(edited.slice(a?.start, a?.end))).toBe(flatten(s.quote.exact));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random selectors and keeps every anchor inside the text', () => {
    const num = fc.oneof(fc.integer({ min: -1000, max: 5000 }), fc.double(), fc.constant(Number.NaN), fc.constant(Infinity));
    const selector = fc.record({
      quote: fc.record({
        type: fc.constant('TextQuoteSelector' as const),
        exact: fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('de ', 'Kamer', 'brief van de')),
        prefix: fc.string({ maxLength: 40 }),
        suffix: fc.string({ maxLength: 40 }),
      }),
      position: fc.record({ type: fc.constant('TextPositionSelector' as const), start: num, end: num }),
    });
    fc.assert(
      fc.property(textArb, fc.array(fc.oneof(selector, fc.constant(null)), { maxLength: 20 }), (text, selectors) => {
        const anchors = anchorAll(text, selectors);
        expect(anchors).toHaveLength(selectors.length);
        for (const a of anchors) {
          if (!a) continue;
          expect(a.start).toBeGreaterThanOrEqual(0);
          expect(a.end).toBeGreaterThan(a.start);
          expect(a.end).toBeLessThanOrEqual(text.length);
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
