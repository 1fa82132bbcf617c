// Resolving dates against the document date R (EXTRACTION.md, "Dates"): explicit years, jl., a.s.,
// weekdays, the paragraph's year, the vergaderjaar, nearest R, "op dezelfde dag", and no R at all.
import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from '@/lib/extract/dates';
import { tokenize } from '@/lib/extract/tokens';

function dates(text: string, documentDate: string | null, session: string | null = null): DateMention[] {
  return findDates(tokenize(text), { documentDate, session });
}

const values = (text: string, documentDate: string | null, session: string | null = null): (string | null)[] =>
  dates(text, documentDate, session).map((d) => d.value);

describe('jl. and a.s.', () => {
  it('takes the latest such date on or before R for jl.', () => {
    const [d] = dates('Op zondag 2 oktober jl. circuleerde een video', '2022-11-23');
    expect(d).toMatchObject({ value: '2022-10-02', cue: 'jl.', weekdayMismatch: false });
    expect(d?.resolution).toBe('"jl." → de laatste 2 oktober vóór 23 november 2022');
  });

  it('crosses the year boundary: "15 december jl." in a letter of 1 July 2023 is 2022-12-15', () => {
    expect(values('Op 15 december jl. besloot de Raad', '2023-07-01')).toEqual(['2022-12-15']);
    expect(values('bij brief van 26 maart j.l. en 3 mei jongstleden', '2019-06-14')).toEqual(['2019-03-26', '2019-05-03']);
  });

  it('finds the last 29 februari before R', () => {
    expect(values('29 februari jl.', '2023-07-01')).toEqual(['2020-02-29']);
  });

  it('takes the earliest such date on or after R for a.s.', () => {
    expect(values('De stemmingen zijn op dinsdag 4 juli a.s.', '2023-07-01')).toEqual(['2023-07-04']);
    expect(values('op 3 januari aanstaande', '2022-12-20')).toEqual(['2023-01-03']);
    expect(dates('vóór 1 oktober a.s.', '2023-07-01')[0]).toMatchObject({ value: '2023-10-01', cue: 'a.s.' });
  });

  it('reads "maart jl." as a month', () => {
    expect(values('in maart jl.', '2023-02-01')).toEqual(['2022-03']);
  });
});

describe('weekdays', () => {
  it('a weekday without a year picks the year where it fits, nearest R', () => {
    expect(dates('Op maandag 23 januari vond de Raad plaats', '2023-07-01')[0]).toMatchObject({ value: '2023-01-23', cue: 'weekday' });
    expect(values('op zaterdag 23 januari', '2023-07-01')).toEqual(['2021-01-23']);
  });

  it('keeps a date whose weekday contradicts its explicit year, and flags it', () => {
    const [d] = dates('op maandag 2 oktober 2022', '2022-11-23');
    expect(d).toMatchObject({ value: '2022-10-02', cue: 'explicit', weekdayMismatch: true });
    expect(d?.resolution).toMatch(/zondag, geen maandag/);
  });

  it('flags a weekday that does not fit a jl. date', () => {
    expect(dates('op maandag 2 oktober jl.', '2022-11-23')[0]).toMatchObject({ value: '2022-10-02', weekdayMismatch: true });
  });

  it('prefers the paragraph year when the weekday fits it', () => {
    expect(values('In 2019 was het zover. Op maandag 7 oktober sprak ik hem.', '2023-01-05')).toEqual(['2019', '2019-10-07']);
  });
});

describe('dates without a year', () => {
  it('a bare day takes the year of the last resolved date in its paragraph', () => {
    expect(values('Op 2 oktober 2019 begon het. Op 3 oktober kwam de reactie.', '2022-11-23')).toEqual(['2019-10-02', '2019-10-03']);
    expect(values('In 2019 gebeurde het. Op 3 oktober', '2022-11-23')).toEqual(['2019', '2019-10-03']);
  });

  it('goes into the next year when that is nearer the paragraph date ("28 december 2022 … 10 januari")', () => {
    expect(values('Op 28 december 2022 schreef ik, op 10 januari kwam het antwoord.', '2023-06-01')).toEqual(['2022-12-28', '2023-01-10']);
  });

  it('forgets the paragraph year at a line break', () => {
    expect(values('Op 2 oktober 2019 begon het.\nOp 3 oktober kwam de reactie.', '2022-11-23')).toEqual(['2019-10-02', '2022-10-03']);
  });

  it('else takes the date nearest R, the past preferred', () => {
    expect(values('28 december', '2023-01-05')).toEqual(['2022-12-28']);
    expect(values('10 januari', '2023-01-05')).toEqual(['2023-01-10']);
    expect(values('1 november', '2023-03-01')).toEqual(['2022-11-01']);
    expect(values('1 juni', '2023-03-01')).toEqual(['2023-06-01']);
    expect(dates('3 oktober', '2022-11-23')[0]?.cue).toBe('nearest');
  });

  it('places days and months of a Handelingen document without a date inside its vergaderjaar', () => {
    expect(dates('(CD d.d. 25/09)', null, '2023–2024')[0]).toMatchObject({ value: '2023-09-25', cue: 'session' });
    expect(values('Op 15 maart', null, '2023–2024')).toEqual(['2024-03-15']);
    expect(values('(CD d.d. 25/09) Op 26 oktober is het Klimaatdag.', null, '2023–2024')).toEqual(['2023-09-25', '2023-10-26']);
    expect(dates('in oktober', null, '2023–2024')[0]).toMatchObject({ value: '2023-10', cue: 'session' });
  });

  it('reads a quarter without a year in the year of R, and "vorig jaar" from R', () => {
    expect(dates('in het tweede kwartaal', '2023-02-01')[0]).toMatchObject({ value: '2023', part: 'Q2' });
    expect(dates('het najaar van vorig jaar', '2023-02-01')[0]).toMatchObject({ value: '2022', part: 'najaar', cue: 'relative' });
    expect(values('in september vorig jaar en eind volgend jaar', '2023-02-01')).toEqual(['2022-09', '2024']);
  });
});

describe('op dezelfde dag', () => {
  it('takes the last resolved day', () => {
    const found = dates('tijdens een persconferentie op 3 oktober. Het OM heeft op dezelfde dag een onderzoek aangekondigd.', '2022-11-23');
    expect(found.map((d) => [d.text, d.value, d.cue])).toEqual([
      ['3 oktober', '2022-10-03', 'nearest'],
      ['op dezelfde dag', '2022-10-03', 'same-day'],
    ]);
  });

  it('also after a line break, and for "diezelfde dag" and "de dag erna"', () => {
    expect(values('bij brief van 18 april jl.\nOp diezelfde dag kwam het verzoek, de dag erna het antwoord.', '2019-06-14')).toEqual([
      '2019-04-18',
      '2019-04-18',
      '2019-04-19',
    ]);
  });

  it('stays unresolved when no day came before', () => {
    expect(dates('Op dezelfde dag', '2022-11-23')[0]).toMatchObject({ value: null, cue: 'unresolved' });
  });
});

describe('no document date', () => {
  it('keeps explicit years and leaves the rest unresolved', () => {
    expect(dates('Op 14 mei 2024 en op 3 oktober jl. en op maandag 5 oktober', null).map((d) => [d.value, d.cue])).toEqual([
      ['2024-05-14', 'explicit'],
      ['2024-10-03', 'paragraph'],
      ['2024-10-05', 'paragraph'],
    ]);
    expect(dates('op 3 oktober jl.', null)[0]).toMatchObject({ value: null, cue: 'unresolved' });
    expect(dates('in september vorig jaar', null)[0]?.value).toBeNull();
  });
});
