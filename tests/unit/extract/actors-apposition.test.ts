// Names and functions side by side in Handelingen, letters and decrees: an office right after a
// name and a comma is that person's ("Remkes, minister van …"), a town's name after "minister" is
// a surname, the line under an office is no bare surname, the deputy prime minister is no prime
// minister, and a listed place after a capitalised particle inside a sentence is a surname.
// Each rule has a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/extract';
import type { Actor } from '@/lib/model/report';

function actors(text: string): Actor[] {
  return extract(text, { documentDate: '2003-05-27', kind: 'proceedings', letters: [] }).actors;
}
const names = (list: Actor[]) => list.map((a) => `${a.type}:${a.name}`);
const rolesOf = (list: Actor[], name: string) => list.find((a) => a.name === name)?.roles ?? [];

describe('an office after a name and a comma', () => {
  it('is the named person’s role, not an office of its own', () => {
    const found = actors(
      'Tegenwoordig zijn de leden Dees en Groen, en de heren Remkes, minister van Binnenlandse Zaken en Koninkrijksrelaties.',
    );
    expect(rolesOf(found, 'Remkes')).toEqual(['Minister van Binnenlandse Zaken en Koninkrijksrelaties']);
    expect(names(found)).not.toContain('office:Minister van Binnenlandse Zaken en Koninkrijksrelaties');
  });

  it('binds a second office after the first to the same person', () => {
    const found = actors('Aanwezig is de heer Kok, minister-president, minister van Algemene Zaken.');
    expect(rolesOf(found, 'Kok')).toEqual(['Minister-President', 'Minister van Algemene Zaken']);
  });

  it('binds nothing across other words or without the comma', () => {
    const apart = actors('Het lid Dijkstra vroeg het, en de minister van Financiën antwoordde.');
    expect(names(apart)).toContain('office:Minister van Financiën');
    expect(rolesOf(apart, 'Dijkstra')).toEqual([]);
    const joined = actors('Het lid Dijkstra en minister van Financiën Hoekstra spraken.');
    expect(rolesOf(joined, 'Dijkstra')).toEqual([]);
  });
});

describe('a name after an office', () => {
  it('may be a town’s name after "minister" or "staatssecretaris", as after "de heer"', () => {
    const found = actors(
      'Overleg met staatssecretaris Kohnstamm van Binnenlandse Zaken en staatssecretaris Nuis van Onderwijs, Cultuur en Wetenschappen.',
    );
    expect(rolesOf(found, 'Nuis')).toEqual(['Staatssecretaris van Onderwijs, Cultuur en Wetenschappen']);
    expect(names(found)).not.toContain('location:Nuis');
  });

  it('is no bare word on the line under the office, where a decree goes on with "Gelet op"', () => {
    const found = names(actors('Regeling.\nDe Staatssecretaris van Infrastructuur en Milieu,\nGelet op artikel X van de Wet;\nBesluit:'));
    expect(found).toEqual(['office:Staatssecretaris van Infrastructuur en Milieu']);
    const signed = actors('De Minister van Buitenlandse Zaken,\nW.B. Hoekstra');
    expect(rolesOf(signed, 'W.B. Hoekstra')).toEqual(['Minister van Buitenlandse Zaken']);
  });
});

describe('the deputy prime minister', () => {
  it('is the vice-minister-president, not the Minister-President', () => {
    const found = names(actors('Het woord is aan De Boer, vice-minister-president, die antwoordt.'));
    expect(found).toContain('office:Vice-minister-president');
    expect(found).not.toContain('office:Minister-President');
    expect(names(actors('De minister-president antwoordt.'))).toContain('office:Minister-President');
  });
});

describe('a listed place after a capitalised particle', () => {
  it('is part of a surname inside a sentence', () => {
    expect(names(actors('Het woord is aan De Boer, die antwoordt.'))).not.toContain('location:Boer');
    expect(names(actors('Gesprek met Van Dam over Zwolle.'))).toEqual(['location:Zwolle']);
  });

  it('stays a place where the particle is part of the place or opens the sentence', () => {
    expect(names(actors('Het was in De Bilt en in Zwolle.'))).toEqual(['location:De Bilt', 'location:Zwolle']);
    expect(names(actors('Zij reisde naar Den Haag en Boer.'))).toEqual(['location:Den Haag', 'location:Boer']);
  });
});
