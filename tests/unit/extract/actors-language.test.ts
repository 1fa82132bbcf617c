// The rules written for the language rather than a document: member lists, names after cues,
// bodies by their shape, decentralised government, places from the lists, offices of every era.
// Each rule has a sentence of its own and a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/extract';
import type { Actor } from '@/lib/model/report';

function actors(text: string, kind: 'letter' | 'proceedings' | 'official-gazette' = 'letter'): Actor[] {
  return extract(text, { documentDate: '2015-03-10', kind, letters: [] }).actors;
}
const names = (list: Actor[]) => list.map((a) => `${a.type}:${a.name}`);
const persons = (list: Actor[]) => list.filter((a) => a.type === 'person').map((a) => a.name);

describe('lists of members', () => {
  it('reads every member of an attendance list, however long, with particles, double names and given names', () => {
    const stems = ['Brink', 'Dam', 'Veld', 'Kamp', 'Berg', 'Wijk', 'Hof', 'Vliet', 'Stroo', 'Mol'];
    const members = Array.from(
      { length: 60 },
      (_, n) => `${stems[n % 10]}${['man', 'huis', 'ers', 'stra', 'kes', 'hout'][Math.floor(n / 10)]}`,
    );
    const text = `Tegenwoordig zijn 65 leden, te weten:\n${members.join(', ')}, Van der Molen, Ter Haar, Jansen-van den Berg, Anna de Wit, Piet de Wit en Van 't Hek,\nen de heer Kuipers, minister.`;
    const found = persons(actors(text, 'proceedings'));
    expect(found).toEqual(
      expect.arrayContaining([
        ...members,
        'Van der Molen',
        'Ter Haar',
        'Jansen-van den Berg',
        'Anna de Wit',
        'Piet de Wit',
        "Van 't Hek",
        'Kuipers',
      ]),
    );
    expect(found.filter((n) => n.endsWith('de Wit'))).toHaveLength(2); // two members of one surname stay two
  });

  it('reads the members after "de leden", with their parties, and those who sent word they could not come', () => {
    const found = actors(
      'Vragen van de leden Dijkstra (GroenLinks), Bosman (SP) en Van Oosten (VVD). Berichten van verhindering van de leden:\nMeijer, wegens ziekte;\nPostma, wegens verblijf buitenslands.',
    );
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
    expect(
      persons(actors('De motie-Marieke de Boer c.s. en de motie Verweij zijn aangenomen, net als het amendement-Oosterhout/Blok.')),
    ).toEqual(['Marieke de Boer', 'Verweij', 'Oosterhout', 'Blok']);
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
    const found = actors(
      'De Minister van Verkeer en Waterstaat schreef, mede namens mijn ambtgenote van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer.',
    );
    expect(names(found)).toEqual([
      'office:Minister van Verkeer en Waterstaat',
      'office:Minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer',
    ]);
  });

  it('reads "de Minister en Staatssecretaris van …" as two offices, and one office whether "van" or "voor" is printed', () => {
    const found = actors('Gehoord de Minister en Staatssecretaris van Financiën. De Minister voor Financiën stemde in.');
    expect(names(found)).toEqual(['office:Minister van Financiën', 'office:Staatssecretaris van Financiën']);
  });

  it('binds the King or Queen of a royal decree to the office', () => {
    const found = actors(
      'Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden, Prinses van Oranje-Nassau, enz. enz. enz.',
      'official-gazette',
    );
    expect(found.find((a) => a.name === 'Beatrix')?.roles).toEqual(['Koningin der Nederlanden']);
    expect(names(found).filter((n) => n.startsWith('location:'))).toEqual([]); // no place in "Oranje-Nassau"
  });
});

