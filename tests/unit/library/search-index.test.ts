// The library's search index: accent-insensitive word prefixes, every query word must match,
// incremental changes, and agreement with a plain scan on random data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, wordsOf } from '@/lib/library/search-words';
import { lowerBound, SearchIndex } from '@/lib/library/search-index';

const ids = (found: Set<string> | null): string[] | null => (found === null ? null : [...found].sort());

describe('normalise', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(foldText('Financiële Ĳssel')).toBe('financiele ijssel');
    expect(wordsOf('EU-lidstaten: 21 501-02, nr. 2553!')).toEqual(['eu', 'lidstaten', '21', '501', '02', 'nr', '2553']);
    expect(wordsOf('  ')).toEqual([]);
  });

  it('splits outside ASCII and the basic plane as it folds: letters and digits of any script', () => {
    expect(wordsOf('𝐀𝐁 ø ß 日本 x²')).toEqual(['ab', 'ø', 'ß', '日本', 'x2']);
    expect(wordsOf('Ĳssel—“Curaçao” naïef')).toEqual(['ijssel', 'curacao', 'naief']);
  });
});

describe('lowerBound', () => {
  it('finds the first element not less than the key', () => {
    const sorted = ['a', 'ba', 'bb', 'c'];
    expect(lowerBound(sorted, 'b')).toBe(1);
    expect(lowerBound(sorted, 'bb')).toBe(2);
    expect(lowerBound(sorted, 'd')).toBe(4);
    expect(lowerBound([], 'x')).toBe(0);
  });
});

describe('SearchIndex', () => {
  const build = () => {
    const index = new SearchIndex();
    index.set('n1', 'De financiële situatie van Nederland');
    index.set('n2', 'Financieel toezicht in Europa');
    index.set('n3', 'Klimaat en energie');
    return index;
  };

  it('matches word prefixes without regard to accents or case', () => {
    const index = build();
    expect(ids(index.search('financiele'))).toEqual(['n1']);
    expect(ids(index.search('FINANC'))).toEqual(['n1', 'n2']);
    expect(ids(index.search('financië'))).toEqual(['n1', 'n2']);
    expect(ids(index.search('nergie'))).toEqual([]);
  });

  it('needs every word of the query', () => {
    const index = build();
    expect(ids(index.search('financ ned'))).toEqual(['n1']);
    expect(ids(index.search('financ klimaat'))).toEqual([]);
  });

  it('answers null for a query without words', () => {
    expect(build().search('  –  ')).toBeNull();
  });

  it('follows changes and deletions', () => {
    const index = build();
    index.set('n3', 'Financiën van het klimaat');
    expect(ids(index.search('financ'))).toEqual(['n1', 'n2', 'n3']);
    expect(ids(index.search('energie'))).toEqual([]);
    expect(index.delete('n1')).toBe(true);
    expect(index.delete('n1')).toBe(false);
    expect(ids(index.search('nederland'))).toEqual([]);
    expect(index.size).toBe(2);
    index.set('n4', 'Nederland opnieuw');
    expect(ids(index.search('nederland'))).toEqual(['n4']);
  });

  it('forgets words no entry has any more', () => {
    const index = build();
    index.search('x');
    const before = index.vocabularySize;
    index.delete('n3');
    expect(index.vocabularySize).toBe(before - 3);
  });

  it('agrees with a plain scan of the texts', () => {
    const word = fc.constantFrom('één', 'een', 'financiële', 'fin', 'Nederland', 'ned', 'kl', 'klimaat', 'x');
    const text = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
    const op = fc.oneof(fc.record({ set: fc.integer({ min: 0, max: 9 }), text }), fc.record({ del: fc.integer({ min: 0, max: 9 }) }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(word, { minLength: 1, maxLength: 3 }), (ops, queryWords) => {
        const index = new SearchIndex();
        const texts = new Map<string, string>();
        for (const o of ops) {
          if ('set' in o) {
            index.set(`n${o.set}`, o.text);
            texts.set(`n${o.set}`, o.text);
          } else {
            index.delete(`n${o.del}`);
            texts.delete(`n${o.del}`);
          }
          // Searching between changes exercises the merging of new words.
          index.search(queryWords[0] ?? '');
        }
        const query = queryWords.join(' ');
        const q = wordsOf(query);
        const expected = [...texts]
          .filter(([, t]) => q.every((w) => wordsOf(t).some((tw) => tw.startsWith(w))))
          .map(([id]) => id)
          .sort();
        expect(ids(index.search(query))).toEqual(expected);
      }),
    );
  });
});
