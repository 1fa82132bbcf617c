// Without `repeats`, findReferences leaves out the motion ids that repeat a publication before the
// overlaps are settled (references.ts, keptHyphenIds). That must never change the answer: it is the
// answer with repeats, each publication kept at its first occurrence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReferences } from '@/lib/extract/references';
import type { Reference } from '@/lib/model/report';

// The first reference of each cited publication (or of each uncited text), in text order.
function firstOfEach(references: readonly Reference[]): Reference[] {
  const seen = new Set<string>();
  return references.filter((r) => {
    const key = r.target ?? `text:${r.text.replace(/\s+/g, ' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('references without repeats', () => {
  it('keeps a publication whose first id lies inside another citation', () => {
    const text = 'Zie Kamerstuk 35925-32, nr. 5. Later de motie 35925-32; 35570-XIV-46 en weer 35925-32; 35570-XIV-46.';
    expect(findReferences(text).map((r) => [r.text, r.target])).toEqual([
      ['Kamerstuk 35925-32, nr. 5', 'kst-35925-32-5'],
      ['35925-32', 'kst-35925-32'],
      ['35570-XIV-46', 'kst-35570-XIV-46'],
    ]);
    expect(findReferences(text)).toEqual(firstOfEach(findReferences(text, { repeats: true })));
  });

  it('is the first of each of the references with repeats, on random motion lists and citations', () => {
    const piece = fc.constantFrom(
      '35925-32',
      '35570-XIV-46',
      '21501-32-1188',
      '21 501-20',
      'motie 35925-29',
      'Kamerstuk 35925-32, nr. 5',
      'Kamerstuk 21501-32, nr. 1188',
      'Kamerstukken II 2019/20, 35 925, nr. 32',
      'Handelingen II 2019/20, nr. 60, item 7',
      'kst-35925-32',
      'Stb. 2020, 123',
      'nr. 7',
      'de Kamer',
      '1.35925-32',
    );
    const gap = fc.constantFrom('; ', ', ', ' en ', ' of ', ' ', '. ', '\n', ' (', ') ', '-');
    const text = fc.array(fc.tuple(piece, gap), { maxLength: 14 }).map((parts) => parts.map(([p, g]) => p + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(findReferences(t)).toEqual(firstOfEach(findReferences(t, { repeats: true })));
      }),
      { numRuns: 1500 },
    );
  });
});
