// findReferences: every citation form of SITE.md resolved to a site id, the space and dash
// variants of real pages, and the look-alikes that are not citations.
import { describe, expect, it } from 'vitest';
import { vergaderjaarKey } from '@/lib/extract/citation-ids';
import { findReferences } from '@/lib/extract/references';

const targets = (text: string) => findReferences(text).map((r) => r.target);
const pairs = (text: string) => findReferences(text).map((r) => [r.text, r.target]);

describe('Kamerstukken', () => {
  it.each([
    ['Kamerstuk 21 501-02, nr. 2535', 'kst-21501-02-2535'],
    ['(Kamerstuk 35 165, nr. 2)', 'kst-35165-2'],
    ['Kamerstukken II 2001/02, 28 000 VI, nr. 46', 'kst-28000-VI-46'],
    ['Kamerstukken II 2001/02 28 000 VI nr. 46', 'kst-28000-VI-46'],
    ['Kamerstukken II, 1998–1999, 26 387, nr. 1', 'kst-26387-1'],
    ['zie 36 800 XIV, nr. 80.', 'kst-36800-XIV-80'],
    ['eerder (25 764, nr. 4).', 'kst-25764-4'],
    ['Kamerstukken I, 2019/20, 35 261, B.', 'kst-35261-B'],
    ['Kamerstuk 37020-IX nr. 40', 'kst-37020-IX-40'],
    ['Kamerstukken II 2023/24, 36.496, nr. 54', 'kst-36496-54'],
    ['Bijl. Hand. II 1998/99, 26 387, nr. 1', 'kst-26387-1'],
    ['Kamerstuk 36 200 A, nr. 5', 'kst-36200-A-5'],
    ['15Kamerstukken II 2019/20, 35 300 XIV, nr. 41', 'kst-35300-XIV-41'],
    // The Eerste Kamer's Handelingen name a motion's letter as such.
    ['over het opzeggen van verdragen (33750, letter C);', 'kst-33750-C'],
    ['(33 750 VI, letter AB)', 'kst-33750-VI-AB'],
  ])('%s → %s', (text, target) => {
    expect(targets(text)).toEqual([target]);
  });

  it('takes "letter" only before a letter, never before a number or a word', () => {
    expect(targets('(33750, letter 5)')).toEqual([]);
    expect(targets('33750, letter Aan de Kamer')).toEqual([]);
    expect(pairs('de motie (33750, letter H).')).toEqual([['33750, letter H', 'kst-33750-H']]);
  });

  it('keeps the citation as printed, with its offsets and its URL', () => {
    const text = 'Tijdens het debat (Kamerstuk 21 501-02, nr. 2535) heb ik toegezegd';
    const [ref] = findReferences(text);
    expect(ref).toEqual({
      text: 'Kamerstuk 21 501-02, nr. 2535',
      target: 'kst-21501-02-2535',
      url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2535.html',
      mention: { start: 19, end: 48, text: 'Kamerstuk 21 501-02, nr. 2535' },
    });
    expect(text.slice(ref?.mention.start, ref?.mention.end)).toBe(ref?.text);
  });

  it('gives every number of a list its own reference', () => {
    expect(pairs('Kamerstukken II 2019/20, 29 754, nrs. 520 en 548')).toEqual([
      ['Kamerstukken II 2019/20, 29 754, nrs. 520', 'kst-29754-520'],
      ['548', 'kst-29754-548'],
    ]);
    expect(targets('(Kamerstuk 35 165, nr. 2 en nr. 7)')).toEqual(['kst-35165-2', 'kst-35165-7']);
    expect(targets('(Kamerstuk 21 501-02, nr. 2535 en 2540)')).toEqual(['kst-21501-02-2535', 'kst-21501-02-2540']);
    expect(targets('Kamerstukken 36 600 VII, nrs. 10, 12 en 14')).toEqual(['kst-36600-VII-10', 'kst-36600-VII-12', 'kst-36600-VII-14']);
  });

  it('does not read a year or a day after a single number as another number', () => {
    expect(targets('Kamerstuk 35 165, nr. 2, 2019')).toEqual(['kst-35165-2']);
    expect(targets('(Kamerstuk 35 165, nr. 2 en 3 juni)')).toEqual(['kst-35165-2']);
    expect(targets('Kamerstuk 35 165, nr. 2 en 3 andere stukken')).toEqual(['kst-35165-2']);
  });

  it('keeps a rijkswet citation without a target (its id form is not known)', () => {
    expect(pairs('Kamerstuk 35 099 (R2115), nr. 3')).toEqual([['Kamerstuk 35 099 (R2115), nr. 3', null]]);
  });

  it('finds a bare dossier whose "nr." comes after the longest suffix and rijkswet (the start scan looks that far)', () => {
    expect(pairs('zie 36 200-XVIII (R1234), nr. 7 en verder')).toEqual([['36 200-XVIII (R1234), nr. 7', null]]);
    expect(targets('zie 36 200-XVIII, nr. 7 en verder')).toEqual(['kst-36200-XVIII-7']);
  });
});

