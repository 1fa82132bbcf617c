// Property tests: extract() and findReferences() take any string — random Unicode, citation-like
// noise, unbalanced brackets, huge tokens, a 10 MB run of one character — without throwing, and
// every mention they return is exactly the text at its offsets. No timing assertions here
// (speed is measured by `npm run bench`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractContext, type Extraction } from '@/lib/extract/extract';
import { findReferences } from '@/lib/extract/references';
import type { Mention, Reference } from '@/lib/model/report';

const CONTEXT: ExtractContext = { documentDate: '2022-11-23', kind: 'letter', letters: [] };
const NO_DATE: ExtractContext = { documentDate: null, kind: 'parliamentary-paper', letters: [] };
const TYPES = new Set(['person', 'office', 'organisation', 'location']);
const RUNS = { numRuns: 150 };
const BIG = 10 * 1024 * 1024;

// Pieces of real citations, dates and names, glued at random: reaches the grammar's corners.
const FRAGMENTS = [
  'Kamerstuk',
  'Kamerstukken',
  ' II',
  ' I',
  ' ',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\n',
  ',',
  ', ',
  ';',
  '; ',
  '(',
  ')',
  '[',
  '«',
  '»',
  '21 501',
  '21501',
  '36 800',
  '35.165',
  '-02',
  '–32',
  '-',
  '–',
  '\u2011',
  ' XIV',
  ' A',
  ' VI',
  '(R2115)',
  'nr.',
  'nrs.',
  'Nr.',
  ' en ',
  '2535',
  '46',
  '0',
  '9',
  'B',
  'W.B.',
  'Handelingen',
  'Aanhangsel',
  ' der ',
  'vergaderjaar',
  '2024–2025',
  '2001/02',
  '1999/00',
  'item',
  'blz.',
  'Stb.',
  'Staatsblad',
  'Stcrt.',
  'Trb.',
  'Gemeenteblad',
  '2019',
  '143',
  'kst-',
  'ah-tk-',
  'h-tk-',
  'https://zoek.officielebekendmakingen.nl/',
  '.html',
  'motie',
  'moties',
  'de Minister van Buitenlandse Zaken',
  'W.B. Hoekstra',
  '13 oktober jl.',
  'zondag 2 oktober',
  'Den Haag, 23 november 2022',
  'EU-lidstaten',
  'De leden van de CDA-fractie',
  '😀',
  '\u0301',
  '\ud800',
];
const citationNoise = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
  citationNoise,
  fc.array(fc.constantFrom('(', ')', '[', ']', '«', '»', '{', '„', '"', 'a', ' '), { maxLength: 400 }).map((cs) => cs.join('')),
);

function checkMention(text: string, m: Mention, where: string): void {
  expect(Number.isInteger(m.start) && Number.isInteger(m.end), where).toBe(true);
  expect(m.start >= 0 && m.start <= m.end && m.end <= text.length, `${where}: ${m.start}..${m.end} of ${text.length}`).toBe(true);
  expect(m.text, where).toBe(text.slice(m.start, m.end));
}

function checkReference(text: string, r: Reference, where: string): void {
  checkMention(text, r.mention, where);
  expect(typeof r.text, where).toBe('string');
  if (r.target === null) expect(r.url, where).toBeNull();
  else {
    expect(r.target, where).toMatch(/^[a-z]+(?:-[a-z]+)?-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*$/);
    expect(r.url, where).toBe(`https://zoek.officielebekendmakingen.nl/${r.target}.html`);
  }
}

