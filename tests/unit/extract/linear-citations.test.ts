// The citation patterns on text made to slow them, up to a million characters (the citation
// finder alone is cheap enough for that): site ids glued to a word or ending in "-" or "_" once
// made the site-id pattern read the token to its end again from each "kst" in it. And a text with
// more citations than a call takes arguments: they were added with `push(...found)`, which threw a
// RangeError and left the page without any citation.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/extract';
import { findReferences } from '@/lib/extract/references';
import { ADVERSARIAL_TEXT, LINEAR_BOUND, SIZES, stepGrowth } from '@/tests/unit/linear-time';

const CITATIONS = [
  'site ids without a break',
  'site ids ending in a dash',
  'site ids ending in an underscore',
  'an address with a long path',
  'a list of numbers',
  'citations without a break',
  'dates without a break',
  'hyphenated ids',
  'hyphenated ids without a break',
  'digits',
  'dots',
];

describe('the citation patterns on text made to slow them', () => {
  it.each(CITATIONS)(
    'find the citations in %s in linear time, up to a million characters',
    (name) => {
      const make = ADVERSARIAL_TEXT[name] as (size: number) => string;
      for (const ratio of stepGrowth(make, (text) => findReferences(text, { repeats: true }), SIZES))
        expect(ratio).toBeLessThan(LINEAR_BOUND);
    },
    60_000,
  );

  it('read a site id that is one long token as no id, and still read one of the usual length', () => {
    expect(findReferences(`zie ${'kst-1'.repeat(20_000)} en kst-35570-XIV-46.`).map((r) => r.target)).toEqual(['kst-35570-XIV-46']);
    expect(findReferences('https://zoek.officielebekendmakingen.nl/dossier/kst-21501-31-207.html').map((r) => r.mention.text)).toEqual([
      'https://zoek.officielebekendmakingen.nl/dossier/kst-21501-31-207.html',
    ]);
    expect(findReferences('h-tk-19951996-30-2264-2267 en blg-1062435').map((r) => r.target)).toEqual([
      'h-tk-19951996-30-2264-2267',
      'blg-1062435',
    ]);
  });

  it('finds 200,000 citations in one text without a RangeError', () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `35570-XIV-${(i % 9999) + 1}`).join('; ');
    expect(findReferences(ids, { repeats: true })).toHaveLength(200_000);
    const sites = Array.from({ length: 200_000 }, (_, i) => `kst-1-${i + 1}`).join(' ');
    expect(findReferences(sites)).toHaveLength(200_000);
    expect(extract(ids, { documentDate: null, kind: 'parliamentary-paper', letters: [] }).references).toHaveLength(9999);
  }, 60_000);
});
