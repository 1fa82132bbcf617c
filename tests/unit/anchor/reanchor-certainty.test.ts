// Re-anchoring end to end on a real letter (kst-21501-02-2553, read as the content script reads
// it), judged by its certainty: a passage with a sentence put against it is sure, a deleted one is
// an orphan or a guess ("Onzeker") and never sure, repeats land on their own copy, white space
// that changed does not count (issue 15).
import { describe, expect, it } from 'vitest';
import { type Anchor, anchorAll, anchorOne, describePassage } from '@/lib/anchor';
import type { PassageSelectors } from '@/lib/notes/note';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml } from '../helpers';

const URL_ = 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html';
const TEXT = readPage(parseHtml(fixtureHtml('pages', 'kst-21501-02-2553')), URL_).index.text;
const SENTENCE =
  'Daarbij heeft Nederland de Azerbeidzjaanse ambassadeur laten weten dat Nederland, samen met zijn internationale partners, het onderzoek nauwkeurig zal volgen.';
const TOP = 'Een nieuwe eerste alinea van de brief.\n';
const AMBASSADOR = 'de Azerbeidzjaanse ambassadeur';

function note(text: string, words: string, from = 0): PassageSelectors {
  const start = text.indexOf(words, from);
  const s = start < 0 ? null : describePassage(text, start, start + words.length);
  if (!s) throw new Error(`"${words}" not in the text`);
  return s;
}

const wordsAt = (text: string, a: Anchor | null) => (a ? text.slice(a.start, a.end) : null);

// The letter without the sentence (and the space after it).
function withoutSentence(): string {
  const at = TEXT.indexOf(SENTENCE);
  return TEXT.slice(0, at) + TEXT.slice(at + SENTENCE.length + 1);
}

describe('the fixture', () => {
  it('holds the sentence once and the ambassador four times', () => {
    expect(TEXT.split(SENTENCE)).toHaveLength(2);
    expect(TEXT.split(AMBASSADOR)).toHaveLength(5);
    expect(TEXT).toContain('de Azerbeidzjaanse ambassadeur. In dat');
  });
});

describe('a sentence put right against a passage', () => {
  it('leaves a long passage sure, on its words, when the sentence comes before it', () => {
    const revised = TEXT.replace(SENTENCE, `Een nieuwe zin vooraf. ${SENTENCE}`);
    const a = anchorOne(revised, note(TEXT, SENTENCE));
    expect(a).toMatchObject({ certainty: 'sure', start: revised.indexOf(SENTENCE) });
    expect(a?.evidence.prefix).toBeLessThan(0.5);
  });

  it('leaves a short quote that ends a sentence sure when a sentence comes after it and the text shifted', () => {
    const revised = TOP + TEXT.replace(SENTENCE, `${SENTENCE} Een nieuwe zin erna.`);
    const a = anchorOne(revised, note(TEXT, 'zal volgen.'));
    expect(a).toMatchObject({ certainty: 'sure', method: 'quote', start: revised.indexOf('zal volgen.') });
    expect(a?.evidence.suffix).toBeLessThan(0.5);
  });

  it('leaves a short quote that begins a sentence sure when a sentence comes before it', () => {
    const revised = TOP + TEXT.replace(SENTENCE, `Een nieuwe zin vooraf. ${SENTENCE}`);
    const a = anchorOne(revised, note(TEXT, 'Daarbij heeft'));
    expect(a).toMatchObject({ certainty: 'sure', start: revised.indexOf('Daarbij heeft') });
  });

  it('leaves a short quote a guess, on its words, when words came right after it inside its sentence', () => {
    const revised = TOP + TEXT.replace('nauwkeurig zal volgen', 'nauwkeurig en kritisch zal volgen');
    const a = anchorOne(revised, note(TEXT, 'nauwkeurig'));
    expect(a).toMatchObject({ certainty: 'uncertain', start: revised.indexOf('nauwkeurig') });
  });
});

describe('words put into a short passage', () => {
  it('finds the passage with its new words between the context, sure', () => {
    const revised = TEXT.replace('nauwkeurig zal volgen', 'nauwkeurig en kritisch zal volgen');
    const a = anchorOne(revised, note(TEXT, 'nauwkeurig zal volgen'));
    expect(a).toMatchObject({ certainty: 'sure', method: 'fuzzy' });
    expect(wordsAt(revised, a)).toBe('nauwkeurig en kritisch zal volgen');
  });

  it('finds it there, sure, while its old words stand elsewhere with part of their context', () => {
    const from = TEXT.indexOf(SENTENCE);
    const revised = `${TEXT.slice(0, from)}${SENTENCE.replace(AMBASSADOR, 'de nieuwe Azerbeidzjaanse ambassadeur')}${TEXT.slice(from + SENTENCE.length)}`;
    expect(revised.split(AMBASSADOR)).toHaveLength(4);
    const a = anchorOne(revised, note(TEXT, AMBASSADOR, from));
    expect(a?.certainty).toBe('sure');
    expect(wordsAt(revised, a)).toBe('de nieuwe Azerbeidzjaanse ambassadeur');
    expect(a?.start).toBe(revised.indexOf('de nieuwe Azerbeidzjaanse'));
  });
});