function checkExtraction(text: string, ex: Extraction): void {
  expect(Array.isArray(ex.actors) && Array.isArray(ex.events) && Array.isArray(ex.references)).toBe(true);
  for (const a of ex.actors) {
    expect(typeof a.id === 'string' && typeof a.name === 'string' && TYPES.has(a.type), `actor ${a.id}`).toBe(true);
    expect(a.aliases.every((s) => typeof s === 'string') && a.roles.every((s) => typeof s === 'string'), `actor ${a.id}`).toBe(true);
    a.mentions.forEach((m, i) => checkMention(text, m, `actor ${a.id} mention ${i}`));
  }
  for (const e of ex.events) {
    expect(typeof e.id === 'string' && typeof e.cue === 'string' && typeof e.what === 'string', `event ${e.id}`).toBe(true);
    expect(e.date === null || typeof e.date === 'string', `event ${e.id}`).toBe(true);
    expect(
      e.actors.every((id) => typeof id === 'string'),
      `event ${e.id}`,
    ).toBe(true);
    checkMention(text, e.mention, `event ${e.id}`);
  }
  ex.references.forEach((r, i) => checkReference(text, r, `reference ${i}`));
}

describe('extract() on any string', () => {
  it('returns a valid result whose mentions match the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(CONTEXT, NO_DATE), (text, context) => {
        checkExtraction(text, extract(text, context));
      }),
      RUNS,
    );
  });

  it('survives 100k-character tokens and unbalanced brackets', () => {
    fc.assert(
      fc.property(fc.constantFrom('a', '1', 'Ä', '(', ')', '-', '.', '😀'), fc.integer({ min: 100_000, max: 120_000 }), (ch, n) => {
        const text = `Den Haag, 23 november 2022 ${ch.repeat(n)} Kamerstuk 21 501-02, nr. 2535 (${'W.B. Hoekstra '.repeat(3)}`;
        checkExtraction(text, extract(text, CONTEXT));
      }),
      { numRuns: 8 },
    );
  });

  it.each(['a', '(', '1', ' '])(
    'takes a 10 MB run of %j',
    (ch) => {
      const text = ch.repeat(BIG);
      checkExtraction(text, extract(text, CONTEXT));
    },
    120_000,
  );
});

describe('findReferences() on any string', () => {
  it('returns references in text order whose mentions match the text, each target once', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const refs = findReferences(text);
        refs.forEach((r, i) => {
          checkReference(text, r, `reference ${i}`);
          expect(r.text).toBe(r.mention.text);
        });
        const targets = refs.flatMap((r) => (r.target ? [r.target] : []));
        expect(new Set(targets).size).toBe(targets.length);
      }),
      RUNS,
    );
  });

  it('with repeats, returns non-overlapping mentions in text order', () => {
    fc.assert(
      fc.property(citationNoise, (text) => {
        const refs = findReferences(text, { repeats: true });
        for (let i = 1; i < refs.length; i++) {
          expect((refs[i]?.mention.start ?? 0) >= (refs[i - 1]?.mention.end ?? 0)).toBe(true);
        }
        refs.forEach((r, i) => checkReference(text, r, `reference ${i}`));
      }),
      RUNS,
    );
  });

  it('finds a citation wherever it is put in noise', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), (before, after) => {
        const text = `${before} (Kamerstuk 21 501-02, nr. 2535) ${after}`;
        expect(findReferences(text).some((r) => r.target === 'kst-21501-02-2535')).toBe(true);
      }),
      RUNS,
    );
  });

  it.each(['a', '1', '(', '-', 'K'])(
    'takes a 10 MB run of %j',
    (ch) => {
      const text = ch.repeat(BIG);
      expect(findReferences(text)).toEqual([]);
    },
    60_000,
  );

  it('takes a 100k-character number and a 100k-item list', () => {
    const digits = '7'.repeat(100_000);
    expect(findReferences(`Kamerstuk ${digits}, nr. ${digits}`)).toEqual([]);
    const list = `Kamerstukken II 2019/20, 29 754, nrs. ${Array.from({ length: 100_000 }, (_, i) => i + 1).join(', ')}`;
    const refs = findReferences(list);
    expect(refs).toHaveLength(99_999); // numbers above 99 999 have six digits: the list ends there
    const wrong = refs.filter((r, i) => r.target !== `kst-29754-${i + 1}` || list.slice(r.mention.start, r.mention.end) !== r.mention.text);
    expect(wrong).toEqual([]);
  }, 60_000);
});
