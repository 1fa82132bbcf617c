// The first looks that spare the actor rules their work at most words: a word's shape before its
// key, the office words before the office rules, a capital before a body's head, a lower-case
// second letter before a Unicode pattern. Each must turn away only words the rules behind it
// would turn away too.
import { describe, expect, it } from 'vitest';
import { OFFICE_WORDS } from '@/lib/extract/actors/offices';
import { WordShapes } from '@/lib/extract/actors/rule-words';
import { extract } from '@/lib/extract/extract';
import { lowerSecondLetter } from '@/lib/extract/name-keys';
import type { Actor } from '@/lib/model/report';

function actors(text: string): Actor[] {
  return extract(text, { documentDate: '2024-05-01', kind: 'letter', letters: [] }).actors;
}
const names = (list: Actor[], type: Actor['type']) => list.filter((a) => a.type === type).map((a) => a.name);
const code = (word: string, k: number) => word.charCodeAt(k);

describe('WordShapes', () => {
  const shapes = new WordShapes(['minister', 'lid', 'heer', 'burgemeester-generaal-van-iets-heel-langs']);

  it('knows a word by its first two letters and its length', () => {
    expect(shapes.has(code('minister', 0), code('minister', 1), 8)).toBe(true);
    expect(shapes.has(code('lid', 0), code('lid', 1), 3)).toBe(true);
  });

  it('turns away a word of another length, or with another second letter', () => {
    expect(shapes.has(code('mini', 0), code('mini', 1), 4)).toBe(false);
    expect(shapes.has(code('lad', 0), code('lad', 1), 3)).toBe(false);
    expect(shapes.has(code('lie', 0), code('lie', 1), 3)).toBe(true); // the shape of "lid": its key decides
    expect(shapes.has(code('hier', 0), code('hier', 1), 4)).toBe(false);
  });

  it('counts every word past 30 code units as one length', () => {
    expect(shapes.has(code('b', 0), code('bu', 1), 45)).toBe(true);
    expect(shapes.has(code('b', 0), code('bu', 1), 30)).toBe(false);
  });
});

describe('lowerSecondLetter', () => {
  it('is true for a capitalised word in ordinary case', () => {
    expect(['Zaken', 'Kamer', 'Bakoe'].map(lowerSecondLetter)).toEqual([true, true, true]);
  });

  it('says nothing (false) for capitals, one letter, or a second letter beyond ASCII', () => {
    expect(['ZAKEN', 'Z', 'EU', 'Één', 'IJsselmeer'].map(lowerSecondLetter)).toEqual([false, false, false, false, false]);
  });
});

describe('the office words', () => {
  it('hold the first word of every kind of office the rules read', () => {
    for (const word of ['minister', 'staatssecretarissen', 'ambtgenote', 'collega', 'ambassadeur', 'consul', 'koning', 'hoge', 'griffier'])
      expect(OFFICE_WORDS.has(word), word).toBe(true);
    expect(OFFICE_WORDS.has('zaken')).toBe(false);
  });

  it('let the office rules find an office at each of them', () => {
    const found = actors(
      'De Minister van Financiën sprak met mijn collega van Defensie, de consul van Marokko, de Hoge Vertegenwoordiger en de burgemeester van Apeldoorn.',
    );
    expect(names(found, 'office')).toEqual(
      expect.arrayContaining([
        'Minister van Financiën',
        'Minister van Defensie',
        'consul van Marokko',
        'Hoge Vertegenwoordiger',
        'burgemeester van Apeldoorn',
      ]),
    );
  });
});

describe('a body named by the head after its name', () => {
  it('is found after one or two capitalised words', () => {
    const found = names(actors('Het toezicht ligt bij de Matching Autoriteit en de Kansspel Toezicht Autoriteit.'), 'organisation');
    expect(found).toEqual(expect.arrayContaining(['Matching Autoriteit', 'Kansspel Toezicht Autoriteit']));
  });

  it('is not found when the head is in lower case', () => {
    expect(names(actors('Het toezicht ligt bij Matching autoriteit in Utrecht.'), 'organisation')).not.toContain('Matching autoriteit');
  });
});
