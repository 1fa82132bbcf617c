// Organisations named by a pattern (actors/organisations.ts): a directorate-general by its name,
// the executive of a listed body, and a Kamer committee with its kind. Each rule has a case where
// it must not fire.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/extract';

function names(text: string): string[] {
  return extract(text, { documentDate: '2023-05-09', kind: 'official-gazette', letters: [] }).actors.map((a) => `${a.type}:${a.name}`);
}

describe('organisation patterns', () => {
  it('read a directorate-general by its capitalised name, and not without one', () => {
    expect(names('Gezien het nader rapport van 2 februari 1996, Directoraat-Generaal Openbaar Bestuur (BK95/U1793);')).toContain(
      'organisation:Directoraat-Generaal Openbaar Bestuur',
    );
    expect(names('Het directoraat-generaal gaat daarover.').filter((n) => n.includes('irectoraat'))).toEqual([]);
    // A hyphen with a space after it ("Directoraat- Generaal") joins no compound.
    expect(names('Het Directoraat- Generaal Openbaar Bestuur.').filter((n) => n.includes('irectoraat'))).toEqual([]);
  });

  it('read the executive of a listed body, with the body itself', () => {
    expect(names('Het dagelijks bestuur van waterschap Aa en Maas;')).toEqual([
      'organisation:dagelijks bestuur van waterschap Aa en Maas',
      'organisation:Waterschap Aa en Maas',
    ]);
    expect(names('Het dagelijks bestuur van de vereniging besluit.')).toEqual([]);
  });

  it('keep the kind of a Kamer committee in its name', () => {
    expect(names('voorzitter van de vaste Kamercommissie voor Veiligheid en Justitie en voormalig lid')).toContain(
      'organisation:vaste Kamercommissie voor Veiligheid en Justitie',
    );
  });
});
