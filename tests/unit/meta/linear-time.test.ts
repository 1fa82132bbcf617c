// The measure behind every linear-time test: it must still catch work that grows with the square
// of its input once it measures again, and measuring again must stop as soon as a value is under
// the bound.
import { describe, expect, it } from 'vitest';
import { LINEAR_BOUND, leastOf, stepGrowth } from '@/tests/unit/linear-time';

// Work over every pair of positions: twenty times the input, four hundred times the work.
function pairs(size: number): number {
  let sum = 0;
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) sum = (sum + i * j) | 0;
  return sum;
}

function once(size: number): number {
  let sum = 0;
  for (let i = 0; i < size * 100; i++) sum = (sum + i) | 0;
  return sum;
}

describe('leastOf', () => {
  it('measures again only while over the bound, and keeps the least', () => {
    const values = [9, 6, 2, 1];
    let calls = 0;
    expect(leastOf(() => values[calls++] ?? 0, 4)).toBe(2);
    expect(calls).toBe(3);
  });

  it('gives up after its attempts with the least value seen', () => {
    let calls = 0;
    expect(leastOf(() => 10 - calls++, 4, 3)).toBe(8);
    expect(calls).toBe(3);
  });
});

describe('stepGrowth', () => {
  // A twentyfold step: quadratic work grows twenty times, far over the bound even on a busy machine.
  it('still finds quadratic work over the bound, measured again', () => {
    const [ratio] = stepGrowth((size) => size, pairs, [1_000, 20_000]);
    expect(ratio).toBeGreaterThanOrEqual(LINEAR_BOUND);
  }, 60_000);

  it('finds linear work under the bound', () => {
    const [ratio] = stepGrowth((size) => size, once, [1_000, 10_000]);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  }, 60_000);
});