describe('the passage deleted (issue 15: “de Azerbeidzjaanse ambassadeur laten weten”)', () => {
  const QUOTE = 'de Azerbeidzjaanse ambassadeur laten weten';

  it('is an orphan or a guess, never sure, when its sentence is deleted', () => {
    const revised = withoutSentence();
    expect(revised).not.toContain(QUOTE);
    for (const text of [revised, TOP + revised]) {
      const a = anchorOne(text, note(TEXT, QUOTE));
      expect(a?.certainty).not.toBe('sure');
    }
  });

  it('is an orphan or a guess, never sure, when only its words are deleted', () => {
    for (const revised of [TEXT.replace(`${QUOTE} `, ''), TEXT.replace(QUOTE, '')]) {
      const a = anchorOne(revised, note(TEXT, QUOTE));
      expect(a?.certainty).not.toBe('sure');
    }
  });

  it('never makes a note sure on words of the deleted sentence that stand elsewhere', () => {
    const revised = withoutSentence();
    const from = TEXT.indexOf(SENTENCE);
    for (const words of [AMBASSADOR, 'Azerbeidzjaanse ambassadeur', 'Nederland', 'dat Nederland', 'partners']) {
      expect(revised).toContain(words);
      const a = anchorOne(revised, note(TEXT, words, from));
      expect(a?.certainty).not.toBe('sure');
    }
  });

  it('keeps the other notes of the page on their words in the same pass', () => {
    const revised = withoutSentence();
    const others = ['oorlogsmisdrijven', 'onpartijdig en onafhankelijk onderzoek', 'De resultaten van dit onderzoek', 'Hoekstra'];
    const anchors = anchorAll(revised, [note(TEXT, QUOTE), ...others.map((w) => note(TEXT, w))]);
    expect(anchors[0]?.certainty).not.toBe('sure');
    others.forEach((w, i) => expect(wordsAt(revised, anchors[i + 1] ?? null)).toBe(w));
    expect(anchors[1]?.certainty).toBe('sure');
    expect(anchors[4]?.certainty).toBe('sure');
  });
});

describe('repeats of a phrase', () => {
  it('puts each of the four ambassadors back on its own copy, sure, after a paragraph came in above', () => {
    const copies: number[] = [];
    for (let i = TEXT.indexOf(AMBASSADOR); i >= 0; i = TEXT.indexOf(AMBASSADOR, i + 1)) copies.push(i);
    const revised = TOP + TEXT;
    const anchors = anchorAll(
      revised,
      copies.map((c) => note(TEXT, AMBASSADOR, c)),
    );
    anchors.forEach((a, i) => expect(a).toMatchObject({ certainty: 'sure', start: (copies[i] ?? 0) + TOP.length }));
    // Alone, without the drift of the others, each still lands on its own copy.
    copies.forEach((c) =>
      expect(anchorOne(revised, note(TEXT, AMBASSADOR, c))).toMatchObject({ certainty: 'sure', start: c + TOP.length }),
    );
  });
});

describe('white space that changed', () => {
  const lineBreak = TEXT.indexOf('\nVermeende oorlogsmisdrijven');
  const words = TEXT.slice(lineBreak - 20, lineBreak + 20);
  const joined = `${TEXT.slice(0, lineBreak)} ${TEXT.slice(lineBreak + 1)}`;

  it('finds a passage described across a line break where the break became a space', () => {
    expect(words).toContain('\n');
    const a = anchorOne(joined, note(TEXT, words));
    expect(a).toMatchObject({ certainty: 'sure', method: 'position', start: lineBreak - 20, end: lineBreak + 20 });
  });

  it('finds a passage described across a space where the space became a line break', () => {
    const a = anchorOne(TEXT, note(joined, words.replace('\n', ' ')));
    expect(a).toMatchObject({ certainty: 'sure', method: 'position', start: lineBreak - 20, end: lineBreak + 20 });
  });

  it('finds a passage whose context lost its line breaks after an insertion elsewhere', () => {
    const revised = TOP + TEXT.replaceAll('\n', ' ');
    const n = note(TEXT, 'onpartijdig en onafhankelijk onderzoek');
    const a = anchorOne(revised, n);
    expect(a).toMatchObject({ certainty: 'sure', start: n.position.start + TOP.length });
  });
});