describe('bodies by their shape', () => {
  it('reads a head noun with its capitalised name, and defines its acronym', () => {
    const found = actors(
      'Het rapport van de Tijdelijke Commissie Onderzoek Fraudebeleid (TCOF) en het advies van de Stichting Samen Sterker. Volgens de TCOF ging het mis.',
    );
    expect(found.find((a) => a.name === 'Tijdelijke Commissie Onderzoek Fraudebeleid')?.mentions.map((m) => m.text)).toEqual([
      'Tijdelijke Commissie Onderzoek Fraudebeleid',
      'TCOF',
      'TCOF',
    ]);
    expect(names(found)).toContain('organisation:Stichting Samen Sterker');
  });

  it('reads a name before its head, one-word compounds, and committees named after their chair', () => {
    const found = actors('Het advies van de Gezondheidsraad, de Kinderopvang Autoriteit en de commissie Hendriks.');
    expect(names(found)).toEqual([
      'organisation:Gezondheidsraad',
      'organisation:Kinderopvang Autoriteit',
      'organisation:commissie Hendriks',
    ]);
  });

  it('keeps two bodies joined by "en" apart, and a place in a body\'s name counts on its own', () => {
    const found = actors('Zowel de Raad voor Cultuur en de Raad voor het Openbaar Bestuur als de Rechtbank Zwolle.');
    expect(names(found)).toEqual([
      'organisation:Raad voor Cultuur',
      'organisation:Raad voor het Openbaar Bestuur',
      'organisation:Rechtbank Zwolle',
      'location:Zwolle',
    ]);
  });

  it('tags no head noun alone, at a sentence start, or in a heading in capitals', () => {
    expect(actors('Commissie en raad zijn het eens. Voorraad is er genoeg.\nDE COMMISSIE VOOR DE VERZOEKSCHRIFTEN')).toEqual([]);
  });
});