describe('motion lists and written ids', () => {
  it('gives each item of a motion list its own reference', () => {
    const text = 'de volgende moties opnieuw aan te houden: 35925-32; 35570-XIV-46; 21501-32-1188; 35000-26.';
    expect(pairs(text)).toEqual([
      ['35925-32', 'kst-35925-32'],
      ['35570-XIV-46', 'kst-35570-XIV-46'],
      ['21501-32-1188', 'kst-21501-32-1188'],
      ['35000-26', 'kst-35000-26'],
    ]);
  });

  it('takes a lone two-part id only after a cue, a three-part id always', () => {
    expect(targets('de motie 35925-32 is aangehouden')).toEqual(['kst-35925-32']);
    expect(targets('(Kamerstuk 21501-32-1740)')).toEqual(['kst-21501-32-1740']);
    expect(targets('een rapport 21501-32-1703 over glasaal')).toEqual(['kst-21501-32-1703']);
    expect(targets('kenmerk 35925-32 in de brief')).toEqual([]);
  });

  it('does not read a dossier with its sub-number as a stuk', () => {
    expect(targets('Kamerstuk 21 501-20 over de Europese Raad')).toEqual([]);
    expect(targets('de dossiers 21 501-02; 21 501-20')).toEqual([]);
  });

  it('reads site ids and addresses of the site', () => {
    expect(pairs('zie https://zoek.officielebekendmakingen.nl/kst-33849-3.html en kst-35570-XIV-46.')).toEqual([
      ['https://zoek.officielebekendmakingen.nl/kst-33849-3.html', 'kst-33849-3'],
      ['kst-35570-XIV-46', 'kst-35570-XIV-46'],
    ]);
    expect(targets('https://zoek.officielebekendmakingen.nl/dossier/h-tk-20232024-4-26.html')).toEqual(['h-tk-20232024-4-26']);
    expect(targets('de tekst-35 en ah-tk-x')).toEqual([]);
  });
});

describe('Handelingen and Aanhangsel', () => {
  it.each([
    ['Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028', 'ah-tk-20242025-1028'],
    ['Zie ook Aanhangsel der Handelingen, vergaderjaar 2006–2007, nr. 520.', 'ah-tk-20062007-520'],
    ['Aanhangsel Handelingen II 2019/20, nr. 89', 'ah-tk-20192020-89'],
    ['Aanhangsel Handelingen Tweede Kamer 2019/20, nr. 89', 'ah-tk-20192020-89'],
    ['Aanhangsel Handelingen I 2019/20, nr. 12', 'ah-ek-20192020-12'],
    ['Aanhangsel van de Handelingen, Eerste Kamer, 1999/00, nr. 3', 'ah-ek-19992000-3'],
    ['Handelingen II 2016/17, nr. 60, item 7', 'h-tk-20162017-60-7'],
    ['Handelingen I 2019-2020, nr. 12, item 5', 'h-ek-20192020-12-5'],
  ])('%s → %s', (text, target) => {
    expect(targets(text)).toEqual([target]);
  });

  it('keeps a citation without an id: a Handelingen number without item, a page', () => {
    expect(pairs('Handelingen II 2016/17, nr. 60')).toEqual([['Handelingen II 2016/17, nr. 60', null]]);
    expect(findReferences('Handelingen II 2008/09, blz. 2345–2350')).toEqual([
      {
        text: 'Handelingen II 2008/09, blz. 2345–2350',
        target: null,
        url: null,
        mention: { start: 0, end: 38, text: 'Handelingen II 2008/09, blz. 2345–2350' },
      },
    ]);
  });

  it('reads an Aanhangsel after a Kamerstuk list without mixing the two', () => {
    expect(targets('Kamerstukken II 2019/20, 29 754, nrs. 520 en 548 en Aanhangsel Handelingen II 2019/20, nr. 89')).toEqual([
      'kst-29754-520',
      'kst-29754-548',
      'ah-tk-20192020-89',
    ]);
  });

  it('forms vergaderjaren across a century', () => {
    expect(vergaderjaarKey('1999', '00')).toBe('19992000');
    expect(vergaderjaarKey('2001', '02')).toBe('20012002');
    expect(vergaderjaarKey('2024', '2025')).toBe('20242025');
    expect(vergaderjaarKey('2024', undefined)).toBeNull();
    expect(vergaderjaarKey('2024', '2027')).toBeNull();
  });
});

