// Timeline dates: weekday for full dates, month names, years; Dutch unless the browser is English.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstDay, formatEventDate, parseReportDate, uiLanguage } from '@/lib/ui/format-date';
import { speakEnglish } from './english';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatEventDate', () => {
  it('writes full dates with the weekday, in Dutch by default', () => {
    expect(formatEventDate('2022-10-02')).toBe('zondag 2 oktober 2022');
    expect(formatEventDate('2022-11-23')).toBe('woensdag 23 november 2022');
    expect(formatEventDate('2024-02-29')).toBe('donderdag 29 februari 2024');
  });

  it('writes months and years', () => {
    expect(formatEventDate('2022-10')).toBe('oktober 2022');
    expect(formatEventDate('2020')).toBe('2020');
  });

  it('writes English when asked, day before month', () => {
    expect(formatEventDate('2022-10-02', 'en')).toBe('Sunday 2 October 2022');
    expect(formatEventDate('2022-10', 'en')).toBe('October 2022');
    expect(formatEventDate('2020', 'en')).toBe('2020');
  });

  it('follows the browser: English for any English locale, Dutch for the rest', () => {
    expect(uiLanguage()).toBe('nl'); // the fake browser has no i18n
    speakEnglish();
    expect(uiLanguage()).toBe('en');
    expect(formatEventDate('2022-10-02')).toBe('Sunday 2 October 2022');
  });

  it('falls back to Dutch for languages the extension is not written in', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-DE');
    expect(uiLanguage()).toBe('nl');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en_US');
    expect(uiLanguage()).toBe('en');
  });

  it('leaves strings that are not report dates unchanged', () => {
    for (const s of ['2022-02-30', '2022-13', '22-10-02', 'gisteren', '']) expect(formatEventDate(s)).toBe(s);
  });

  it('handles early years without the 1900 shift', () => {
    expect(formatEventDate('0050-01-01', 'en')).toMatch(/ 1 January 50$/);
  });
});

describe('parseReportDate and firstDay', () => {
  it('parses the three forms and rejects impossible dates', () => {
    expect(parseReportDate('2022-10-02')).toEqual({ year: 2022, month: 10, day: 2 });
    expect(parseReportDate('2022-10')).toEqual({ year: 2022, month: 10, day: null });
    expect(parseReportDate('2020')).toEqual({ year: 2020, month: null, day: null });
    expect(parseReportDate('2023-02-29')).toBeNull();
    expect(parseReportDate('2022-00')).toBeNull();
  });

  it('gives the first day a date can mean', () => {
    expect(firstDay('2022-10-02')).toBe('2022-10-02');
    expect(firstDay('2022-10')).toBe('2022-10-01');
    expect(firstDay('2020')).toBe('2020-01-01');
    expect(firstDay(null)).toBeNull();
    expect(firstDay('ooit')).toBeNull();
  });
});

describe('formatFactDate', () => {
  it('writes a day without its weekday, in the interface language', async () => {
    const { formatFactDate } = await import('@/lib/ui/format-date');
    expect(formatFactDate('2022-11-23', 'nl')).toBe('23 november 2022');
    expect(formatFactDate('2022-11-23', 'en')).toBe('23 November 2022');
    expect(formatFactDate('2022-10', 'nl')).toBe('oktober 2022');
  });
});
