// The Dutch date grammar: which phrases are dates, what they say, and what is not a date.
// Resolution against the document date has its own file (dates-resolution.test.ts).
import { describe, expect, it } from 'vitest';
import { findDates, prinsjesdag, sessionOfId, type DateMention } from '@/lib/extract/dates';
import { tokenize } from '@/lib/extract/tokens';

function dates(text: string, documentDate: string | null = null, session: string | null = null): DateMention[] {
  const found = findDates(tokenize(text), { documentDate, session });
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}

const one = (text: string, documentDate: string | null = null): DateMention => {
  const found = dates(text, documentDate);
  expect(found.map((d) => d.text)).toHaveLength(1);
  return found[0] as DateMention;
};

describe('full dates', () => {
  it.each([
    ['Den Haag, 23 november 2022', '23 november 2022', '2022-11-23'],
    ['VERSLAG VAN 23 JANUARI 2023', '23 JANUARI 2023', '2023-01-23'],
    ['op 3 okt. 2022 besloten', '3 okt. 2022', '2022-10-03'],
    ['op 1e september 2021', '1e september 2021', '2021-09-01'],
    ['Vanaf 1 januari 2024 geldt de Omgevingswet', 'Vanaf 1 januari 2024', '2024-01-01'],
  ])('%s', (text, phrase, value) => {
    const d = one(text);
    expect([d.text, d.value, d.cue, d.periodLabel]).toEqual([phrase, value, 'explicit', false]);
  });

  it('reads dd-mm-yyyy and d/m/yyyy', () => {
    expect(one('gepubliceerd op 06-04-2017.').value).toBe('2017-04-06');
    expect(one('gepubliceerd op 6/4/2017.').value).toBe('2017-04-06');
  });

  it('reads ISO dates', () => {
    expect(one('Datum ondertekening 2017-04-03').value).toBe('2017-04-03');
  });

  it('keeps a date that does not exist, without a value', () => {
    const d = one('op 31-04-2017');
    expect(d.value).toBeNull();
    expect(d.resolution).toMatch(/bestaat niet/);
  });
});

describe('ranges', () => {
  it.each([
    ['de top van 12–14 oktober 2022', '12–14 oktober 2022', '2022-10-12', '2022-10-14'],
    ['van 12 t/m 14 oktober 2022', '12 t/m 14 oktober 2022', '2022-10-12', '2022-10-14'],
    ['de NAVO-top van 11 en 12 juli 2023', '11 en 12 juli 2023', '2023-07-11', '2023-07-12'],
    ['van 30 september – 2 oktober 2022', '30 september – 2 oktober 2022', '2022-09-30', '2022-10-02'],
    ['van 30 december – 2 januari 2023', '30 december – 2 januari 2023', '2022-12-30', '2023-01-02'],
  ])('%s', (text, phrase, value, until) => {
    const d = one(text);
    expect([d.text, d.value, d.until]).toEqual([phrase, value, until]);
  });

  it('reads a range of years after "in"', () => {
    expect(one('in 2019–2020 gebeurde het')).toMatchObject({ value: '2019', until: '2020' });
  });
});

