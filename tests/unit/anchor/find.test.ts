// The bounded searches: an occurrence counts when it starts within [from, to] (it may run past
// `to`), and nothing outside that stretch is ever returned, checked against a search of every offset.
import { describe, expect, it } from 'vitest';
import { indexIn, lastIndexIn, occurrencesWithin } from '@/lib/anchor/find';

const TEXT = 'de Raad en de Kamer en de Raad en de Minister';
const starts = (text: string, needle: string) => Array.from({ length: text.length }, (_, i) => i).filter((i) => text.startsWith(needle, i));

describe('indexIn', () => {
  it('finds the first occurrence starting within the stretch', () => {
    expect(indexIn(TEXT, 'de Raad', 0, TEXT.length)).toBe(0);
    expect(indexIn(TEXT, 'de Raad', 1, TEXT.length)).toBe(23);
  });

  it('counts an occurrence starting at `to` that runs past it, not one starting after it', () => {
    expect(indexIn(TEXT, 'de Raad', 10, 23)).toBe(23);
    expect(indexIn(TEXT, 'de Raad', 10, 22)).toBe(-1);
  });

  it('does not count an occurrence that starts before `from` and ends inside the stretch', () => {
    expect(indexIn(TEXT, 'de Raad', 2, 20)).toBe(-1);
  });

  it('clips a negative `from`, and finds nothing in a reversed stretch or for an empty needle', () => {
    expect(indexIn(TEXT, 'de', -50, 3)).toBe(0);
    expect(indexIn(TEXT, 'de', 10, 5)).toBe(-1);
    expect(indexIn(TEXT, '', 0, TEXT.length)).toBe(-1);
  });
});

describe('lastIndexIn', () => {
  it('finds the last occurrence starting within the stretch', () => {
    expect(lastIndexIn(TEXT, 'de Raad', 0, TEXT.length)).toBe(23);
    expect(lastIndexIn(TEXT, 'de Raad', 0, 22)).toBe(0);
  });

  it('counts an occurrence starting at `to`, and none starting before `from`', () => {
    expect(lastIndexIn(TEXT, 'de Raad', 23, 23)).toBe(23);
    expect(lastIndexIn(TEXT, 'de Raad', 24, TEXT.length)).toBe(-1);
  });

  it('finds nothing in a reversed stretch or for an empty needle', () => {
    expect(lastIndexIn(TEXT, 'de', 30, 10)).toBe(-1);
    expect(lastIndexIn(TEXT, '', 0, TEXT.length)).toBe(-1);
  });
});

describe('occurrencesWithin', () => {
  it('lists every start within the stretch, ascending, overlapping ones included', () => {
    expect(occurrencesWithin('aaaaa', 'aa', 0, 5)).toEqual([0, 1, 2, 3]);
    expect(occurrencesWithin(TEXT, 'de', 0, TEXT.length)).toEqual([0, 11, 23, 34]);
    expect(occurrencesWithin(TEXT, 'de', 1, 23)).toEqual([11, 23]);
  });

  it('stops at `max`', () => {
    expect(occurrencesWithin(TEXT, 'de', 0, TEXT.length, 2)).toEqual([0, 11]);
    expect(occurrencesWithin(TEXT, 'de', 0, TEXT.length, 0)).toEqual([]);
  });

  it('finds nothing in a reversed stretch or for an empty needle', () => {
    expect(occurrencesWithin(TEXT, 'de', 20, 19)).toEqual([]);
    expect(occurrencesWithin(TEXT, '', 0, TEXT.length)).toEqual([]);
  });
});

describe('the three searches against a search of every offset', () => {
  it('return exactly the starts within [from, to], on many texts and stretches', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 20 + next(60) }, () => 'ab '[next(3)]).join('');
      const needle = Array.from({ length: 1 + next(3) }, () => 'ab'[next(2)]).join('');
      const from = next(text.length + 10) - 5;
      const to = from + next(text.length);
      const want = starts(text, needle).filter((i) => i >= from && i <= to);
      expect(occurrencesWithin(text, needle, from, to)).toEqual(want);
      expect(indexIn(text, needle, from, to)).toBe(want[0] ?? -1);
      expect(lastIndexIn(text, needle, from, to)).toBe(want.at(-1) ?? -1);
    }
  });
});
