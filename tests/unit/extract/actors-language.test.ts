// The rules written for the language rather than a document: member lists, names after cues,
// bodies by their shape, decentralised government, places from the lists, offices of every era.
// Each rule has a sentence of its own and a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';
import type { Actor } from '../../../lib/page/report';

function actors(text: string, kind: 'letter' | 'proceedings' | 'official-gazette' = 'letter'): Actor[] {
  return extract(text, { documentDate: '2015-03-10', kind, letters: [] }).actors;
}
const names = (list: Actor[]) => list.map((a) => `${a.type}:${a.name}`);
const persons = (list: Actor[]) => list.filter((a) => a.type === 'person').map((a) => a.name);

describe('lists of members', () => {
  it('reads every member of an attendance list, however long, with particles, double names and given names', () => {
    const stems = ['Brink', 'Dam', 'Veld', 'Kamp', 'Berg', 'Wijk', 'Hof', 'Vliet', 'Stroo', 'Mol'];
    const members = Array.from({ length: 60 }, (_, n) => `${stems[n % 10]}${['man', 'huis', 'ers', 'stra', 'kes', 'hout'][Math.floor(n / 10)]}`);
    const text = `Tegenwoordig zijn 65 leden, te weten:\n${members.join(', ')}, Van der Molen, Ter Haar, Jansen-van den Berg, Anna de Wit, Piet de Wit en Van 't Hek,\nen de heer Kuipers, minister.`;
    const found = persons(actors(text, 'proceedings'));
    expect(found).toEqual(expect.arrayContaining([...members, 'Van der Molen', 'Ter Haar', 'Jansen-van den Berg', 'Anna de Wit', 'Piet de Wit', "Van 't Hek", 'Kuipers']));
    expect(found.filter((n) => n.endsWith('de Wit'))).toHaveLength(2); // two members of one surname stay two
  });

  it('reads the members after "de leden", with their parties, and those who sent word they could not come', () => {
    const found = actors('Vragen van de leden Dijkstra (GroenLinks), Bosman (SP) en Van Oosten (VVD). Berichten van verhindering van de leden:\nMeijer, wegens ziekte;\nPostma, wegens verblijf buitenslands.');
    expect(persons(found)).toEqual(['Dijkstra', 'Bosman', 'Van Oosten', 'Meijer', 'Postma']);
    expect(names(found)).toEqual(expect.arrayContaining(['organisation:GroenLinks', 'organisation:SP', 'organisation:VVD']));
  });

  it('tells initials apart in a list: "Jong, A.B. Jong" are two members', () => {
    expect(persons(actors('Aanwezig zijn de leden: Jong, A.B. Jong en Smit.', 'proceedings'))).toEqual(['Jong', 'A.B. Jong', 'Smit']);
  });

  it('stops a list at what is no name: countries, bodies and ordinary words', () => {
    expect(persons(actors('Daartoe behoren, te weten: Nederland, België en de Europese Commissie.'))).toEqual([]);
    expect(persons(actors('De leden van de commissie stemmen in.'))).toEqual([]);
  });
});

describe('names after cues', () => {
  it('reads a double name after a cue to its end, and a given name after "minister"', () => {
    const found = actors('Het woord is aan mevrouw Kalsbeek van Dam-Hofstra, minister. Volgens Minister Carola Schouten gaat het goed.');
    expect(persons(found)).toEqual(['Kalsbeek van Dam-Hofstra', 'Carola Schouten']);
    expect(names(found).some((n) => n.startsWith('location:'))).toBe(false);
  });

  it('reads the portfolio after a whole name: "Minister Carola Schouten (Landbouw, …)"', () => {
    const found = actors('Volgens Minister Carola Schouten (Landbouw, Natuur en Voedselkwaliteit) gaat het goed.');
    expect(found.find((a) => a.name === 'Carola Schouten')?.roles).toEqual(['Minister van Landbouw, Natuur en Voedselkwaliteit']);
  });

  it('reads the movers of a motion: "motie-X", "motie X", "amendement-X/Y"', () => {
    expect(persons(actors('De motie-Marieke de Boer c.s. en de motie Verweij zijn aangenomen, net als het amendement-Oosterhout/Blok.'))).toEqual(['Marieke de Boer', 'Verweij', 'Oosterhout', 'Blok']);
  });

  it('takes the chair named at the head of Handelingen for the office the speaker labels name', () => {
    const found = actors('Voorzitter: Anouchka van Miltenburg\nDe voorzitter:\nIk open de vergadering.', 'proceedings');
    expect(found.find((a) => a.name === 'Anouchka van Miltenburg')?.roles).toEqual(['Voorzitter van de Tweede Kamer der Staten-Generaal']);
    expect(found.filter((a) => a.type === 'office')).toEqual([]);
  });

  it('reads a surname after "van der" as a name, not as the village of that name', () => {
    const found = actors('Zij sprak met Johan van der Linden over de dijk.');
    expect(names(found).filter((n) => n.startsWith('location:'))).toEqual([]);
  });
});

