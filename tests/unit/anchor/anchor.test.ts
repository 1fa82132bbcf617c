// Re-anchoring: the three steps, repeats chosen by context and position, the edits a corrected
// publication brings (a paragraph inserted, a typo corrected, a passage deleted), odd inputs.
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorOne, describePassage } from '@/lib/anchor';
import type { PassageSelectors } from '@/lib/notes/note';

const P1 = 'Geachte voorzitter,';
const P2 = 'Hierbij ontvang ik graag de geannoteerde agenda voor de Raad Buitenlandse Zaken van 14 november 2022.';
const P3 = 'Het kabinet zet zich in voor een krachtige reactie op de Russische agressie tegen Oekraïne en voor verdere steun aan het land.';
const P4 =
  'De Minister van Buitenlandse Zaken heeft de Kamer op 3 oktober 2022 geïnformeerd over de uitkomst van het overleg met de Verenigde Staten.';
const P5 = 'Hoogachtend,\nde minister van Buitenlandse Zaken,\nW.B. Hoekstra';
const LETTER = [P1, P2, P3, P4, P5].join('\n');

function note(text: string, words: string, from = 0): PassageSelectors {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in the text`);
  const s = describePassage(text, start, start + words.length);
  if (!s) throw new Error('no selectors');
  return s;
}

describe('step (a): position', () => {
  it('keeps a passage where the text is unchanged', () => {
    const n = note(LETTER, 'krachtige reactie op de Russische agressie');
    expect(anchorOne(LETTER, n)).toMatchObject({ start: n.position.start, end: n.position.end, method: 'position' });
  });

  it('is not trusted when the text at the offsets is no longer the quote', () => {
    const n = note(LETTER, 'krachtige reactie');
    const changed = LETTER.replace('Hierbij ontvang ik graag', 'Hierbij ontvangt u');
    const a = anchorOne(changed, n);
    expect(a?.method).toBe('quote');
    expect(changed.slice(a?.start, a?.end)).toBe('krachtige reactie');
    expect(a?.start).toBe(changed.indexOf('krachtige reactie'));
  });

  it('is not trusted when a short quote lands on the same offsets with other words around it', () => {
    const text = 'aaaa de bbbb cccc dddd de eeee';
    const n = note(text, 'de', 20); // the second "de", at 23: prefix "aaaa de bbbb cccc dddd ", suffix " eeee"
    const edited = 'aaaa de bbbb ffff gggg de hhhh. cccc dddd de eeee';
    expect(edited.slice(n.position.start, n.position.end)).toBe('de'); // a "de", but not the note's
    expect(anchorOne(edited, n)).toMatchObject({ start: edited.lastIndexOf('de'), method: 'quote' });
  });
});

describe('step (b): exact quote', () => {
  it('finds the passage after a paragraph was inserted before it (position fails, quote succeeds)', () => {
    const n = note(LETTER, 'op 3 oktober 2022 geïnformeerd');
    const inserted = LETTER.replace(
      P3,
      `${P3}\nIn de bijlage vindt u het verslag van de vorige Raad, waarin ook de sancties aan de orde kwamen.`,
    );
    const a = anchorOne(inserted, n);
    expect(a).toMatchObject({ method: 'quote', start: inserted.indexOf('op 3 oktober 2022 geïnformeerd') });
    expect(a?.start).not.toBe(n.position.start);
    expect(a?.score).toBe(1 - 0.1 + 0.1 * (1 / (1 + (a!.start - n.position.start) / 2048)));
  });

  it('chooses between repeats by their context', () => {
    const text = `${P2}\nDe Raad sprak over de Russische agressie.\n${P3}\nDe Raad sprak over de Chinese handelspolitiek.`;
    const n = note(text, 'De Raad sprak over de', text.indexOf('De Raad sprak over de Chinese'));
    // A paragraph inserted at the top: the stored offsets point at neither repeat.
    const moved = `Inleiding van de brief.\n${text}`;
    const a = anchorOne(moved, n);
    expect(a?.method).toBe('quote');
    expect(a?.start).toBe(moved.indexOf('De Raad sprak over de Chinese'));
  });

  it('chooses between repeats with the same context by nearness to the stored position', () => {
    const para = 'Zie de bijlage bij deze brief voor de details van het overleg.';
    const text = [P1, para, P2, para, P3, para, P4].join('\n');
    const nth = (t: string, k: number) => {
      let i = -1;
      for (let j = 0; j <= k; j++) i = t.indexOf(para, i + 1);
      return i;
    };
    for (const k of [0, 1, 2]) {
      const n = note(text, 'bijlage bij deze brief', nth(text, k));
      const edited = text.replace(P1, 'Geachte mevrouw de voorzitter,'); // shifts everything by 11
      const a = anchorOne(edited, n);
      expect(a?.method).toBe('quote');
      expect(a?.start).toBe(nth(edited, k) + 'Zie de '.length);
    }
  });
});

describe('step (c): fuzzy', () => {
  it('takes the words the context brackets over a copy of the old words near by with most of one side', () => {
    const copy = 'Zij vermoeden dat gebruik wordt gemaakt van een andere identiteit, wordt dat gemeld.';
    const own =
      'Bij identiteitsonderzoeken. Als vaststaat dat gebruik wordt gemaakt van een andere identiteit wordt de leidende identiteit vastgesteld.';
    const text = [P1, copy, P2, own, P5].join('\n');
    const n = note(text, 'dat gebruik wordt gemaakt van', text.indexOf(own));
    const revised = text.replace(own, own.replace('gebruik wordt', 'gebruik inmiddels wordt'));
    const a = anchorOne(revised, n);
    expect(revised.slice(a?.start, a?.end)).toBe('dat gebruik inmiddels wordt gemaakt van');
    expect(a?.certainty).toBe('sure');
  });

  it('re-attaches to the corrected words when a typo inside the quote was corrected', () => {
    const typo = P3.replace('Russische agressie', 'Rusische agresie');
    const before = LETTER.replace(P3, typo);
    const n = note(before, 'een krachtige reactie op de Rusische agresie tegen Oekraïne');
    const after = `${P1}\nIngevoegde alinea met een toelichting op de gewijzigde volgorde van de agenda.\n${LETTER.slice(P1.length + 1)}`;
    const a = anchorOne(after, n);
    expect(a?.method).toBe('fuzzy');
    expect(after.slice(a?.start, a?.end)).toBe('een krachtige reactie op de Russische agressie tegen Oekraïne');
    expect(a?.score).toBeGreaterThan(0.9);
  });

  it('puts the edges right by the context when the first or last word of the quote changed', () => {
    const cases: Array<[string, string]> = [
      ['zet zich in voor een krachtige reactie', 'zet zich in voor een stevige reactie'],
      ['krachtige reactie op de Russische agressie', 'krachtige reactie op de Russische inval'],
      ['voor een krachtige reactie op de Russische', 'voor een heldere reactie op de Russische'],
      ['Het kabinet zet zich in voor een krachtige', 'Het kabinet zet zich in voor een daadkrachtige'],
    ];
    for (const [old, corrected] of cases) {
      const n = note(LETTER, old);
      const after = LETTER.replace(old, corrected);
      const a = anchorOne(after, n);
      expect(a?.method).toBe('fuzzy');
      expect(after.slice(a?.start, a?.end)).toBe(corrected);
    }
  });

  it('prefers the corrected passage where the note was over an untouched copy of the old words far away', () => {
    const filler = Array.from({ length: 300 }, (_, i) => `Alinea ${i} over iets anders dan de agenda.`).join('\n');
    const old = 'de regering van Kazachstan heeft de grens gesloten';
    const text = `${P1}\nIn het overleg bleek dat ${old} voor vrachtverkeer.\n${filler}\nEerder meldde de pers dat ${old} voor toeristen.`;
    const n = note(text, old);
    const corrected = text.replace(
      `dat ${old} voor vrachtverkeer`,
      'dat de regering van Kazachstan heeft de grenzen gesloten voor vrachtverkeer',
    );
    const a = anchorOne(corrected, n);
    expect(a?.method).toBe('fuzzy');
    expect(corrected.slice(a?.start, a?.end)).toBe('de regering van Kazachstan heeft de grenzen gesloten');
  });

  it('finds a long quote (over 128 characters) with a word changed, edges exact', () => {
    const n = note(LETTER, P4);
    const after = LETTER.replace('heeft de Kamer op 3 oktober', 'heeft de Tweede Kamer op 3 oktober').replace(P1, `${P1}\nNieuwe alinea.`);
    const a = anchorOne(after, n);
    expect(a?.method).toBe('fuzzy');
    expect(after.slice(a?.start, a?.end)).toBe(P4.replace('de Kamer', 'de Tweede Kamer'));
  });

  it('finds a very long quote (over 4,096 characters) with edits in its middle', () => {
    const body = Array.from({ length: 120 }, (_, i) => `Zin ${i}: de Minister antwoordt op vraag ${i} van het lid Van der Lee.`).join(' ');
    const text = `${P1}\n${body}\n${P5}`;
    const n = note(text, body);
    expect(body.length).toBeGreaterThan(4096);
    const after = `Voorwoord.\n${text.replace('vraag 60 van', 'vraag 60 (gewijzigd) van').replace('Zin 90:', 'Zin negentig:')}`;
    const a = anchorOne(after, n);
    expect(a?.method).toBe('fuzzy');
    expect(a?.start).toBe(after.indexOf('Zin 0:'));
    expect(a?.end).toBe(after.indexOf('\nHoogachtend'));
  });
});

describe('orphans', () => {
  it('makes an orphan of a deleted passage, never drops it', () => {
    const notes = [
      note(LETTER, 'geannoteerde agenda'),
      note(LETTER, 'de Russische agressie tegen Oekraïne'),
      note(LETTER, 'W.B. Hoekstra'),
    ];
    const deleted = LETTER.replace(`${P3}\n`, '');
    const anchors = anchorAll(deleted, notes);
    expect(anchors).toHaveLength(3);
    expect(anchors[1]).toBeNull();
    expect(deleted.slice(anchors[0]?.start, anchors[0]?.end)).toBe('geannoteerde agenda');
    expect(deleted.slice(anchors[2]?.start, anchors[2]?.end)).toBe('W.B. Hoekstra');
  });

  it('offers a rewritten passage only as a guess: the words between its context, marked uncertain', () => {
    const n = note(LETTER, 'krachtige reactie op de Russische agressie');
    const rewritten = LETTER.replace('krachtige reactie op de Russische agressie', 'stevig antwoord op het Russisch geweld');
    const a = anchorOne(rewritten, n);
    expect(a?.certainty).toBe('uncertain');
    expect(rewritten.slice(a?.start, a?.end)).toBe('stevig antwoord op het Russisch geweld');
  });

  it('makes an orphan of a passage deleted with its context', () => {
    const n = note(LETTER, 'krachtige reactie op de Russische agressie');
    expect(anchorOne(LETTER.replace(P3, 'Geen verdere opmerkingen.'), n)).toBeNull();
  });
});

describe('one pass over many notes', () => {
  it('returns one anchor per note in the order given, whatever that order', () => {
    const words = ['Geachte', 'geannoteerde agenda', 'Russische agressie', '3 oktober 2022', 'Hoekstra'];
    const notes = words.map((w) => note(LETTER, w));
    const edited = LETTER.replace(P2, `Eerst een nieuwe alinea.\n${P2}`).replace(P4, `Nog een alinea ertussen.\n${P4}`);
    const forward = anchorAll(edited, notes);
    const backward = anchorAll(edited, [...notes].reverse()).reverse();
    expect(forward).toEqual(backward);
    forward.forEach((a, i) => expect(edited.slice(a?.start, a?.end)).toBe(words[i]));
  });

  it('keeps null and malformed entries as orphans in their place', () => {
    const good = note(LETTER, 'Russische agressie');
    const broken = { quote: { type: 'TextQuoteSelector', exact: '' }, position: null } as unknown as PassageSelectors;
    const anchors = anchorAll(LETTER, [null, good, undefined, broken]);
    expect(anchors.map((a) => a?.method ?? null)).toEqual([null, 'position', null, null]);
  });

  it('learns the drift from earlier notes, so repeats far from their stored offsets land right', () => {
    // Forty blocks whose passage and its 32 characters of context on each side are the same:
    // only the position tells them apart.
    const para = 'De Kamer wordt geïnformeerd over de voortgang.';
    const blocks = Array.from(
      { length: 40 },
      (_, i) => `Alinea ${i}, met een inleidende zin erbij: ${para} En een slotzin die de alinea afsluit, nummer ${i}.`,
    );
    const text = blocks.join('\n');
    // Notes written before contexts grew to be unique kept 32 characters: all alike here.
    const notes = blocks
      .map((_, i) => note(text, para, text.indexOf(`Alinea ${i},`)))
      .map((n) => ({ ...n, quote: { ...n.quote, prefix: n.quote.prefix.slice(-32), suffix: n.quote.suffix.slice(0, 32) } }));
    expect(new Set(notes.map((n) => n.quote.prefix + n.quote.exact + n.quote.suffix)).size).toBe(1);
    // A sentence inserted before every block: each passage shifts by 41 characters more than the one
    // before, and its old offsets come to lie nearer another block's copy than its own.
    const pad = 'Een ingevoegde zin die alles verschuift.';
    const edited = blocks.map((b) => `${pad}\n${b}`).join('\n');
    const expected = (i: number) => edited.indexOf(para, edited.indexOf(`Alinea ${i},`));
    const anchors = anchorAll(edited, notes);
    anchors.forEach((a, i) => {
      expect(a?.method).toBe('quote');
      expect(a?.start).toBe(expected(i));
    });
    // Alone, a late note has no drift to learn from and lands on the copy nearest its old offsets.
    expect(anchorOne(edited, notes[30])?.start).not.toBe(expected(30));
  });
  it('is not led astray by one note found far away: the drift changes only when the next note agrees', () => {
    const para = 'De Kamer wordt geïnformeerd over de voortgang.';
    const own = 'Het verslag van de Raad volgt later deze maand.';
    const block = (i: number, words: string) =>
      `Alinea ${i}, met een inleidende zin erbij: ${words} En een slotzin die de alinea afsluit, nummer ${i}.`;
    const filler = Array.from({ length: 120 }, (_, i) => `Overweging ${i} zonder verband met de rest.`).join(' ');
    const blocks = Array.from({ length: 30 }, (_, i) => block(i, i === 10 ? own : para));
    // Far below, after more than a window of other text, a copy of note 10's words in the same context.
    const text = `${blocks.join('\n')}\n${filler}\n${block(99, own)}`;
    const notes = blocks.map((_, i) => note(text, i === 10 ? own : para, text.indexOf(`Alinea ${i},`)));
    const pad = 'Een ingevoegde zin die alles verschuift.';
    // Note 10's passage is deleted; the others shift by 41 characters per block.
    const edited = `${blocks.map((b, i) => `${pad}\n${i === 10 ? block(10, 'Dit is geschrapt.') : b}`).join('\n')}\n${filler}\n${block(99, own)}`;
    const anchors = anchorAll(edited, notes);
    expect(anchors[10]).toMatchObject({ method: 'quote', start: edited.lastIndexOf(own) }); // the exact words, wherever they are
    anchors.forEach((a, i) => {
      if (i !== 10) expect(a?.start).toBe(edited.indexOf(para, edited.indexOf(`Alinea ${i},`)));
    });
  });
});

describe('odd inputs', () => {
  it('anchors nothing in an empty text and nothing of an empty quote', () => {
    expect(anchorOne('', note(LETTER, 'Hoekstra'))).toBeNull();
    expect(anchorAll('', [])).toEqual([]);
    const empty: PassageSelectors = {
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 0 },
    };
    expect(anchorOne(LETTER, empty)).toBeNull();
  });

  it('uses the quote when the stored position is out of range or nonsense', () => {
    const n = note(LETTER, 'Russische agressie');
    for (const position of [
      { start: 1e9, end: 1e9 + 18 },
      { start: -5, end: 3 },
      { start: Number.NaN, end: 2 },
    ]) {
      const a = anchorOne(LETTER, { ...n, position: { type: 'TextPositionSelector', ...position } });
      expect(a).toMatchObject({ start: n.position.start, end: n.position.end, method: 'quote' });
    }
  });

  it('finds a passage in a megabyte of text and a quote as long as a chapter', () => {
    // Each paragraph carries its own code, so no two paragraphs are near copies of each other.
    const code = (i: number) => ((Math.imul(i + 1, 2654435761) >>> 0) % 36 ** 6).toString(36).padStart(6, '0');
    const paras = Array.from({ length: 8000 }, (_, i) => `Paragraaf met code ${code(i)}: ${P3}`);
    const text = paras.join('\n').replace(`${code(6543)}: Het kabinet`, `${code(6543)}: Het kabniet`);
    expect(text.length).toBeGreaterThan(1_000_000);
    const n = note(text, `code ${code(6543)}: Het kabniet zet zich in voor een krachtige reactie`);
    const chapter = note(text, paras.slice(100, 400).join('\n'));
    const edited = `Nieuw begin.\n${text.replace('Het kabniet', 'Het kabinet')}`;
    const [a, b] = anchorAll(edited, [n, chapter]);
    expect(a?.method).toBe('fuzzy');
    expect(edited.slice(a?.start, a?.end)).toBe(`code ${code(6543)}: Het kabinet zet zich in voor een krachtige reactie`);
    expect(b).toMatchObject({ method: 'quote', start: chapter.position.start + 13, end: chapter.position.end + 13 });
  });
});
