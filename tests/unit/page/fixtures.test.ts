// lib/page on every fixture in all three markups, against the truth's `document` part.
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, norm, parseHtml, truths } from '@/tests/unit/helpers';

const VARIANTS = ['pages', 'pages-b', 'pages-c'] as const;

describe.each(VARIANTS)('fixtures in markup %s', (variant) => {
  it.each(truths().map((t) => [t.id, t] as const))('%s: kind, id and letters match the truth', (_id, truth) => {
    const reading = readPage(parseHtml(fixtureHtml(variant, truth.id)), truth.url);
    const doc = reading.document;
    expect(doc.kind).toBe(truth.document.kind);
    expect(doc.id).toBe(truth.document.id);
    expect(doc.letters).toHaveLength(truth.document.letters.length);
    truth.document.letters.forEach((want, i) => {
      const got = doc.letters[i];
      for (const field of ['title', 'sender', 'addressee', 'place', 'date'] as const) {
        expect(norm(got?.[field]), `${field} of letter ${i + 1}`).toBe(norm(want[field]));
      }
      expect((got?.signatories ?? []).map((s) => [norm(s.name), norm(s.role)])).toEqual(
        (want.signatories ?? []).map((s) => [norm(s.name), norm(s.role)]),
      );
    });
  });
});

describe('document facts beyond the letters', () => {
  it('reads dossier number and title, the letter date and the footnotes of the bundled letter', () => {
    for (const variant of VARIANTS) {
      const doc = readPage(
        parseHtml(fixtureHtml(variant, 'kst-21501-02-2553')),
        'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html',
      ).document;
      expect(doc.dossier, variant).toEqual(['21501-02']);
      expect(doc.dossierTitles, variant).toEqual(['Raad Algemene Zaken en Raad Buitenlandse Zaken']);
      expect(doc.date, variant).toBe('2022-11-23');
      expect(doc.title, variant).toBe('BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN');
    }
  });

  it('keeps the footnotes with their numbers (markup a and b print them)', () => {
    for (const variant of ['pages', 'pages-b'] as const) {
      const doc = readPage(
        parseHtml(fixtureHtml(variant, 'kst-21501-02-2553')),
        'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html',
      ).document;
      expect(
        doc.footnotes.map((n) => n.label),
        variant,
      ).toEqual(['1', '2', '3']);
      expect(doc.footnotes[1]?.text, variant).toMatch(/^Toivo Klaar op Twitter/);
    }
  });

  it('dates questions by their answer and leaves the site chrome out of the text', () => {
    const reading = readPage(
      parseHtml(fixtureHtml('pages', 'ah-tk-20242025-1028')),
      'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-1028.html',
    );
    expect(reading.document.date).toBe('2025-02-04');
    expect(reading.index.text).not.toMatch(/Naar boven|Delen|Permanente link|Kopieer de link|Sluit modaal|U bent hier/);
    expect(reading.index.text.startsWith('Antwoord schriftelijke vragen')).toBe(true);
  });

  it('reads the dossier from a one-line "36 045 Situatie in de Oekraïne"', () => {
    const doc = readPage(
      parseHtml(fixtureHtml('pages-c', 'kst-36045-55')),
      'https://zoek.officielebekendmakingen.nl/kst-36045-55.html',
    ).document;
    expect(doc.dossier).toEqual(['36045']);
    expect(doc.dossierTitles).toEqual(['Situatie in de Oekraïne']);
  });
});
