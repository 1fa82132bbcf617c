// Reading names and their keys on text made to slow them. A run of initials ("A.B.C.D.…") was
// read to its end from each of its initials, and titles ("mr. mr. …") likewise; a name or role
// whose key was trimmed with a pattern such as /[\s,.;:]+$/ cost a long run of those characters
// inside it its length squared.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractContext } from '@/lib/extract/extract';
import { officeKeyOf } from '@/lib/extract/actors/merge';
import { nameKey, trimEndWhere } from '@/lib/extract/name-keys';
import { built, LINEAR_BOUND, SIZES, stepGrowth } from '@/tests/unit/linear-time';

const CONTEXT: ExtractContext = { documentDate: null, kind: 'parliamentary-paper', letters: [] };
const names = (text: string) => extract(text, CONTEXT).actors.map((a) => a.name);
const initials = (n: number) => Array.from({ length: n }, (_, k) => `${String.fromCharCode(65 + (k % 26))}.`).join('');

describe('names on text made to slow them', () => {
  it('reads a name with up to twelve initials, and a longer run of them as no name of its own length', () => {
    expect(names(`Het is ondertekend door ${initials(12)} Jansen, die het lid was.`)).toEqual([`${initials(12)} Jansen`]);
    expect(names(`Het is ondertekend door ${initials(40)} Jansen.`)).not.toContain(`${initials(40)} Jansen`);
    expect(names('De brief is van mr. dr. prof. ir. H.M. de Jonge.')).toEqual(['H.M. de Jonge']);
  });

  it('reads runs of initials and titles in linear time', () => {
    for (const unit of ['A.B.C.D.E.F.G.H.', 'A. B. C. D. ', 'Th.Chr.IJ.', 'mr. dr. ', 'Mr. A. ']) {
      const ratios = stepGrowth(
        (size) => built(unit, size),
        (text) => extract(text, CONTEXT),
        [10_000, 100_000],
        LINEAR_BOUND,
        2,
      );
      for (const ratio of ratios) expect(ratio, unit).toBeLessThan(LINEAR_BOUND);
    }
  }, 60_000);

  it('trims a key as before: the trailing punctuation and white space only', () => {
    expect(nameKey('De Nederlandsche Bank, ')).toBe('nederlandsche bank');
    expect(nameKey('Raad van State.;: ')).toBe('raad van state');
    expect(nameKey('a , b , c')).toBe('a , b , c');
    expect(officeKeyOf('De Minister van Financiën,\u00a0 ')).toBe(officeKeyOf('minister van financiën'));
    expect(trimEndWhere('x,, ,', /[,\s]/)).toBe('x');
    expect(trimEndWhere(',,,', /,/)).toBe('');
  });

  it('makes the key of a name or role with a long run of punctuation inside in linear time', () => {
    const inner = (size: number) => `Raad${built(' ,.', size)}van State`;
    for (const ratio of stepGrowth(inner, nameKey, SIZES)) expect(ratio).toBeLessThan(LINEAR_BOUND);
    for (const ratio of stepGrowth(inner, officeKeyOf, SIZES)) expect(ratio).toBeLessThan(LINEAR_BOUND);
  }, 60_000);
});
