// countBelow: the binary search over sorted offsets (token starts, mention starts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBelow } from '@/lib/extract/sorted-search';

describe('countBelow', () => {
  it('counts the values below, stopping at the first equal one, within the first `count`', () => {
    const starts = Int32Array.from([0, 4, 4, 9, 15, 99, 99]);
    expect(countBelow(starts, 0, 50)).toBe(0);
    expect(countBelow(starts, 5, -1)).toBe(0);
    expect(countBelow(starts, 5, 4)).toBe(1);
    expect(countBelow(starts, 5, 5)).toBe(3);
    expect(countBelow(starts, 5, 1000)).toBe(5); // the values past `count` (capacity not yet filled) are not read
  });

  it('agrees with a walk on random sorted values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 60 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(countBelow(sorted, sorted.length, value)).toBe(sorted.filter((v) => v < value).length);
      }),
    );
  });
});