describe('gazettes', () => {
  it.each([
    ['Stb. 2019, 143', 'stb-2019-143'],
    ['Staatsblad 2019, 143', 'stb-2019-143'],
    ['Staatsblad 2019, nr. 143', 'stb-2019-143'],
    ['Stcrt. 2020, 12345', 'stcrt-2020-12345'],
    ['Staatscourant 2020 nr. 12345', 'stcrt-2020-12345'],
    ['Trb. 2009, 116', 'trb-2009-116'],
    ['Tractatenblad 2009, 116', 'trb-2009-116'],
    ['Gemeenteblad 2025, 548487', 'gmb-2025-548487'],
  ])('%s → %s', (text, target) => {
    expect(targets(text)).toEqual([target]);
  });

  it('wants a comma or "nr." between year and number', () => {
    expect(targets('in de Staatscourant 2020 12 gemeenten')).toEqual([]);
  });
});

describe('spaces and dashes of real pages', () => {
  it.each([
    ['no-break space', 'Kamerstuk 21\u00a0501-02, nr.\u00a02535'],
    ['thin space', 'Kamerstuk 21\u2009501-02, nr. 2535'],
    ['narrow no-break space', 'Kamerstuk 21\u202f501-02, nr.\u202f2535'],
    ['en dash', 'Kamerstuk 21 501–02, nr. 2535'],
    ['non-breaking hyphen', 'Kamerstuk 21 501\u201102, nr. 2535'],
  ])('reads a %s inside the number', (_name, text) => {
    expect(targets(text)).toEqual(['kst-21501-02-2535']);
  });

  it('reads no-break spaces and en dashes in Aanhangsel, Handelingen, gazettes and motion lists', () => {
    expect(targets('Aanhangsel Handelingen, vergaderjaar 2024\u20132025, nr.\u00a01028')).toEqual(['ah-tk-20242025-1028']);
    expect(targets('Handelingen II 2016\u2009/\u200917, nr.\u00a060, item\u00a07')).toEqual(['h-tk-20162017-60-7']);
    expect(targets('Stb.\u00a02019, 143')).toEqual(['stb-2019-143']);
    expect(targets('moties 35570\u2013XIV\u201346; 21501\u201332\u20131188')).toEqual(['kst-35570-XIV-46', 'kst-21501-32-1188']);
    expect(targets('36\u00a0800 XIV, nr. 80')).toEqual(['kst-36800-XIV-80']);
  });
});

describe('look-alikes that are not citations', () => {
  it.each([
    ['a date', 'het tweeminutendebat (CD d.d. 25/09) en 25-09-2023'],
    ['an amount', 'een bedrag van € 25 764 en 1,5 mld.'],
    ['years', 'in 2019 en 2020, en vergaderjaar 2022–2023'],
    ['"Kamerstuk" without number', 'Dit Kamerstuk en de Kamerstukken worden besproken.'],
    ['a dossier heading line', '21 501-02\nRaad Algemene Zaken en Raad Buitenlandse Zaken\nNr. 2553 BRIEF VAN DE MINISTER'],
    ['a dossier heading on one line', '21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken'],
    ['a heading with its number', '35 165 Nr. 9 BRIEF VAN DE MINISTER'],
    ['a dossier and a number on two lines', '35 165\nnr. 9'],
    ['a phone number', 'bel 070-3456789 of 06-12345678'],
    ['a Handelingen year alone', 'zoals in de Handelingen 2016 staat'],
    ['a Kamerstuk with an initial', 'Kamerstuk 35 165, W.B. Hoekstra'],
    ['a long number', '12345678, nr. 123456'],
  ])('%s', (_name, text) => {
    expect(findReferences(text)).toEqual([]);
  });
});

describe('repeats', () => {
  const text =
    'Kamerstuk 35 165, nr. 2 … zie ook https://zoek.officielebekendmakingen.nl/kst-35165-2.html en Handelingen II 2016/17, nr. 60 en Handelingen II 2016/17, nr. 60';

  it('lists a cited publication once, at its first mention', () => {
    expect(pairs(text)).toEqual([
      ['Kamerstuk 35 165, nr. 2', 'kst-35165-2'],
      ['Handelingen II 2016/17, nr. 60', null],
    ]);
  });

  it('keeps every occurrence when asked', () => {
    const refs = findReferences(text, { repeats: true });
    expect(refs.map((r) => r.target)).toEqual(['kst-35165-2', 'kst-35165-2', null, null]);
    for (const r of refs) expect(text.slice(r.mention.start, r.mention.end)).toBe(r.mention.text);
  });
});
