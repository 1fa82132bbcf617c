// Events: dated happenings with a trigger phrase or the clause as `what`, the letter's date line,
// period labels left out, repeats merged, actors from the same clause.
import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/extract/dates';
import { findEvents, type ActorMention, type EventContext } from '@/lib/extract/events';
import type { DatedEvent } from '@/lib/model/report';
import { splitSentences } from '@/lib/extract/sentences';
import { tokenize } from '@/lib/extract/tokens';

function events(
  text: string,
  documentDate: string | null,
  options: { actors?: ActorMention[]; letters?: EventContext['letters']; session?: string } = {},
): DatedEvent[] {
  const tokens = tokenize(text);
  const dates = findDates(tokens, { documentDate, session: options.session ?? null });
  const found = findEvents(text, splitSentences(tokens), dates, options.actors ?? [], { documentDate, letters: options.letters ?? [] });
  for (const e of found) {
    expect(text.slice(e.mention.start, e.mention.end)).toBe(e.mention.text);
    expect(e.cue).toBe(e.mention.text);
  }
  return found;
}

const brief = (e: DatedEvent[]): [string | null, string][] => e.map((x) => [x.date, x.what]);

describe('what happened', () => {
  it('takes a trigger noun phrase before the date, with its name', () => {
    const text =
      'Tijdens het Commissiedebat Raad Buitenlandse Zaken van 13 oktober jl. (Kamerstuk 21 501-02, nr. 2535) heb ik toegezegd terug te komen.';
    expect(brief(events(text, '2022-11-23'))).toEqual([['2022-10-13', 'Commissiedebat Raad Buitenlandse Zaken']]);
  });

  it('extends the trigger left over its modifiers', () => {
    const text = 'De gebeurtenissen leken te hebben plaatsgevonden gedurende de 44-dagen Karabach oorlog in 2020.';
    expect(brief(events(text, '2022-11-23'))).toEqual([['2020', '44-dagen Karabach oorlog']]);
  });

  it('finds the trigger after a date that comes first, one per date', () => {
    const text = 'Op 23 mei 2019 vond de Europees Parlementsverkiezing plaats en op 27 mei 2019 de verkiezing voor de Eerste Kamer.';
    expect(brief(events(text, '2019-06-14'))).toEqual([
      ['2019-05-23', 'Europees Parlementsverkiezing'],
      ['2019-05-27', 'verkiezing voor de Eerste Kamer'],
    ]);
  });

  it('keeps one complement of the trigger', () => {
    const text =
      'Nederland heeft op woensdag 5 oktober jl. de gebeurtenissen in de video aan de orde gesteld in een gesprek met de Azerbeidzjaanse ambassadeur.';
    expect(brief(events(text, '2022-11-23'))).toEqual([['2022-10-05', 'gesprek met de Azerbeidzjaanse ambassadeur']]);
  });

  it('falls back to the clause without a trigger', () => {
    expect(
      brief(events('Vanaf 1 januari 2024 geldt de Omgevingswet. In de Omgevingswet is veel aandacht voor participatie.', null)),
    ).toEqual([['2024-01-01', 'geldt de Omgevingswet']]);
  });

  it('names a bracketed date by its participle and the sentence subject', () => {
    const text =
      'Vragen van het lid Erkens (VVD) aan de Minister (ingezonden 20 december 2024).\nAntwoord van Minister Uitermark (ontvangen 4 februari 2025).';
    expect(brief(events(text, '2025-02-04'))).toEqual([
      ['2024-12-20', 'Vragen ingezonden'],
      ['2025-02-04', 'Antwoord ontvangen'],
    ]);
  });

  it('expands an abbreviated happening ("CD" = commissiedebat)', () => {
    const text =
      'Ik stel voor toe te voegen het tweeminutendebat Acute situatie in Marokko en Libië (CD d.d. 25/09), met als eerste spreker het lid Hammelburg.';
    expect(brief(events(text, null, { session: '2023–2024' }))).toEqual([['2023-09-25', 'commissiedebat']]);
  });

  it('dates what stands before a bracket holding only the date', () => {
    expect(brief(events('De top in Vilnius (11–12 juli 2023) werd afgesloten met een slotverklaring.', '2023-07-20'))).toEqual([
      ['2023-07-11', 'top'],
    ]);
  });
});

