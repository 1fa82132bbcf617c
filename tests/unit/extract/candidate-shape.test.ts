// Every candidate the actor rules make has the same fields in the same order (candidate.ts): V8 then
// gives them one hidden class, and the passes over all candidates stay compiled from one document to
// the next. Candidates of every kind of rule are made here: offices bound to a person by apposition
// (heldBy, evidence), "uw Kamer" settled for the document, later mentions, acronyms.
import { describe, expect, it } from 'vitest';
import { scanActors } from '@/lib/extract/actors/scanner';
import { tokenize } from '@/lib/extract/tokens';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml, truths } from '@/tests/unit/helpers';

function candidatesOf(text: string) {
  return scanActors(tokenize(text), { kamer: 'Tweede Kamer der Staten-Generaal', proceedings: true });
}

describe('candidates', () => {
  it('all have the fields start, end, type, key, name, weight, heldBy, evidence in that order', () => {
    const text = truths()
      .map((t) => readPage(parseHtml(fixtureHtml('pages', t.id)), t.url).index.text)
      .join('\n');
    const found = candidatesOf(
      `${text}\nDe Minister van Buitenlandse Zaken van Oekraïne, Kuleba, sprak met uw Kamer. De Raad Buitenlandse Zaken (RBZ) kwam bijeen; de RBZ besloot.`,
    );
    expect(found.length).toBeGreaterThan(200);
    expect(found.some((c) => c.heldBy !== undefined)).toBe(true);
    const shapes = new Set(found.map((c) => Object.keys(c).join(',')));
    expect([...shapes]).toEqual(['start,end,type,key,name,weight,heldBy,evidence']);
  });
});