describe('decentralised government and places', () => {
  it('reads burgemeester en wethouders of a place, a province and a water board', () => {
    const found = actors(
      'Burgemeester en wethouders van de gemeente Oss besluiten, gelet op het besluit van de provincie Drenthe en het Waterschap Aa en Maas.',
      'official-gazette',
    );
    expect(names(found)).toEqual(
      expect.arrayContaining([
        'organisation:burgemeester en wethouders van Oss',
        'location:Oss',
        'organisation:provincie Drenthe',
        'location:Drenthe',
        'organisation:Waterschap Aa en Maas',
      ]),
    );
  });

  it('reads villages, "\'s-" names, streets and neighbourhoods', () => {
    const found = actors("In Gaanderen en 's-Hertogenbosch wordt de Dorpsweg afgesloten, net als de Zuilenstraat in de Lombokbuurt.");
    expect(names(found)).toEqual([
      'location:Gaanderen',
      "location:'s-Hertogenbosch",
      'location:Dorpsweg',
      'location:Zuilenstraat',
      'location:Lombokbuurt',
    ]);
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

describe('media and companies', () => {
  it('reads listed media and companies, and a company by its legal form without what lies inside it', () => {
    const found = names(
      actors(
        'Volgens het Financieele Dagblad heeft Vitens Drinkwater N.V. samen met ProRail en Rijnland Energie B.V. een klacht ingediend.',
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'organisation:Het Financieele Dagblad',
        'organisation:Vitens Drinkwater N.V.',
        'organisation:ProRail',
        'organisation:Rijnland Energie B.V.',
      ]),
    );
    expect(found).not.toContain('location:Rijnland'); // inside the company's name
  });

  it('reads the legal form before the name ("N.V. Nederlandse Gasunie") and takes no sentence opener into a name', () => {
    expect(names(actors('Ook Bakker Transport B.V. reageerde. De N.V. Waterbedrijf Oost leverde.'))).toEqual([
      'organisation:Bakker Transport B.V.',
      'organisation:N.V. Waterbedrijf Oost',
    ]);
  });

  it('takes no ordinary word for a medium where a sentence starts, and no capital B alone for a legal form', () => {
    expect(names(actors('Trouw aan de afspraken bleef hij. Plan B. is er niet.'))).toEqual([]);
  });
});

describe('ministries by their portfolio alone', () => {
  it('reads "bij Defensie", "Sociale Zaken" and a list of them as ministries', () => {
    const found = actors('Hij werkte bij Defensie en later bij Sociale Zaken, waarna Financiën het overnam.');
    expect(names(found)).toEqual([
      'organisation:Ministerie van Defensie',
      'organisation:Ministerie van Sociale Zaken en Werkgelegenheid',
      'organisation:Ministerie van Financiën',
    ]);
  });

  it("does not read a field of policy, a committee, a sentence opener or a minister's bracket as a ministry", () => {
    const text =
      'Zij sprak op het terrein van Justitie en Defensie. De vaste commissies voor Defensie en Financiën vergaderden. Defensie-uitgaven stijgen. Minister Jansen (Financiën) antwoordde.';
    expect(names(actors(text)).filter((n) => n.startsWith('organisation:Ministerie'))).toEqual([]);
  });

  it('reads "minister K.L. Smit van Sociale Zaken" as the minister of that portfolio', () => {
    const found = actors('Het overleg met minister K.L. Smit van Sociale Zaken en Werkgelegenheid verliep goed.');
    expect(found.find((a) => a.type === 'person')?.roles).toEqual(['Minister van Sociale Zaken en Werkgelegenheid']);
    expect(names(found).filter((n) => n.startsWith('organisation:'))).toEqual([]);
  });
});

describe('bodies named after a person', () => {
  it('reads "Groep X", "fractie-X" and "kabinet-X II", and the persons in their names', () => {
    const found = names(actors('De Groep Hoekman en de fractie-Bakir steunden het kabinet-Veenstra II niet.'));
    expect(found).toEqual([
      'organisation:Groep Hoekman',
      'person:Hoekman',
      'organisation:fractie-Bakir',
      'person:Bakir',
      'organisation:kabinet-Veenstra II',
      'person:Veenstra',
    ]);
  });

  it('keeps the party a listed group belongs to, and takes no party for a person ("fractie-VVD")', () => {
    expect(names(actors('De Groep Verdonk en de fractie-VVD stemden voor.'))).toEqual([
      'organisation:Trots op Nederland',
      'person:Verdonk',
      'organisation:VVD',
    ]);
  });
});

describe('functions without a name', () => {
  it('reads "de Koning" and "Hare Majesteit de Koningin" as the head of state, and a surname Koning as a person', () => {
    const found = actors(
      'Het besluit is door de Koning getekend. Het rapport ging naar Hare Majesteit de Koningin. Mevrouw De Koning stelde vragen.',
    );
    expect(names(found).sort()).toEqual(['office:Koning', 'office:Koningin', 'person:De Koning']);
  });

  it('reads functions of a body or place, and "de burgemeester" alone', () => {
    const found = names(
      actors(
        'De burgemeester van Apeldoorn schreef de directeur van het Kadaster. Daarna besloot de burgemeester het. Een burgemeester weet dat.',
      ),
    );
    expect(found).toEqual([
      'office:burgemeester van Apeldoorn',
      'location:Apeldoorn',
      'office:directeur van het Kadaster',
      'organisation:Kadaster',
      'office:burgemeester',
    ]);
  });

  it('reads "de voorzitter van de Eerste Kamer" in lower case in any document', () => {
    expect(names(actors('Wij zonden het aan de voorzitter van de Eerste Kamer der Staten-Generaal.'))).toContain(
      'office:Voorzitter van de Eerste Kamer der Staten-Generaal',
    );
  });
});

describe('names on lines of their own', () => {
  it('reads the chair and clerk under a report and the movers under a motion', () => {
    const report =
      'De vragen zijn hieronder afgedrukt.\nDe voorzitter van de commissie,\nHamstra\nAdjunct-griffier van de commissie,\nVan Wely';
    expect(persons(actors(report))).toEqual(['Hamstra', 'Van Wely']);
    expect(persons(actors('en gaat over tot de orde van de dag.\nBoersma\nTer Laak'))).toEqual(['Boersma', 'Ter Laak']);
  });

  it('reads no heading or paragraph that happens to follow a line ending in a comma', () => {
    expect(persons(actors('Wij merken het volgende op,\nBeleid\nDe voorzitter van de commissie,\nVerder geen opmerkingen.'))).toEqual([]);
  });
});

describe('lists of members, older prints', () => {
  it('reads particles of noble names and capitalised particles after a hyphen', () => {
    const text =
      'Tegenwoordig zijn 40 leden, te weten:\nAlders, Hoekstra-toe Laar, Rijpma à Wolde, Van Voorst tot Voorst, Faber-Van de Berg en Zijlstra,\nen de heer Kok, minister.';
    expect(persons(actors(text, 'proceedings'))).toEqual(
      expect.arrayContaining(['Alders', 'Hoekstra-toe Laar', 'Rijpma à Wolde', 'Van Voorst tot Voorst', 'Faber-Van de Berg', 'Zijlstra']),
    );
  });

  it('reads an item of two names on a line of its own: "Kox en Strik, wegens ziekte."', () => {
    expect(
      persons(
        actors(
          'berichten van verhindering van de leden:\nBoelens, wegens ziekte;\nAarts en Dekker, wegens verblijf buitenslands.',
          'proceedings',
        ),
      ),
    ).toEqual(['Boelens', 'Aarts', 'Dekker']);
  });
});
