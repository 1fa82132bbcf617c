// The evidence read from the text around a place: whether its sides reach the text's edge as the
// stored ones did, whether it begins and ends where words do, and the questions that delegate to
// the context's tests (a deletion shown, a side pushed away or interleaved).
import { describe, expect, it } from 'vitest';
import { describePassage } from '@/lib/anchor/describe';
import { evidenceAround } from '@/lib/anchor/evidence';
import { type Candidate, scoreCandidate } from '@/lib/anchor/score';
import type { TextQuoteSelector } from '@/lib/notes/note';

const TEXT =
  'Geachte voorzitter, hierbij ontvangt u de geannoteerde agenda voor de Raad Buitenlandse Zaken. ' +
  'Het kabinet zet zich in voor een krachtige reactie op de Russische agressie tegen Oekraïne.';

function quoteOn(text: string, words: string): TextQuoteSelector {
  const start = text.indexOf(words);
  const s = describePassage(text, start, start + words.length);
  if (start < 0 || !s) throw new Error(`"${words}" not in the text`);
  return s.quote;
}

// The candidate for `words` at their first occurrence in `text`, scored as re-anchoring scores it.
function placed(text: string, quote: TextQuoteSelector, words: string, expected: number | null = null): Candidate {
  const start = text.indexOf(words);
  return scoreCandidate(text, quote, expected, { start, end: start + words.length, kind: 'exact', quote: 1 });
}

const around = (text: string, quote: TextQuoteSelector, best: Candidate, expected: number | null = null) =>
  evidenceAround(best, { text, lines: text, quote, expected });

describe('evidenceAround: the text’s edges', () => {
  it('says a side reaches the edge when the place lies as far from it as the stored side was long', () => {
    const q = quoteOn(TEXT, 'Geachte voorzitter,');
    expect(around(TEXT, q, placed(TEXT, q, 'Geachte voorzitter,')).atEdge).toEqual({ prefix: true, suffix: false });
    const grown = `Kenmerk 2022Z1. ${TEXT}`;
    expect(around(grown, q, placed(grown, q, 'Geachte voorzitter,')).atEdge.prefix).toBe(false);
    const r = quoteOn(TEXT, 'tegen Oekraïne.');
    expect(around(TEXT, r, placed(TEXT, r, 'tegen Oekraïne.')).atEdge).toEqual({ prefix: false, suffix: true });
    const longer = `${TEXT} Hoogachtend.`;
    expect(around(longer, r, placed(longer, r, 'tegen Oekraïne.')).atEdge.suffix).toBe(false);
  });

  it('says so of a short stored side too: the place is as far from the edge as the note’s was', () => {
    const q = quoteOn(TEXT, 'voorzitter');
    expect(q.prefix).toBe('Geachte ');
    expect(around(TEXT, q, placed(TEXT, q, 'voorzitter')).atEdge.prefix).toBe(true);
  });
});

describe('evidenceAround: word edges', () => {
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: 'van Binnenlandse Zaken',
    prefix: 'verslag van de minister ',
    suffix: ' over de begroting',
  };
  const text = 'In de hallen Binnenlandse Zaken sprak de minister van Binnenlandse Zaken over de begroting.';
  const at = (start: number, end: number) => scoreCandidate(text, quote, null, { start, end, kind: 'fuzzy', quote: 0.9 });

  it('rejects a place cut inside a word when the quote began a word', () => {
    const cut = text.indexOf('len Binnenlandse');
    expect(around(text, quote, at(cut, cut + quote.exact.length)).wordEdges).toBe(false);
    const whole = text.indexOf('van Binnenlandse');
    expect(around(text, quote, at(whole, whole + quote.exact.length)).wordEdges).toBe(true);
  });

  it('rejects a place that ends inside a word when the quote ended one', () => {
    const whole = text.indexOf('van Binnenlandse');
    expect(around(text, quote, at(whole, whole + quote.exact.length - 2)).wordEdges).toBe(false);
  });

  it('asks nothing of an edge where the quote itself was cut inside a word', () => {
    const inside: TextQuoteSelector = { ...quote, exact: 'an Binnenlandse Zak', prefix: 'de minister v', suffix: 'en over de begroting' };
    const cut = text.indexOf('len Binnenlandse') + 1;
    expect(around(text, inside, at(cut, cut + inside.exact.length)).wordEdges).toBe(true);
  });
});

describe('evidenceAround: the questions about the context', () => {
  it('shows the passage deleted when its prefix stands against its suffix, not when it is still there', () => {
    const q = quoteOn(TEXT, 'krachtige reactie');
    const expected = TEXT.indexOf('krachtige reactie');
    const gone = TEXT.replace('krachtige reactie ', '');
    const elsewhere = scoreCandidate(gone, q, expected, { start: 0, end: 7, kind: 'fuzzy', quote: 0.6 });
    expect(around(gone, q, elsewhere, expected).deleted()).toBe(true);
    expect(around(TEXT, q, placed(TEXT, q, 'krachtige reactie', expected), expected).deleted()).toBe(false);
  });

  it('does not take a place whose whole prefix agrees for a deletion, however its quote begins', () => {
    const text = 'Het kabinet vraagt om een reactie van de EU. een reactie van de NAVO. Tot slot.';
    const q = quoteOn(text, 'een reactie van de EU.');
    const best = placed(text, q, 'een reactie van de EU.', 0);
    expect(best.prefix).toBe(1);
    expect(around(text, q, best, 0).deleted()).toBe(false);
    expect(around(text, q, { ...best, prefix: 0.9 }, 0).deleted()).toBe(true);
  });

  it('finds a side pushed away by a sentence, touching the passage, or interleaved; not one replaced', () => {
    const q = quoteOn(TEXT, 'Het kabinet zet zich in');
    const ask = (text: string) => around(text, q, placed(text, q, 'Het kabinet zet zich in')).pushedAway('prefix');
    expect(ask(TEXT.replace('Zaken. Het', 'Zaken. Nieuwe zin. Het'))).toBe(true); // displaced
    expect(ask(TEXT.replace('Zaken. Het', 'Zaken.1 Het'))).toBe(true); // interleaved
    expect(ask(TEXT.replace('geannoteerde agenda voor de Raad Buitenlandse', 'agenda van de Europese'))).toBe(true); // touching
    expect(ask(TEXT.replace('Buitenlandse Zaken. Het', 'Algemene Zaken en Het'))).toBe(false);
  });

  it('asks the interleaved question of the side named', () => {
    const q = quoteOn(TEXT, 'krachtige reactie');
    const text = TEXT.replace('in voor een', 'in voor2 een').replace('op de Russische', 'op de Russen');
    const e = around(text, q, placed(text, q, 'krachtige reactie'));
    expect(e.interleaved('prefix')).toBe(true);
    expect(e.interleaved('suffix')).toBe(false);
  });
});
