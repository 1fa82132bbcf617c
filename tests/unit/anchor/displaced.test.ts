// Whether a side of the context that disagrees was only pushed away (a sentence or block put
// right against the passage), still touches the passage while the rest was replaced, or is all
// there with a few characters come in (footnote numbers).
import { describe, expect, it } from 'vitest';
import { describePassage } from '@/lib/anchor/describe';
import {
  DISPLACED_WITHIN,
  displacedContext,
  INSERTED,
  interleavedContext,
  REPLACED,
  SLID,
  TOUCHING,
  touchingContext,
} from '@/lib/anchor/displaced';
import { flatten } from '@/lib/anchor/flatten';
import { suffixScore } from '@/lib/anchor/score';
import type { TextQuoteSelector } from '@/lib/notes/note';

const INTRO = 'Geachte voorzitter, hierbij ontvangt u de geannoteerde agenda voor de Raad Buitenlandse Zaken.';
const SENTENCE = 'Het kabinet zet zich in voor een krachtige reactie op de Russische agressie tegen Oekraïne.';
const CLOSE = 'Hoogachtend, de minister van Buitenlandse Zaken, W.B. Hoekstra';
const TEXT = [INTRO, SENTENCE, CLOSE].join(' ');

function quoteOn(text: string, words: string): TextQuoteSelector {
  const start = text.indexOf(words);
  const s = describePassage(text, start, start + words.length);
  if (start < 0 || !s) throw new Error(`"${words}" not in the text`);
  return s.quote;
}

const placeOf = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('displacedContext: the prefix', () => {
  const words = 'Het kabinet zet zich in voor een krachtige reactie';
  const q = quoteOn(TEXT, words);

  it('is pushed away by a sentence put right before the passage', () => {
    const revised = TEXT.replace(SENTENCE, `Een nieuwe zin over de Raad. ${SENTENCE}`);
    expect(displacedContext(revised, revised, q, placeOf(revised, words), 'prefix')).toBe(true);
  });

  it('is not pushed away by words that do not end a sentence', () => {
    const revised = TEXT.replace(SENTENCE, `En verder ${SENTENCE}`);
    expect(displacedContext(revised, revised, q, placeOf(revised, words), 'prefix')).toBe(false);
  });

  it('reads the end of a block from the line breaks of `lines`, not from the flattened text', () => {
    const lines = TEXT.replace(SENTENCE, `\nNieuw kopje zonder punt\n${SENTENCE}`);
    const text = flatten(lines);
    expect(displacedContext(text, lines, q, placeOf(text, words), 'prefix')).toBe(true);
    expect(displacedContext(text, text, q, placeOf(text, words), 'prefix')).toBe(false);
  });

  it('is not pushed away further than DISPLACED_WITHIN', () => {
    const long = `${'Een lange nieuwe alinea die maar doorgaat '.repeat(Math.ceil(DISPLACED_WITHIN / 42))}tot hier.`;
    const revised = TEXT.replace(SENTENCE, `${long} ${SENTENCE}`);
    expect(displacedContext(revised, revised, q, placeOf(revised, words), 'prefix')).toBe(false);
  });

  it('asks for 24 characters of the stored side', () => {
    const revised = TEXT.replace(SENTENCE, `Een nieuwe zin over de Raad. ${SENTENCE}`);
    const short = { ...q, prefix: q.prefix.slice(-23) };
    expect(displacedContext(revised, revised, short, placeOf(revised, words), 'prefix')).toBe(false);
  });
});

describe('displacedContext: the suffix', () => {
  it('is pushed away by a sentence put right after a passage that ends a sentence', () => {
    const q = quoteOn(TEXT, SENTENCE);
    const revised = TEXT.replace(SENTENCE, `${SENTENCE} Een nieuwe zin over de Raad.`);
    expect(displacedContext(revised, revised, q, placeOf(revised, SENTENCE), 'suffix')).toBe(true);
  });

  it('is not pushed away after a passage that ends inside a sentence, unless a block begins there', () => {
    const words = 'een krachtige reactie';
    const q = quoteOn(TEXT, words);
    const inline = TEXT.replace(words, `${words} Nieuwe zin.`);
    expect(displacedContext(inline, inline, q, placeOf(inline, words), 'suffix')).toBe(false);
    const lines = TEXT.replace(words, `${words}\nNieuwe alinea.\n`).replace('\n op de', '\nop de');
    const text = flatten(lines);
    expect(displacedContext(text, lines, q, placeOf(text, words), 'suffix')).toBe(true);
  });
});

