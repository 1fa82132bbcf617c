// Every office match the office rules make has the same fields in the same order (offices.ts,
// officeMatch), the key included ('' when the name is the identity): V8 then gives them one hidden
// class, and the rule that receives them (actor-rules.ts) is not thrown away when a second kind arrives.
import { describe, expect, it } from 'vitest';
import { ministerOffices, officeOfCountry, otherOffice, qualifiedOffice, type OfficeMatch } from '@/lib/extract/actors/offices';
import { TokenWords } from '@/lib/extract/actors/token-words';
import { tokenize } from '@/lib/extract/tokens';

function at(text: string) {
  const t = tokenize(text);
  return { t, words: new TokenWords(t) };
}

describe('office matches', () => {
  it('all have the fields start, end, endToken, name, key in that order', () => {
    const found: OfficeMatch[] = [];
    const m = at('de Minister van Buitenlandse Zaken sprak');
    found.push(...ministerOffices(m.t, 1, m.words));
    const p = at('de Minister-President van de Palestijnse Autoriteit');
    found.push(...ministerOffices(p.t, 1, p.words));
    const o = at('de Speciaal Vertegenwoordiger voor de Zuidelijke Kaukasus');
    const other = otherOffice(o.t, 1, o.words, 'Tweede Kamer der Staten-Generaal');
    if (other) found.push(other);
    const q = at('de Azerbeidzjaanse ambassadeur in Den Haag');
    const qualified = qualifiedOffice(q.t, 1, 2, 'Azerbeidzjan', q.words);
    if (qualified) found.push(qualified);
    const c = at('de ambassadeur van Azerbeidzjan');
    const byCountry = officeOfCountry(c.t, 1, c.words, { countryAt: () => ({ end: 4, country: 'Azerbeidzjan' }) });
    if (byCountry) found.push(byCountry);
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(found.some((f) => f.key !== '')).toBe(true);
    expect(found.some((f) => f.key === '')).toBe(true);
    expect([...new Set(found.map((f) => Object.keys(f).join(',')))]).toEqual(['start,end,endToken,name,key']);
  });
});
