// How alike two strings are: by words (wordingKept, Dice's coefficient on the words kept in
// order), as wholes (wholeSimilarity), and for a side of context (editSimilarity, affixAgreement).
import { describe, expect, it } from 'vitest';
import { affixAgreement, editSimilarity, wholeSimilarity, wordingKept } from '@/lib/anchor/similarity';

const QUOTE = 'krachtige reactie op de Russische agressie';

describe('wordingKept', () => {
  it('is 1 for the same words, whatever white space lies between them', () => {
    expect(wordingKept(QUOTE, QUOTE)).toBe(1);
    expect(wordingKept(' krachtige  reactie\nop de\tRussische agressie ', QUOTE)).toBe(1);
  });

  it('keeps most of a quote that had words put into it or taken out of it', () => {
    // 6 words shared in order, of 6 + 8: 12/14.
    expect(wordingKept('krachtige en snelle reactie op de Russische agressie', QUOTE)).toBeCloseTo(12 / 14, 10);
    // 5 of 6 kept: 10/11.
    expect(wordingKept('krachtige reactie op de agressie', QUOTE)).toBeCloseTo(10 / 11, 10);
  });

  it('keeps little of a rewrite, however many characters agree by chance', () => {
    const rewrite = 'stevig antwoord op het Russisch geweld';
    expect(wordingKept(rewrite, QUOTE)).toBeCloseTo(2 / 12, 10); // only "op"
    expect(wordingKept(rewrite, QUOTE)).toBeLessThan(wholeSimilarity(rewrite, QUOTE));
  });

  it('counts only the words kept in order', () => {
    expect(wordingKept('agressie Russische de op reactie krachtige', QUOTE)).toBeCloseTo(2 / 12, 10);
  });

  it('compares whole words: a word changed by one letter is not kept', () => {
    expect(wordingKept('krachtige reactie op de Russiche agressie', QUOTE)).toBeCloseTo(10 / 12, 10);
  });

  it('is 1 for two empty texts and 0 when only one is empty', () => {
    expect(wordingKept('', '  ')).toBe(1);
    expect(wordingKept('', QUOTE)).toBe(0);
    expect(wordingKept(QUOTE, ' \n ')).toBe(0);
  });
});

describe('wholeSimilarity', () => {
  it('is one minus the edit distance over the longer length', () => {
    expect(wholeSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 10);
    expect(wholeSimilarity('sitting', 'kitten')).toBeCloseTo(1 - 3 / 7, 10);
    expect(wholeSimilarity('Rusische agresie', 'Russische agressie')).toBeCloseTo(1 - 2 / 18, 10);
  });

  it('is 1 for equal strings (empty ones too) and 0 against an empty one', () => {
    expect(wholeSimilarity(QUOTE, QUOTE)).toBe(1);
    expect(wholeSimilarity('', '')).toBe(1);
    expect(wholeSimilarity('', 'abc')).toBe(0);
  });

  it('counts the 32-character pieces of a long quote found in the text instead of the edit distance', () => {
    const para = Array.from({ length: 120 }, (_, i) => `Zin ${i} van de alinea.`).join(' ');
    expect(para.length * para.length).toBeGreaterThan(4_000_000);
    const pieces = Math.ceil(para.length / 32);
    // The first piece spoiled: all others are found, and the lengths are equal.
    const spoiled = `X${para.slice(1)}`;
    expect(wholeSimilarity(spoiled, para)).toBeCloseTo((pieces - 1) / pieces, 10);
    // Every piece found, in a text longer by 100 characters: the lengths' ratio is what is lost.
    const longer = `${para}${'.'.repeat(100)}`;
    expect(wholeSimilarity(longer, para)).toBeCloseTo(para.length / longer.length, 10);
  });
});

describe('editSimilarity', () => {
  it('is 1 when the pattern occurs in the text, less by each error', () => {
    expect(editSimilarity('aan de Kamer gezonden', 'de Kamer')).toBe(1);
    expect(editSimilarity('aan de Kamr gezonden', 'de Kamer')).toBeCloseTo(1 - 1 / 8, 10);
  });

  it('is 0 when more than half the pattern differs, and 1 for an empty pattern', () => {
    expect(editSimilarity('xyzxyzxy', 'de Kamer')).toBe(0);
    expect(editSimilarity('abc', 'x')).toBe(0);
    expect(editSimilarity('abc', '')).toBe(1);
  });
});

describe('affixAgreement', () => {
  it('counts the characters that agree from the side that touches the quote', () => {
    expect(affixAgreement('voor een ', 'xoor een ', 'end')).toBeCloseTo(8 / 9, 10);
    expect(affixAgreement('voor een ', 'voor een.', 'end')).toBe(0);
    expect(affixAgreement(' op de Raad', ' op de Raat', 'start')).toBeCloseTo(10 / 11, 10);
    expect(affixAgreement(' op de Raad', 'X op de Raad', 'start')).toBe(0);
  });

  it('is the share of the pattern, so a shorter text agrees at most for its length', () => {
    expect(affixAgreement('een ', 'voor een ', 'end')).toBeCloseTo(4 / 9, 10);
    expect(affixAgreement('abc', '', 'start')).toBe(1);
  });
});