describe('the letter', () => {
  it('makes the date line the sending of the letter', () => {
    const text =
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 23 november 2022\nTijdens het debat van 13 oktober jl. zegde ik dit toe.';
    const found = events(text, '2022-11-23', { letters: [{ place: 'Den Haag', date: '2022-11-23' }] });
    expect(found.map((e) => [e.id, e.date, e.cue, e.what])).toEqual([
      ['e1', '2022-11-23', 'Den Haag, 23 november 2022', 'verzending van de brief'],
      ['e2', '2022-10-13', '13 oktober jl.', 'debat'],
    ]);
  });

  it('knows the date line from the document date when no letter was read', () => {
    expect(events('Den Haag, 31 maart 2022\nHierbij.', '2022-03-31')[0]?.what).toBe('verzending van de brief');
  });
});

describe('which dates are events', () => {
  it('leaves out period labels', () => {
    const text = 'Zie Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028 en Kamerstukken II 2001/02, 28 000, nr. 5; Stb. 2019, 143.';
    expect(events(text, '2025-02-04')).toEqual([]);
  });

  it('leaves out dates that cannot be resolved', () => {
    expect(events('Op 3 oktober vond een persconferentie plaats.', null)).toEqual([]);
  });

  it('takes "van 2020" only when a trigger names the happening', () => {
    expect(brief(events('In het trilaterale akkoord van 2020 is dit vermeld. De cijfers van 2022 laten het zien.', '2023-11-13'))).toEqual([
      ['2020', 'trilaterale akkoord'],
    ]);
  });

  it('takes "op dezelfde dag" as its own happening on the last day', () => {
    const text =
      'Stano riep tijdens een persconferentie op 3 oktober op tot een onderzoek. Het Openbaar Ministerie heeft op dezelfde dag aangekondigd een onderzoek in te stellen.';
    const found = events(text, '2022-11-23');
    expect(found.map((e) => e.date)).toEqual(['2022-10-03', '2022-10-03']);
    expect(found[0]?.what).toBe('persconferentie');
    expect(found[1]?.what).toMatch(/aangekondigd/);
  });
});

describe('repeats', () => {
  it('merges a happening mentioned twice (same date, same trigger)', () => {
    const text =
      'Hierbij bied ik u het verslag aan van de Raad Buitenlandse Zaken van 23 januari 2023.\nVERSLAG RAAD BUITENLANDSE ZAKEN VAN 23 JANUARI 2023\nOp maandag 23 januari vond de Raad Buitenlandse Zaken (RBZ) plaats.';
    const found = events(text, '2023-01-31');
    expect(found.map((e) => [e.id, e.date, e.what])).toEqual([['e1', '2023-01-23', 'Raad Buitenlandse Zaken']]);
  });

  it('keeps two happenings on one date', () => {
    const text =
      'Op zondag 2 oktober jl. circuleerde een video op sociale media. Nederland werd gealerteerd door het bericht van T. Klaar, op 2 oktober jl.';
    expect(brief(events(text, '2022-11-23'))).toEqual([
      ['2022-10-02', 'circuleerde een video op sociale media'],
      ['2022-10-02', 'bericht van T. Klaar'],
    ]);
  });
});

describe('actors', () => {
  it('lists the actors of the clause, once each, and none from other sentences', () => {
    const text =
      'De woordvoerder van de EDEO, Peter Stano, riep tijdens een persconferentie op 3 oktober 2022 Azerbeidzjan op. Nederland zweeg.';
    const at = (s: string, id: string): ActorMention => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, actorId: id });
    const actors = [
      at('Nederland', 'nl'),
      at('Azerbeidzjan', 'az'),
      at('EDEO', 'edeo'),
      at('Peter Stano', 'stano'),
      { ...at('EDEO', 'edeo') },
    ];
    expect(events(text, '2022-11-23', { actors })[0]?.actors).toEqual(['edeo', 'stano', 'az']);
  });

  it('splits the actors of two dates in one sentence at the conjunction', () => {
    const text = 'Op 23 mei 2019 stemde Nederland en op 27 mei 2019 stemde de Eerste Kamer.';
    const at = (s: string, id: string): ActorMention => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, actorId: id });
    const found = events(text, '2019-06-14', { actors: [at('Nederland', 'nl'), at('Eerste Kamer', 'ek')] });
    expect(found.map((e) => e.actors)).toEqual([['nl'], ['ek']]);
  });
});

describe('cost', () => {
  it('stays linear: 100 000 dates in one line', () => {
    const text = '3 oktober 2022 op dezelfde dag '.repeat(100_000);
    const t0 = performance.now();
    expect(events(text, '2023-01-01')).toHaveLength(2);
    expect(performance.now() - t0).toBeLessThan(30_000);
  });
});