describe('touchingContext', () => {
  const words = 'een krachtige reactie';
  const q = quoteOn(TEXT, words);

  it('holds when the side still touches the passage for TOUCHING characters and the rest was replaced', () => {
    const revised = TEXT.replace('Het kabinet zet zich in voor een krachtige', 'Uit de brief: in voor een krachtige');
    const place = placeOf(revised, words);
    expect(q.prefix.slice(-TOUCHING)).toBe(revised.slice(place.start - TOUCHING, place.start));
    expect(touchingContext(revised, q, place, 'prefix', REPLACED - 0.01)).toBe(true);
    expect(touchingContext(revised, q, place, 'prefix', REPLACED)).toBe(false);
  });

  it('does not hold when the characters against the passage changed', () => {
    const revised = TEXT.replace('een krachtige', 'één krachtige');
    const place = placeOf(revised, 'krachtige reactie');
    const q2 = quoteOn(TEXT, 'krachtige reactie');
    expect(touchingContext(revised, q2, place, 'prefix', 0.5)).toBe(false);
  });

  it('looks at the start of the suffix for that side', () => {
    const revised = TEXT.replace('Russische agressie tegen Oekraïne', 'Russen en hun bondgenoten');
    const place = placeOf(revised, words);
    expect(touchingContext(revised, q, place, 'suffix', 0.5)).toBe(true);
    const moved = TEXT.replace(`${words} op de`, `${words} in de`);
    expect(touchingContext(moved, q, placeOf(moved, words), 'suffix', 0.5)).toBe(false);
  });

  it('does not hold for SLID characters of agreement: the next item of a list that begins alike slid into the place', () => {
    const items = [
      '-Wijziging van de Wet op het financieel toezicht in verband met het nader regelen van de bonussen;',
      '-Wijziging van de Wet op het financieel toezicht en enige andere wetten op het terrein van de banken;',
    ];
    const list = `Aan de orde is het wetsvoorstel Wet omzetbelasting 1968 (35196);\n${items.join('\n')}\nEinde.`;
    const q2 = quoteOn(list, '-Wijziging');
    const slid = list.replace(`${items[0]}\n`, '');
    const place = placeOf(slid, '-Wijziging');
    const similarity = suffixScore(slid, place.end, q2.suffix);
    expect(similarity).toBeLessThan(REPLACED);
    expect(touchingContext(slid, q2, place, 'suffix', similarity)).toBe(false);
    const shortRun = { ...q2, suffix: q2.suffix.slice(0, SLID - 1) + '#'.repeat(q2.suffix.length - SLID + 1) };
    expect(touchingContext(slid, shortRun, place, 'suffix', 0.5)).toBe(true);
  });

  it('needs TOUCHING characters of stored side', () => {
    const short = { ...q, prefix: q.prefix.slice(-(TOUCHING - 1)) };
    expect(touchingContext(TEXT, short, placeOf(TEXT, words), 'prefix', 0.5)).toBe(false);
  });
});

describe('interleavedContext', () => {
  const words = 'geannoteerde agenda';
  const q = quoteOn(TEXT, words);

  it('holds when up to INSERTED characters came into a side, and not with one more', () => {
    const notes = (n: number) => TEXT.replace('hierbij ontvangt u de', `hierbij${'1'.repeat(n - 1)} ontvangt u de2`);
    const fits = notes(INSERTED);
    expect(interleavedContext(fits, q, placeOf(fits, words), 'prefix')).toBe(true);
    const over = notes(INSERTED + 1);
    expect(interleavedContext(over, q, placeOf(over, words), 'prefix')).toBe(false);
  });

  it('holds for the suffix in the same way', () => {
    const revised = TEXT.replace('voor de Raad Buitenlandse', 'voor3 de Raad4 Buitenlandse');
    expect(interleavedContext(revised, q, placeOf(revised, words), 'suffix')).toBe(true);
    expect(interleavedContext(revised, q, placeOf(revised, words), 'prefix')).toBe(true);
  });

  it('does not hold when characters of the side changed or were lost', () => {
    const changed = TEXT.replace('ontvangt u de', 'ontvangt jij de');
    expect(interleavedContext(changed, q, placeOf(changed, words), 'prefix')).toBe(false);
    const lost = TEXT.replace('voor de Raad', 'voor Raad');
    expect(interleavedContext(lost, q, placeOf(lost, words), 'suffix')).toBe(false);
  });

  it('does not hold for an empty stored side, or one that runs past the text’s edge', () => {
    expect(interleavedContext(TEXT, { ...q, prefix: '' }, placeOf(TEXT, words), 'prefix')).toBe(false);
    const cut = TEXT.slice(TEXT.indexOf('ontvangt'));
    expect(interleavedContext(cut, q, placeOf(cut, words), 'prefix')).toBe(false);
  });
});
