// Publications named as the papers cite them, so a minister's letters differ under "Ook in".
import { describe, expect, it } from 'vitest';
import { citationForm, vergaderjaarOf } from '@/lib/ui/citation-form';

describe('vergaderjaarOf', () => {
  it('starts a vergaderjaar on Prinsjesdag, the third Tuesday of September', () => {
    expect(vergaderjaarOf('2022-11-23')).toBe('2022/23');
    expect(vergaderjaarOf('2022-09-19')).toBe('2021/22'); // the Monday before Prinsjesdag 2022
    expect(vergaderjaarOf('2022-09-20')).toBe('2022/23');
    expect(vergaderjaarOf('1999-12-01')).toBe('1999/00');
  });

  it('needs a whole date', () => {
    expect(vergaderjaarOf('2022-11')).toBeNull();
    expect(vergaderjaarOf('2022')).toBeNull();
    expect(vergaderjaarOf(null)).toBeNull();
    expect(vergaderjaarOf('2022-02-31')).toBeNull();
  });
});

describe('citationForm', () => {
  it('writes a Kamerstuk with chamber, vergaderjaar, dossier and number', () => {
    expect(citationForm({ id: 'kst-21501-02-2553', date: '2022-11-23', dossier: ['21501-02'] })).toBe(
      'Kamerstukken II 2022/23, 21501-02, nr. 2553',
    );
    expect(citationForm({ id: 'kst-35300-VII-113', date: '2020-06-10' })).toBe('Kamerstukken II 2019/20, 35300-VII, nr. 113');
    expect(citationForm({ id: 'kst-36045-55', date: null })).toBe('Kamerstukken II, 36045, nr. 55');
  });

  it('writes an Eerste Kamer paper, numbered by letters, without "nr."', () => {
    expect(citationForm({ id: 'kst-35261-B', date: '2020-03-03' })).toBe('Kamerstukken I 2019/20, 35261, B');
  });

  it('writes Handelingen and Aanhangsel from the vergaderjaar in their id', () => {
    expect(citationForm({ id: 'h-tk-20232024-4-26', date: null })).toBe('Handelingen II 2023/24, nr. 4, item 26');
    expect(citationForm({ id: 'h-ek-20122013-29-1', date: '2013-04-16' })).toBe('Handelingen I 2012/13, nr. 29, item 1');
    expect(citationForm({ id: 'ah-tk-20142015-1365', date: null })).toBe('Aanhangsel Handelingen II 2014/15, nr. 1365');
  });

  it('writes the gazettes by their abbreviation, year and number', () => {
    expect(citationForm({ id: 'stcrt-2021-7182', date: '2021-02-12' })).toBe('Stcrt. 2021, 7182');
    expect(citationForm({ id: 'gmb-2022-128914', date: null })).toBe('Gmb. 2022, 128914');
    expect(citationForm({ id: 'stb-1996-89', date: null })).toBe('Stb. 1996, 89');
  });

  it('gives null for an id of no kind cited this way', () => {
    expect(citationForm({ id: 'd', date: null })).toBeNull();
    expect(citationForm({ id: 'abc-2020-1', date: null })).toBeNull();
  });
});