describe('offices', () => {
  it('knows the portfolios of earlier cabinets and "mijn ambtgenoot van …"', () => {
    const found = actors('De Minister van Verkeer en Waterstaat schreef, mede namens mijn ambtgenote van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer.');
    expect(names(found)).toEqual(['office:Minister van Verkeer en Waterstaat', 'office:Minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer']);
  });

  it('reads "de Minister en Staatssecretaris van …" as two offices, and one office whether "van" or "voor" is printed', () => {
    const found = actors('Gehoord de Minister en Staatssecretaris van Financiën. De Minister voor Financiën stemde in.');
    expect(names(found)).toEqual(['office:Minister van Financiën', 'office:Staatssecretaris van Financiën']);
  });

  it('binds the King or Queen of a royal decree to the office', () => {
    const found = actors('Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden, Prinses van Oranje-Nassau, enz. enz. enz.', 'official-gazette');
    expect(found.find((a) => a.name === 'Beatrix')?.roles).toEqual(['Koningin der Nederlanden']);
    expect(names(found).filter((n) => n.startsWith('location:'))).toEqual([]); // no place in "Oranje-Nassau"
  });
});

describe('bodies by their shape', () => {
  it('reads a head noun with its capitalised name, and defines its acronym', () => {
    const found = actors('Het rapport van de Tijdelijke Commissie Onderzoek Fraudebeleid (TCOF) en het advies van de Stichting Samen Sterker. Volgens de TCOF ging het mis.');
    expect(found.find((a) => a.name === 'Tijdelijke Commissie Onderzoek Fraudebeleid')?.mentions.map((m) => m.text)).toEqual(['Tijdelijke Commissie Onderzoek Fraudebeleid', 'TCOF', 'TCOF']);
    expect(names(found)).toContain('organisation:Stichting Samen Sterker');
  });

  it('reads a name before its head, one-word compounds, and committees named after their chair', () => {
    const found = actors('Het advies van de Gezondheidsraad, de Kinderopvang Autoriteit en de commissie Hendriks.');
    expect(names(found)).toEqual(['organisation:Gezondheidsraad', 'organisation:Kinderopvang Autoriteit', 'organisation:commissie Hendriks']);
  });

  it('keeps two bodies joined by "en" apart, and a place in a body\'s name counts on its own', () => {
    const found = actors('Zowel de Raad voor Cultuur en de Raad voor het Openbaar Bestuur als de Rechtbank Zwolle.');
    expect(names(found)).toEqual(['organisation:Raad voor Cultuur', 'organisation:Raad voor het Openbaar Bestuur', 'organisation:Rechtbank Zwolle', 'location:Zwolle']);
  });

  it('tags no head noun alone, at a sentence start, or in a heading in capitals', () => {
    expect(actors('Commissie en raad zijn het eens. Voorraad is er genoeg.\nDE COMMISSIE VOOR DE VERZOEKSCHRIFTEN')).toEqual([]);
  });
});

describe('decentralised government and places', () => {
  it('reads burgemeester en wethouders of a place, a province and a water board', () => {
    const found = actors('Burgemeester en wethouders van de gemeente Oss besluiten, gelet op het besluit van de provincie Drenthe en het Waterschap Aa en Maas.', 'official-gazette');
    expect(names(found)).toEqual(expect.arrayContaining(['organisation:burgemeester en wethouders van Oss', 'location:Oss', 'organisation:provincie Drenthe', 'location:Drenthe', 'organisation:Waterschap Aa en Maas']));
  });

  it('reads villages, "\'s-" names, streets and neighbourhoods', () => {
    const found = actors("In Gaanderen en 's-Hertogenbosch wordt de Dorpsweg afgesloten, net als de Zuilenstraat in de Lombokbuurt.");
    expect(names(found)).toEqual(['location:Gaanderen', "location:'s-Hertogenbosch", 'location:Dorpsweg', 'location:Zuilenstraat', 'location:Lombokbuurt']);
  });

  it('does not take a place that is also a word where a sentence starts, or an ordinary street noun', () => {
    expect(actors('Best is het om te wachten. Doel van de regeling is de snelweg te ontlasten.')).toEqual([]);
    expect(names(actors('Het doel is bereikt in Best.'))).toEqual(['location:Best']);
  });

  it('reads a place whose official name starts with an article only with its capital ("De Wijk", not "de wijk")', () => {
    expect(actors('Het park ligt in de wijk bij het station.')).toEqual([]);
    expect(names(actors('Het park ligt in De Wijk bij Meppel.'))).toEqual(['location:De Wijk', 'location:Meppel']);
  });

  it('reads the government of another country by its adjective', () => {
    const found = actors('De Duitse regering en de Nederlandse regering overleggen.');
    expect(names(found)).toEqual(['organisation:Duitse regering', 'location:Duitsland', 'location:Nederland']);
  });
});
