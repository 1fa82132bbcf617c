// The extraction of a text sent in parts equals the extraction of the whole text, however it is
// cut: on every fixture page in all three markups (with the context the page gives), on a longer
// mixed text, on random texts, and on degenerate text where rules would look far ahead; without the
// citations when asked, the rest unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REACH } from '@/lib/extract/actors/scanner';
import { extract, type ExtractContext } from '@/lib/extract/extract';
import { createExtractionStream } from '@/lib/extract/stream';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml, truths } from '@/tests/unit/helpers';

function streamed(text: string, cuts: number[], context: ExtractContext) {
  const stream = createExtractionStream();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    stream.push(text.slice(from, cut));
    from = cut;
  }
  stream.push(text.slice(from));
  return stream.finish(context);
}

// A seeded generator (mulberry32), so a failure can be run again.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Ways to cut a text: at random places, at every line break (and right before and after it), at
// spaces, into single characters near the start, inside a surrogate pair.
function cutsOf(text: string, seed: number): number[][] {
  const r = random(seed);
  const n = text.length;
  const randomCuts = (k: number) => Array.from({ length: k }, () => Math.floor(r() * (n + 1)));
  const at = (re: RegExp, shift: number) => [...text.matchAll(re)].map((m) => m.index + shift).filter((i) => i >= 0 && i <= n);
  const pair = [...text.matchAll(/[\ud800-\udbff]/g)].map((m) => m.index + 1);
  return [
    randomCuts(2),
    randomCuts(7),
    randomCuts(40),
    at(/\n/g, 0),
    at(/\n/g, 1),
    at(/ /g, 0).filter((_, i) => i % 7 === 0),
    Array.from({ length: Math.min(n, 300) }, (_, i) => i),
    pair,
  ];
}

const contextOf = (reading: ReturnType<typeof readPage>): ExtractContext => ({
  id: reading.document.id,
  documentDate: reading.document.date,
  kind: reading.document.kind,
  letters: reading.document.letters,
});

describe('the streamed extraction equals the one-shot extraction', () => {
  for (const variant of ['pages', 'pages-b', 'pages-c'] as const) {
    for (const truth of truths()) {
      it(`${variant}/${truth.id}`, () => {
        const reading = readPage(parseHtml(fixtureHtml(variant, truth.id)), truth.url);
        const text = reading.index.text;
        const context = contextOf(reading);
        const whole = extract(text, context);
        cutsOf(text, text.length).forEach((cuts, k) => {
          expect(streamed(text, cuts, context), `cuts #${k}`).toEqual(whole);
        });
      });
    }
  }

  it('on all the fixture texts in one, as a Handeling and as a letter', () => {
    const text = truths()
      .map((t) => readPage(parseHtml(fixtureHtml('pages', t.id)), t.url).index.text)
      .join('\n');
    const contexts: ExtractContext[] = [
      { id: 'h-tk-20232024-4-26', documentDate: null, kind: 'proceedings', letters: [] },
      {
        id: 'kst-21501-02-2553',
        documentDate: '2022-11-23',
        kind: 'letter',
        letters: [
          {
            title: null,
            sender: null,
            addressee: 'Voorzitter van de Eerste Kamer der Staten-Generaal',
            place: 'Den Haag',
            date: '2022-11-23',
            signatories: [{ name: 'W.B. Hoekstra', role: 'De Minister van Buitenlandse Zaken' }],
          },
        ],
      },
    ];
    for (const context of contexts) {
      const whole = extract(text, context);
      expect(whole.actors.length).toBeGreaterThan(20);
      for (const cuts of cutsOf(text, 7).slice(0, 6)) expect(streamed(text, cuts, context)).toEqual(whole);
    }
  });

  it('on random texts cut anywhere', () => {
    const words = fc.constantFrom(
      'De',
      'Minister',
      'van',
      'Buitenlandse',
      'Zaken',
      ',',
      'W.B.',
      'Hoekstra',
      'de',
      'heer',
      'Klaar',
      '(',
      ')',
      'EU',
      'Kamer',
      'uw',
      'voorzitter',
      ':',
      'op',
      '2',
      'oktober',
      '2022',
      'jl.',
      'Kamerstuk',
      '21 501-02',
      'nr.',
      '2553',
      '\n',
      ' ',
      'te',
      'weten',
      'leden',
      'en',
      'Azerbeidzjaanse',
      'ambassadeur',
      'motie',
      '35570-XIV-46',
      'Raad Buitenlandse Zaken (RBZ)',
      'RBZ',
      '😀',
      'ë',
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 120 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.constantFrom('letter', 'proceedings'),
        (parts, cuts, kind) => {
          const text = parts.join(' ');
          const context: ExtractContext = { id: null, documentDate: '2022-11-23', kind: kind as ExtractContext['kind'], letters: [] };
          expect(
            streamed(
              text,
              cuts.map((c) => c % (text.length + 1)),
              context,
            ),
          ).toEqual(extract(text, context));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('without the citations when asked (the extraction port leaves them to the page)', () => {
    for (const truth of truths()) {
      const reading = readPage(parseHtml(fixtureHtml('pages', truth.id)), truth.url);
      const text = reading.index.text;
      const context = contextOf(reading);
      const stream = createExtractionStream(0, { references: false });
      for (let at = 0; at < text.length; at += 1500) stream.push(text.slice(at, at + 1500));
      expect(stream.finish(context)).toEqual({ ...extract(text, context), references: [] });
    }
  });

  it('where a rule would look further ahead than REACH tokens', () => {
    const long = (unit: string, n: number) => Array.from({ length: n }, () => unit).join(' ');
    const text = [
      `de leden Sjoerdsma ( ${long('woord', REACH + 50)} ) en Brekelmans`,
      `Raad ${long('Raad -', REACH)} Zaken`,
      `mr. ${long('mr.', REACH)} Klaar`,
      `W. ${long('B.', REACH)} Hoekstra`,
      `vaste commissie voor ${long('Zaken en', REACH)} Klimaat`,
    ].join('\n');
    const context: ExtractContext = { id: null, documentDate: '2022-11-23', kind: 'letter', letters: [] };
    const whole = extract(text, context);
    for (const cuts of cutsOf(text, 3).slice(0, 5)) expect(streamed(text, cuts, context)).toEqual(whole);
  });
});
