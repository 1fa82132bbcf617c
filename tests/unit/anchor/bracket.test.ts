// The context step: the words the stored prefix and suffix bracket, however much they changed
// (bracketedPlaces), and the text showing the passage deleted, its prefix right against its
// suffix where it was expected (deletedBetweenContext).
import { describe, expect, it } from 'vitest';
import { bracketedPlaces, deletedBetweenContext } from '@/lib/anchor/bracket';
import { describePassage } from '@/lib/anchor/describe';
import { WINDOW } from '@/lib/anchor/regions';
import type { TextQuoteSelector } from '@/lib/notes/note';

const INTRO = 'Geachte voorzitter, hierbij ontvangt u de geannoteerde agenda voor de Raad Buitenlandse Zaken.';
const SENTENCE = 'Het kabinet zet zich in voor een krachtige reactie op de Russische agressie tegen Oekraïne en voor verdere steun.';
const CLOSE = 'Hoogachtend, de minister van Buitenlandse Zaken, W.B. Hoekstra';
const TEXT = [INTRO, SENTENCE, CLOSE].join(' ');

function quoteOn(text: string, words: string): TextQuoteSelector & { start: number } {
  const start = text.indexOf(words);
  const s = describePassage(text, start, start + words.length);
  if (start < 0 || !s) throw new Error(`"${words}" not in the text`);
  return { ...s.quote, start };
}

const all = (text: string) => [{ start: 0, end: text.length }];
const words = (text: string, places: ReadonlyArray<{ start: number; end: number }>) => places.map((p) => text.slice(p.start, p.end));

describe('bracketedPlaces', () => {
  it('finds the words of a short passage that had words put into it, between its context', () => {
    const q = quoteOn(TEXT, 'krachtige reactie');
    const revised = TEXT.replace('krachtige reactie', 'krachtige en eensgezinde reactie');
    const places = bracketedPlaces(revised, q, all(revised));
    expect(words(revised, places)).toEqual(['krachtige en eensgezinde reactie']);
    expect(places[0]?.wording).toBeCloseTo(4 / 6, 10);
    expect(places[0]?.quote).toBeGreaterThanOrEqual(places[0]?.wording ?? 1);
  });

  it('finds a rewritten passage, with little of its wording kept', () => {
    const q = quoteOn(TEXT, 'krachtige reactie op de Russische agressie');
    const revised = TEXT.replace('krachtige reactie op de Russische agressie', 'stevig antwoord op het Russisch geweld');
    const [place, ...rest] = bracketedPlaces(revised, q, all(revised));
    expect(rest).toEqual([]);
    expect(revised.slice(place?.start, place?.end)).toBe('stevig antwoord op het Russisch geweld');
    expect(place?.wording).toBeCloseTo(2 / 12, 10);
  });

  it('rates a word spelt otherwise by its characters, where the word measure sees a word lost', () => {
    const q = quoteOn(TEXT, 'krachtige reactie');
    const revised = TEXT.replace('krachtige reactie', 'krachtiger reactie');
    const [place] = bracketedPlaces(revised, q, all(revised));
    expect(place?.wording).toBeCloseTo(2 / 4, 10);
    expect(place?.quote).toBeCloseTo(1 - 1 / 18, 10);
  });

  it('is no place when the words between hold the exact quote: that is an insertion against the passage', () => {
    const q = quoteOn(TEXT, 'krachtige reactie');
    const revised = TEXT.replace('krachtige reactie', 'krachtige reactie, snel en door heel Europa gedragen,');
    expect(bracketedPlaces(revised, q, all(revised))).toEqual([]);
  });

  it('is no place when the context brackets far more than the quote, or under half of a long one', () => {
    const q = quoteOn(TEXT, 'krachtige reactie op de Russische agressie');
    const longer = TEXT.replace('krachtige reactie op de Russische agressie', 'x '.repeat(90).trim());
    expect(bracketedPlaces(longer, q, all(longer))).toEqual([]);
    const long = 'zet zich in voor een krachtige reactie op de Russische agressie tegen Oekraïne en voor verdere steun';
    const ql = quoteOn(TEXT, long);
    const half = TEXT.replace(long, 'zet zich in voor een krachtige reactie op de');
    expect(bracketedPlaces(half, ql, all(half))).toEqual([]);
  });

  it('brackets a short passage that lost a few words, however short the quote', () => {
    const q = quoteOn(TEXT, 'krachtige reactie op de Russische agressie');
    const shorter = TEXT.replace('krachtige reactie op de Russische agressie', 'reactie op de');
    expect(words(shorter, bracketedPlaces(shorter, q, all(shorter)))).toEqual(['reactie op de']);
  });

  it('brackets no shorter part of a list whose items begin as the suffix does: only a few words may have gone', () => {
    const item = (n: number) => `– de brief van de staatssecretaris over het archief nummer ${n} en de inspectie daarvan;`;
    const list = `Aan de orde zijn:\n${[1, 2, 3, 4].map(item).join('\n')}\nEinde van de lijst.`;
    const passage = [1, 2, 3].map(item).join('\n');
    const q = quoteOn(list, passage);
    expect(q.suffix.startsWith('\n– de brief van')).toBe(true);
    // A number put before the next item: the suffix's start now only follows the passage's own first items.
    const numbered = list.replace(`\n${item(4)}`, `\n4. ${item(4)}`);
    expect(bracketedPlaces(numbered, q, all(numbered))).toEqual([]);
  });

  it('brackets a passage that began the text from the text’s start', () => {
    const q = quoteOn(TEXT, 'Geachte voorzitter,');
    expect(q.prefix).toBe('');
    const revised = TEXT.replace('Geachte voorzitter,', 'Geachte mevrouw de voorzitter,');
    const places = bracketedPlaces(revised, q, all(revised));
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ start: 0, end: 'Geachte mevrouw de voorzitter,'.length });
    expect(places[0]?.wording).toBeCloseTo(4 / 6, 10);
  });

  it('brackets a passage that ended the text to the text’s end', () => {
    const q = quoteOn(TEXT, 'W.B. Hoekstra');
    expect(q.suffix).toBe('');
    const revised = TEXT.replace('W.B. Hoekstra', 'Wopke B. Hoekstra');
    const places = bracketedPlaces(revised, q, all(revised));
    expect(words(revised, places)).toEqual(['Wopke B. Hoekstra']);
    expect(places[0]?.end).toBe(revised.length);
  });

  it('says nothing when a side’s context is too short, or when the quote was the whole text', () => {
    const short: TextQuoteSelector = {
      type: 'TextQuoteSelector',
      exact: 'krachtige reactie',
      prefix: 'een ',
      suffix: ' op de Russische agressie',
    };
    expect(bracketedPlaces(TEXT, short, all(TEXT))).toEqual([]);
    const whole: TextQuoteSelector = { type: 'TextQuoteSelector', exact: 'Ja.', prefix: '', suffix: '' };
    expect(bracketedPlaces('Nee.', whole, all('Nee.'))).toEqual([]);
  });

  it('looks only in the spans it is given', () => {
    const q = quoteOn(TEXT, 'krachtige reactie');
    const revised = TEXT.replace('krachtige reactie', 'krachtige en eensgezinde reactie');
    const at = revised.indexOf('krachtige en');
    expect(bracketedPlaces(revised, q, [{ start: 0, end: at - 100 }])).toEqual([]);
    expect(bracketedPlaces(revised, q, [{ start: at - 40, end: at + 40 }])).toHaveLength(1);
  });
});

