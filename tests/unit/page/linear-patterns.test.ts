// The page reader's letter patterns run on text the page supplies: their time must grow in step
// with it. Signature lines that look nearly like names once made the name pattern try every
// grouping of their words (4,000 such pairs froze the page for 19 s).
import { describe, expect, it } from 'vitest';
import { findLetters, isName } from '@/lib/page/letters';
import type { Line } from '@/lib/page/lines';
import { built, growth, LINEAR_BOUND, slowdown } from '@/tests/unit/linear-time';

// Lines of the given total length, as the reader cuts a page: a letter's head, then `unit`'s lines.
function linesOf(units: readonly string[], size: number): Line[] {
  const head = [
    'BRIEF VAN DE MINISTER VAN FINANCIËN',
    'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    'Den Haag, 1 januari 2024',
  ];
  const lines: Line[] = [];
  let start = 0;
  const add = (text: string) => {
    lines.push({ text, start, element: null });
    start += text.length + 1;
  };
  for (const text of head) add(text);
  for (let k = 0; start < size; k++) add(units[k % units.length] ?? '');
  return lines;
}

const NEAR_NAMES = ['Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd Ef Gh Ij Kl 1', 'A.B. Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Ab Cd x'];

describe('letter patterns on text made to slow them', () => {
  it('refuse a near-name about as fast as they read a name', () => {
    for (const name of NEAR_NAMES) expect(isName(name)).toBe(false);
    expect(isName('Jan de Vries van Dam')).toBe(true);
    expect(isName('mr. H.M. de Jonge')).toBe(true);
    const role = 'De Minister van Buitenlandse Zaken,';
    const made = linesOf([role, ...NEAR_NAMES], 10_000);
    const ordinary = linesOf([role, 'W.B. Hoekstra Van Der Berg-Jansen', role, 'mr. drs. H.M. de Jonge van Ellemeet Aaa'], 10_000);
    expect(slowdown(made, ordinary, (lines) => findLetters(lines))).toBeLessThan(10);
  });

  it('read signatures of role lines and near-names in linear time', () => {
    const units = ['De Minister van Buitenlandse Zaken,', ...NEAR_NAMES];
    const ratios = growth(
      (size) => linesOf(units, size),
      (lines) => findLetters(lines),
    );
    for (const ratio of ratios) expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  it('read one very long line of capitals, or of a role without its comma, in linear time', () => {
    for (const unit of ['BRIEF VAN DE MINISTER VAN ', 'De Minister van Zaken ', 'Aan de Voorzitter van de ', 'Den Haag Den Haag ']) {
      const ratios = growth(
        (size) => linesOf([built(unit, size)], size),
        (lines) => findLetters(lines),
      );
      for (const ratio of ratios) expect(ratio, unit).toBeLessThan(LINEAR_BOUND);
    }
  });
});
