// The letter rules: title, sender, addressee, place and date, signatures in every printed form.
import { describe, expect, it } from 'vitest';
import { findLetters, isName, readSignature, senderFromTitle } from '@/lib/page/letters';
import { toLines } from '@/lib/page/lines';
import { buildTextIndex } from '@/lib/page/text-index';
import { page } from '@/tests/unit/helpers';

function letters(inner: string) {
  const doc = page(inner);
  return findLetters(toLines(buildTextIndex(doc.querySelector('main') as Element)));
}

const HEAD = '<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p><p>Den Haag, 31 januari 2023</p>';

describe('letters', () => {
  it('reads a numbered caps title, the addressee, place and date', () => {
    const [letter] = letters(`<h1>Nr. 2602 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN</h1>${HEAD}<p>Tekst.</p>`);
    expect(letter).toMatchObject({
      title: 'BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN',
      sender: 'Minister van Buitenlandse Zaken',
      addressee: 'Voorzitter van de Tweede Kamer der Staten-Generaal',
      place: 'Den Haag',
      date: '2023-01-31',
    });
  });

  it('reads an older page: "nr. 11" on its own line and a date in \'s-Gravenhage', () => {
    const [letter] = letters(
      "<p>nr. 11</p><p>BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN</p><p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p><p>'s-Gravenhage, 12 juni 1998</p>",
    );
    expect(letter).toMatchObject({
      title: 'BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN',
      sender: 'Staatssecretaris van Financiën',
      place: "'s-Gravenhage",
      date: '1998-06-12',
    });
  });

  it('title-cases senders: several ministers, the Algemene Rekenkamer', () => {
    expect(
      senderFromTitle(
        'BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN, VAN FINANCIËN EN VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING',
      ),
    ).toBe('Ministers van Buitenlandse Zaken, van Financiën en voor Buitenlandse Handel en Ontwikkelingssamenwerking');
    expect(senderFromTitle('BRIEF VAN DE ALGEMENE REKENKAMER')).toBe('Algemene Rekenkamer');
    expect(senderFromTitle('BRIEF VAN DE MINISTER-PRESIDENT')).toBe('Minister-President');
  });

  it('reads signatures on two lines, on one line with a comma, and several signers', () => {
    const [letter] = letters(
      `<h2>BRIEF VAN DE MINISTERS VAN FINANCIËN EN VAN DEFENSIE</h2>${HEAD}<p>Tekst.</p>` +
        '<p>De Minister van Financiën,</p><p>S.A.M. Kaag</p><p>De Minister van Defensie, mr. drs. K.H. Ollongren</p>' +
        '<p>De Staatssecretaris van Justitie en Veiligheid,<br>E. van der Burg</p><p>De Minister voor Rechtsbescherming,</p><p>F.M. Weerwind</p>',
    );
    expect(letter?.signatories).toEqual([
      { name: 'S.A.M. Kaag', role: 'De Minister van Financiën' },
      { name: 'mr. drs. K.H. Ollongren', role: 'De Minister van Defensie' },
      { name: 'E. van der Burg', role: 'De Staatssecretaris van Justitie en Veiligheid' },
      { name: 'F.M. Weerwind', role: 'De Minister voor Rechtsbescherming' },
    ]);
  });

  it('keeps a signature in the middle of a document (a cover letter before its annex) and finds a second letter', () => {
    const found = letters(
      `<h2>BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES</h2>${HEAD}<p>Hierbij zend ik u het verslag.</p>` +
        '<p>De Minister van Binnenlandse Zaken en Koninkrijksrelaties,</p><p>H.G.J. Bruins Slot</p>' +
        '<h2>Bijlage</h2><p>Aan de Voorzitter van de Eerste Kamer der Staten-Generaal</p><p>Den Haag, 2 februari 2023</p><p>Tekst van de tweede brief.</p>' +
        '<p>De voorzitter van de Kiesraad,</p><p>W.J. Kuijken</p>',
    );
    expect(found).toHaveLength(2);
    expect(found[0]?.signatories).toEqual([
      { name: 'H.G.J. Bruins Slot', role: 'De Minister van Binnenlandse Zaken en Koninkrijksrelaties' },
    ]);
    expect(found[1]).toMatchObject({
      title: null,
      addressee: 'Voorzitter van de Eerste Kamer der Staten-Generaal',
      date: '2023-02-02',
      sender: 'voorzitter van de Kiesraad',
    });
  });

  it('reads a signature on one line whose office has a comma of its own', () => {
    expect(readSignature('De Minister van Landbouw, Natuur en Voedselkwaliteit, C.J. Schouten', undefined)).toEqual({
      signatory: { name: 'C.J. Schouten', role: 'De Minister van Landbouw, Natuur en Voedselkwaliteit' },
      used: 1,
    });
  });

  it('does not read a sentence as a title or a signature', () => {
    expect(
      letters('<p>In de brief van de minister van Financiën staat dat.</p><p>De Minister heeft gezegd,</p><p>dat het zo is.</p>'),
    ).toEqual([]);
    expect(readSignature('De Raad van de gemeente Sittard-Geleen,', 'Gezien het voorstel van het college')).toBeNull();
  });

  it('recognises printed names and rejects sentences', () => {
    for (const name of [
      'W.B. Hoekstra',
      'D. Yeşilgöz-Zegerius',
      'H.M. de Jonge',
      'E.N.A.J. Schreinemacher',
      'Th.C. de Graaf',
      'IJ. Vries',
      'Hanke Bruins Slot',
    ]) {
      expect(isName(name), name).toBe(true);
    }
    for (const text of ['Gezien het voorstel', 'dat het zo is.', 'Tekst', 'Dit is een zin die te lang is om een naam te zijn, met komma']) {
      expect(isName(text), text).toBe(false);
    }
  });
});