describe('months, years and parts of years', () => {
  it('reads "month year" as a month', () => {
    expect(one('In juli 2022 heeft de voorzitter getekend')).toMatchObject({ text: 'In juli 2022', value: '2022-07' });
    expect(one('sinds oktober 2022')).toMatchObject({ value: '2022-10' });
  });

  it('reads begin/medio/eind with a month or a year', () => {
    expect(one('begin oktober 2022')).toMatchObject({ value: '2022-10', part: 'begin' });
    expect(one('Medio 2022 startte het')).toMatchObject({ value: '2022', part: 'medio' });
    expect(one('tot eind-2023')).toMatchObject({ value: '2023', part: 'eind' });
  });

  it.each([
    ['in het eerste kwartaal van 2023', 'Q1'],
    ['het derde kwartaal 2022', 'Q3'],
    ['in Q4 2021', 'Q4'],
    ['het laatste kwartaal van 2020', 'Q4'],
    ['de tweede helft van 2024', 'H2'],
  ])('quarter or half year: %s', (text, part) => {
    const d = one(text);
    expect(d.part).toBe(part);
    expect(d.value).toMatch(/^\d{4}$/);
  });

  it.each([
    ['voorjaar 2023', '2023', 'voorjaar'],
    ['in de zomer van 2021', '2021', 'zomer'],
    ['het najaar van 2020', '2020', 'najaar'],
    ['herfst 2019', '2019', 'najaar'],
    ['de winter van 2022', '2022', 'winter'],
  ])('season: %s', (text, value, part) => {
    expect(one(text)).toMatchObject({ value, part });
  });

  it('counts a bare year only after in/sinds/vóór/na/begin/medio/eind', () => {
    expect(dates('In 2019 wordt het herdacht, sinds 2014 bestaat het, vóór 2030 moet het, na 2020 kwam het.').map((d) => d.value)).toEqual([
      '2019',
      '2014',
      '2030',
      '2020',
    ]);
    expect(dates('het Participatiekader 2023 en de EU-prioriteiten voor 2023 en 2024; 2019 was een verkiezingsjaar')).toEqual([]);
  });

  it('reads "van 2020" only as a date that needs a trigger before it', () => {
    expect(one('het trilaterale akkoord van 2020')).toMatchObject({ value: '2020', needsTrigger: true });
    expect(one('In 2020').needsTrigger).toBe(false);
  });

  it('leaves seasons and halves without a year alone', () => {
    expect(dates('voor de zomer informeer ik u; in de tweede helft van de vergadering')).toEqual([]);
  });
});

describe('period labels', () => {
  it.each([
    ['Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028', 'vergaderjaar 2024–2025', '2024', '2025'],
    ['(Kamerstukken II 2001/02, 28 000, nr. 5)', 'Kamerstukken II 2001/02', '2001', '2002'],
    ['Handelingen II 2022/23, nr. 45, item 12', 'Handelingen II 2022/23', '2022', '2023'],
    ['Stb. 2019, 143', 'Stb. 2019', '2019', null],
    ['Trb. 2009, 116', 'Trb. 2009', '2009', null],
    ['de begroting 2024', 'begroting 2024', '2024', null],
  ])('%s is a label, not a happening', (text, phrase, value, until) => {
    const d = one(text);
    expect([d.text, d.value, d.until, d.periodLabel, d.cue]).toEqual([phrase, value, until, true, 'label']);
  });
});

describe('what is not a date', () => {
  it.each([
    'Kamerstuk 21 501-02, nr. 2535',
    'moties 35570-XIV-46; 21501-32-1188',
    'een bedrag van 1.000 euro en 2,5 mld.',
    'zie https://euobserver.com/world/2022/10/03/156203',
    'kst-21501-02-2553 en 2023D39037',
    'artikel 3, lid 2, onder a',
    '100 jaar algemeen kiesrecht, 44-dagen oorlog, 11e sanctiepakket',
    'In 20201 werd', // "2020" with a glued footnote "1" in a plain-text page: no year 20201
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('reads a year with a glued footnote number as the year, leaving the number out', () => {
    const d = one('op 3 oktober 20201 werd');
    expect([d.text, d.value]).toEqual(['3 oktober 2020', '2020-10-03']);
  });

  it('reads no-break spaces (the text index turns them into spaces) either way', () => {
    expect(one('op 2 oktober jl.', '2022-11-23').value).toBe('2022-10-02');
    expect(one('op 2\u00a0oktober\u00a0jl.', '2022-11-23').value).toBe('2022-10-02');
  });

  it('never reads a date across a line break', () => {
    const d = one('op 3 oktober\n2020 was een jaar', '2022-01-01');
    expect(d.text).toBe('3 oktober');
  });
});

describe('vergaderjaar of a Handelingen id', () => {
  it('reads the vergaderjaar from h-tk and ah-tk ids', () => {
    expect(sessionOfId('h-tk-20232024-4-26')).toBe('2023–2024');
    expect(sessionOfId('ah-tk-20242025-1028')).toBe('2024–2025');
    expect(sessionOfId('kst-21501-02-2553')).toBeNull();
    expect(sessionOfId(null)).toBeNull();
  });

  it('starts the vergaderjaar on Prinsjesdag, the third Tuesday of September', () => {
    expect(new Date(prinsjesdag(2023) * 86_400_000).toISOString().slice(0, 10)).toBe('2023-09-19');
    expect(new Date(prinsjesdag(2024) * 86_400_000).toISOString().slice(0, 10)).toBe('2024-09-17');
  });
});