describe('deletedBetweenContext', () => {
  const elsewhere = { start: 3, end: 10, placeHasPrefix: false };

  it('is true when the prefix stands right against the suffix where the passage was expected', () => {
    const q = quoteOn(TEXT, 'krachtige reactie');
    const oneSpace = TEXT.replace('krachtige reactie ', '');
    expect(deletedBetweenContext(oneSpace, q, q.start, elsewhere)).toBe(true);
    const twoSpaces = TEXT.replace('krachtige reactie', '');
    expect(deletedBetweenContext(twoSpaces, q, q.start, elsewhere)).toBe(true);
    expect(deletedBetweenContext(oneSpace, q, q.start + WINDOW - 100, elsewhere)).toBe(true);
    expect(deletedBetweenContext(oneSpace, q, null, elsewhere)).toBe(true);
  });

  it('is false when the passage is still there, or its context changed too', () => {
    const q = quoteOn(TEXT, 'krachtige reactie');
    expect(deletedBetweenContext(TEXT, q, q.start, elsewhere)).toBe(false);
    const both = TEXT.replace('voor een krachtige reactie op', 'voor op');
    expect(deletedBetweenContext(both, q, q.start, elsewhere)).toBe(false);
  });

  it('is false when the joined context lies more than WINDOW from where the passage was expected', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `Regel ${i} van de bijlage.`).join(' ');
    const text = `${TEXT} ${filler}`;
    const q = quoteOn(text, 'krachtige reactie');
    const deleted = text.replace('krachtige reactie ', '');
    expect(deletedBetweenContext(deleted, q, q.start + WINDOW + 200, elsewhere)).toBe(false);
    expect(deletedBetweenContext(deleted, q, q.start + WINDOW - 200, elsewhere)).toBe(true);
  });

  it('is false at a place whose whole prefix agrees right there: a quote that begins like its suffix', () => {
    const text = `${INTRO} Het kabinet vraagt om een reactie van de EU. een reactie van de NAVO. Tot slot.`;
    const q = quoteOn(text, 'een reactie van de EU.');
    expect(q.suffix.startsWith(' een reactie van')).toBe(true);
    const place = { start: q.start, end: q.start + q.exact.length };
    expect(deletedBetweenContext(text, q, q.start, { ...place, placeHasPrefix: true })).toBe(false);
    expect(deletedBetweenContext(text, q, q.start, { ...place, placeHasPrefix: false })).toBe(true);
  });

  it('says nothing when a side’s context is too short to be looked for', () => {
    const q: TextQuoteSelector = { type: 'TextQuoteSelector', exact: 'krachtige reactie', prefix: 'een ', suffix: ' op de Russische' };
    expect(deletedBetweenContext('voor een op de Russische agressie', q, 0, elsewhere)).toBe(false);
  });
});
