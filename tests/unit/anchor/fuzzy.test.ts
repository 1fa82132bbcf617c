// The fuzzy searches on their own: bounded errors, long quotes by head and tail, the filtered
// search of the whole text, and edges put right by the context.
import { describe, expect, it } from 'vitest';
import { anchorOne, describePassage } from '@/lib/anchor';
import { DIRECT_MAX, fuzzyPlaces, maxErrorsFor, MAX_ERRORS } from '@/lib/anchor/fuzzy';
import { fuzzyPlacesAnywhere } from '@/lib/anchor/fuzzy-anywhere';
import { snapToContext } from '@/lib/anchor/snap';

const SENTENCE = 'Het kabinet zet zich in voor een krachtige reactie op de Russische agressie tegen Oekraïne.';
const code = (i: number) => ((Math.imul(i + 7, 2654435761) >>> 0) % 36 ** 5).toString(36).padStart(5, '0');
// About 200,000 characters of distinct lines.
const FILLER = Array.from({ length: 4000 }, (_, i) => `Regel ${code(i)} van de bijlage.`).join('\n');

describe('fuzzyPlaces (near a hint)', () => {
  it('allows a quarter of the quote in errors, capped', () => {
    expect(maxErrorsFor(3)).toBe(0);
    expect(maxErrorsFor(40)).toBe(10);
    expect(maxErrorsFor(100_000)).toBe(MAX_ERRORS);
  });

  it('finds a short quote with errors and reports its similarity', () => {
    const text = `Inleiding. ${SENTENCE.replace('krachtige', 'krachtig')} Slot.`;
    const [place, ...rest] = fuzzyPlaces(text, 'een krachtige reactie', [{ start: 0, end: text.length }]);
    expect(rest).toHaveLength(0);
    expect(text.slice(place?.start, place?.end)).toMatch(/^een krachtige? ?reactie$/);
    expect(place?.quote).toBeCloseTo(1 - 1 / 21, 5);
  });

  it('finds nothing beyond the allowed errors, and nothing fuzzy for quotes under four characters', () => {
    expect(fuzzyPlaces(SENTENCE, 'een slappe houding', [{ start: 0, end: SENTENCE.length }])).toEqual([]);
    expect(fuzzyPlaces('de het een', 'dee', [{ start: 0, end: 10 }])).toEqual([]);
  });

  it('finds a long quote by its head and tail and verifies the whole', () => {
    const long = `${SENTENCE} ${SENTENCE.replace('Het kabinet', 'De regering')}`;
    expect(long.length).toBeGreaterThan(DIRECT_MAX);
    const changed = long.replace('Russische agressie tegen Oekraïne. De', 'Russische inval in Oekraïne. De');
    const text = `Begin.\n${changed}\nEinde.`;
    const places = fuzzyPlaces(text, long, [{ start: 0, end: text.length }]);
    expect(places).toHaveLength(1);
    expect(text.slice(places[0]?.start, places[0]?.end)).toBe(changed);
  });
});

describe('fuzzyPlacesAnywhere (the whole text, filtered)', () => {
  it('finds a quote with a few errors far from any hint', () => {
    const text = `${FILLER}\n${SENTENCE.replace('krachtige', 'krachtig').replace('Oekraïne', 'Oekraine')}\n${FILLER}`;
    const places = fuzzyPlacesAnywhere(text, SENTENCE);
    expect(places).toHaveLength(1);
    expect(text.slice(places[0]?.start, places[0]?.end)).toBe(SENTENCE.replace('krachtige', 'krachtig').replace('Oekraïne', 'Oekraine'));
  });

  it('misses a place where every piece is spoiled, however few the errors in all', () => {
    // 25 characters: three pieces of 8; one changed character in each is as many errors as pieces.
    const q = 'Raadsconclusies over Iran';
    const spoiled = q
      .split('')
      .map((c, i) => (i % 8 === 3 ? 'x' : c))
      .join('');
    expect(fuzzyPlacesAnywhere(`${FILLER}${spoiled}`, q)).toEqual([]);
    const fine = q
      .split('')
      .map((c, i) => (i === 3 ? 'x' : c))
      .join('');
    expect(fuzzyPlacesAnywhere(`${FILLER}${fine}`, q)).toHaveLength(1);
  });

  it('is used when a changed passage moved beyond the windows', () => {
    const text = `${SENTENCE}\n${FILLER}\nSlot van de brief.`;
    const n = describePassage(text, 0, SENTENCE.length);
    if (!n) throw new Error('no selectors');
    const moved = `${FILLER}\nVerplaatst: ${SENTENCE.replace('krachtige', 'stevige')}\nSlot van de brief.`;
    const a = anchorOne(moved, n);
    expect(a?.method).toBe('fuzzy');
    expect(moved.slice(a?.start, a?.end)).toBe(SENTENCE.replace('krachtige', 'stevige'));
  });
});

describe('snapToContext', () => {
  it('moves an edge onto the stored context found within the slack, and leaves it otherwise', () => {
    const text = 'voor een krachtige reactie op de inval. Einde.';
    const quote = { type: 'TextQuoteSelector' as const, exact: 'reactie op de agressie', prefix: 'krachtige ', suffix: '. Einde.' };
    const at = text.indexOf('reactie');
    expect(snapToContext(text, { start: at, end: text.indexOf('.') - 2 }, quote, 4)).toEqual({ start: at, end: text.indexOf('.') });
    expect(snapToContext(text, { start: at, end: text.indexOf('.') - 6 }, quote, 4)).toEqual({ start: at, end: text.indexOf('.') - 6 });
  });
});
