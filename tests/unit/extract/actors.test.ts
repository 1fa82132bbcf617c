// The actor rules, one test per rule and per pitfall of EXTRACTION.md.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/extract';
import type { Actor, Letter } from '@/lib/model/report';

function actors(text: string, letters: Letter[] = [], kind: 'letter' | 'proceedings' = 'letter'): Actor[] {
  return extract(text, { documentDate: '2023-01-31', kind, letters }).actors;
}
const find = (list: Actor[], name: string) => list.find((a) => a.name === name);
const names = (list: Actor[]) => list.map((a) => `${a.type}:${a.name}`);

describe('offices', () => {
  it('reads Minister/Staatssecretaris with a portfolio, the longest portfolio winning', () => {
    const found = actors(
      'Ik heb de Minister van Binnenlandse Zaken en Koninkrijksrelaties en de staatssecretaris van Financiën gesproken.',
    );
    expect(names(found)).toEqual([
      'office:Minister van Binnenlandse Zaken en Koninkrijksrelaties',
      'office:Staatssecretaris van Financiën',
    ]);
  });

  it('reads several offices from an ALL-CAPS title', () => {
    const found = actors('BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN, VAN FINANCIËN EN VOOR RECHTSBESCHERMING');
    expect(names(found)).toEqual([
      'office:Minister van Buitenlandse Zaken',
      'office:Minister van Financiën',
      'office:Minister voor Rechtsbescherming',
    ]);
  });

  it('reads the chair of a Kamer at the very end of a text, its mention inside the text', () => {
    const chair = find(
      actors('Brief aan de voorzitter van de Tweede Kamer der Staten'),
      'Voorzitter van de Tweede Kamer der Staten-Generaal',
    );
    expect(chair?.mentions).toEqual([{ start: 13, end: 54, text: 'voorzitter van de Tweede Kamer der Staten' }]);
  });

  it('accepts a ministry abbreviation only after "minister van" or "Ministerie van": AZ is no country there', () => {
    const found = actors('De minister van AZ sprak met het Ministerie van BZK. AZ is ook een landcode.');
    expect(names(found)).toEqual([
      'office:Minister van Algemene Zaken',
      'organisation:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    ]);
  });

  it('keeps a foreign minister apart from the Dutch one', () => {
    const found = actors(
      'De Raad sprak met de Oekraïense Minister voor Buitenlandse Zaken Kuleba. De Minister van Buitenlandse Zaken nam deel.',
    );
    const kuleba = find(found, 'Kuleba');
    expect(kuleba?.type).toBe('person');
    expect(kuleba?.roles).toEqual(['Oekraïense Minister voor Buitenlandse Zaken']);
    expect(find(found, 'Minister van Buitenlandse Zaken')?.type).toBe('office');
  });

  it('reads functions named with what they serve, and a country adjective before a function', () => {
    const found = actors(
      'De Nederlandse ambassadeur in Bakoe sprak de Azerbeidzjaanse ambassadeur en de Armeense Ombudsman. De Voorzitter van de Tweede Kamer der Staten-Generaal.',
    );
    expect(names(found)).toEqual(
      expect.arrayContaining([
        'office:Nederlandse ambassadeur in Bakoe',
        'office:Azerbeidzjaanse ambassadeur',
        'office:Armeense Ombudsman',
        'office:Voorzitter van de Tweede Kamer der Staten-Generaal',
        'location:Bakoe',
        'location:Nederland',
        'organisation:Tweede Kamer der Staten-Generaal',
      ]),
    );
  });
});

describe('persons', () => {
  it('reads initials, particles, compound names and titles', () => {
    const found = actors(
      'Getekend door W.B. Hoekstra, H.M. de Jonge, D. Yeşilgöz-Zegerius, E.N.A.J. Schreinemacher, mr. drs. K.H. Ollongren en Th.C. de Graaf.',
    );
    expect(names(found)).toEqual(
      ['W.B. Hoekstra', 'H.M. de Jonge', 'D. Yeşilgöz-Zegerius', 'E.N.A.J. Schreinemacher', 'K.H. Ollongren', 'Th.C. de Graaf'].map(
        (n) => `person:${n}`,
      ),
    );
  });

  it('reads persons after cues: de heer, mevrouw, het lid (P), de leden X en Y, minister X, speaker labels', () => {
    const found = actors(
      'De heer Sjoerdsma (D66):\nVolgens mevrouw Kröger en het lid Van der Lee (GL) en de leden Dassen (Volt) en Omtzigt, en minister Hoekstra.',
    );
    expect(found.filter((a) => a.type === 'person').map((a) => a.name)).toEqual([
      'Sjoerdsma',
      'Kröger',
      'Van der Lee',
      'Dassen',
      'Omtzigt',
      'Hoekstra',
    ]);
  });

  it('reads no name in a function phrase after a cue ("de president van de Europese Commissie")', () => {
    const found = actors('De president van de Europese Commissie sprak met het lid van de Tweede Kamer en de commissaris van de Koning.');
    expect(found.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('capitalises only the first particle where nothing precedes it ("het lid Van der Lee")', () => {
    expect(actors('Het lid Van der Lee en de heer Van Dijk.').map((a) => a.name)).toEqual(['Van der Lee', 'Van Dijk']);
  });

  it('reads a "te weten:" list of members', () => {
    const found = actors('De leden, te weten: Sjoerdsma (D66), Brekelmans (VVD) en Van der Lee (GL).');
    expect(found.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Sjoerdsma', 'Brekelmans', 'Van der Lee']);
  });

  it('binds a role to a person by apposition, and merges later surname mentions', () => {
    const found = actors(
      'Het bericht van de Speciaal Vertegenwoordiger voor de Zuidelijke Kaukasus, T. Klaar, op 2 oktober. Op 3 oktober stuurde Klaar een tweet. De woordvoerder van de Europese Dienst voor Extern Optreden (EDEO), Peter Stano, sprak.',
    );
    const klaar = find(found, 'T. Klaar');
    expect(klaar?.roles).toEqual(['Speciaal Vertegenwoordiger voor de Zuidelijke Kaukasus']);
    expect(klaar?.mentions.map((m) => m.text)).toEqual(['Speciaal Vertegenwoordiger voor de Zuidelijke Kaukasus', 'T. Klaar', 'Klaar']);
    expect(find(found, 'Peter Stano')?.roles).toEqual(['woordvoerder van de Europese Dienst voor Extern Optreden']);
  });

  it('binds a role across a form of address: "de secretaris-generaal van de NAVO, de heer Stoltenberg"', () => {
    const found = actors('Ik sprak met de secretaris-generaal van de NAVO, de heer Stoltenberg, in Bagdad.');
    expect(find(found, 'Stoltenberg')?.roles).toEqual(['secretaris-generaal van de NAVO']);
    expect(names(found)).toEqual(expect.arrayContaining(['organisation:NAVO', 'location:Bagdad']));
  });

  it("makes the office of a signatory one of the signer's roles", () => {
    const letter: Letter = {
      title: null,
      sender: null,
      addressee: null,
      place: null,
      date: null,
      signatories: [{ name: 'W.B. Hoekstra', role: 'De Minister van Buitenlandse Zaken' }],
    };
    const found = actors('De Minister van Buitenlandse Zaken heeft gesproken.\nDe Minister van Buitenlandse Zaken,\nW.B. Hoekstra', [
      letter,
    ]);
    expect(names(found)).toEqual(['person:W.B. Hoekstra']);
    expect(found[0]?.aliases).toContain('Minister van Buitenlandse Zaken');
    expect(found[0]?.mentions).toHaveLength(3);
  });

  it('never tags a lone capitalised word without a list hit or a cue (sentence-initial capitals)', () => {
    expect(
      actors(
        'Hierbij bied ik u de brief aan. Sinds gisteren is Summit on Responsible Artificial Intelligence afgerond. Tevens Vermeende zaken.',
      ),
    ).toEqual([]);
  });
});

describe('organisations and places', () => {
  it('types "De leden van de CDA-fractie" as the party, not a person', () => {
    expect(names(actors('De leden van de CDA-fractie hebben vragen.'))).toEqual(['organisation:CDA']);
  });

  it('counts party names that are ordinary words only in party contexts', () => {
    const found = actors('Volt is een woord. Het lid Dassen (Volt) sprak namens de Volt-fractie. DENK eens na.');
    expect(find(found, 'Volt')?.mentions.map((m) => m.text)).toEqual(['Volt', 'Volt']);
    expect(find(found, 'DENK')).toBeUndefined();
  });

  it('looks up the prefix of compounds: EU-lidstaten, NAVO-top', () => {
    expect(names(actors('De EU-lidstaten spraken op de NAVO-top.'))).toEqual(['organisation:EU', 'organisation:NAVO']);
  });

  it('defines a document-local acronym from "Long Form (ACR)", and only when the capitals spell it', () => {
    const found = actors(
      'De Taskforce Migratie en Integratie (TMI) adviseert. Volgens de TMI gaat het goed. De Jaarrapportage Bedrijfsvoering Rijk (JBR) laat het zien.',
    );
    expect(find(found, 'Taskforce Migratie en Integratie')?.aliases).toEqual(['TMI']);
    expect(found.some((a) => a.name === 'Jaarrapportage Bedrijfsvoering Rijk' || a.aliases.includes('JBR'))).toBe(false);
  });

  it('does not take the Kamer van Koophandel for the addressed Kamer', () => {
    expect(names(actors('De Kamer van Koophandel schreef.'))).toEqual(['organisation:Kamer van Koophandel']);
  });

  it('reads committees, "uw Kamer", gemeenten and their raad', () => {
    const found = actors('De vaste commissie voor Binnenlandse Zaken vroeg uw Kamer iets. De Raad van de gemeente Sittard-Geleen besloot.');
    expect(names(found)).toEqual(
      expect.arrayContaining([
        'organisation:vaste commissie voor Binnenlandse Zaken',
        'organisation:Tweede Kamer der Staten-Generaal',
        'organisation:Raad van de gemeente Sittard-Geleen',
        'organisation:gemeente Sittard-Geleen',
        'location:Sittard-Geleen',
      ]),
    );
  });

  it("takes a country adjective for the country, and a national body after it for that country's own", () => {
    const found = actors('Azerbeidzjaanse soldaten en het Armeense OM. Het Openbaar Ministerie in Nederland.');
    expect(find(found, 'Azerbeidzjan')?.aliases).toEqual(['Azerbeidzjaanse']);
    expect(find(found, 'Armeense OM')?.type).toBe('organisation');
    expect(find(found, 'Openbaar Ministerie')?.mentions).toHaveLength(1);
  });

  it('matches names without their diacritics and across no-break spaces made plain', () => {
    expect(names(actors('Oorlogsmisdrijven door Armenie en in Oekraïne.'))).toEqual(['location:Armenië', 'location:Oekraïne']);
  });

  it('reads a name with a footnote number glued to it in plain text', () => {
    const found = actors('De crisis in Azerbeidzjan1 is ernstig.');
    expect(find(found, 'Azerbeidzjan')?.mentions[0]?.text).toBe('Azerbeidzjan');
  });

  it('reads names in ALL-CAPS titles', () => {
    expect(names(actors('VERSLAG RAAD BUITENLANDSE ZAKEN VAN 23 JANUARI 2023'))).toEqual(['organisation:Raad Buitenlandse Zaken']);
  });

  it('takes "De voorzitter:" in Handelingen for the Kamer\'s chair', () => {
    const found = actors('De voorzitter:\nAan de orde is de regeling van werkzaamheden.', [], 'proceedings');
    expect(names(found)).toEqual(['office:Voorzitter van de Tweede Kamer der Staten-Generaal']);
  });
});

describe('mentions', () => {
  it('every mention text equals the text at its offsets', () => {
    const text = 'De Minister van Buitenlandse Zaken, W.B. Hoekstra, sprak met de EDEO en de Azerbeidzjaanse ambassadeur in Bakoe.';
    for (const actor of actors(text)) for (const m of actor.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
