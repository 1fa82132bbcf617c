// The citations found in slices (the page's share of a streamed extraction) are the ones
// findReferences gives: on every fixture text in all three markups, on all of them in one text long
// enough for many slices, with repeats kept, on random texts; the search of each pattern goes on
// where it stood (PatternScan) and starts again when the text is another string; an abort stops it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PatternScan } from '@/lib/extract/pattern-scan';
import { findReferences } from '@/lib/extract/references';
import { findReferencesInSlices } from '@/lib/extract/references-in-slices';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml, truths } from '@/tests/unit/helpers';

// A pause that counts; sliceMs 0 pauses after every step of the finder.
function counting() {
  const counter = { pauses: 0, pause: () => Promise.resolve().then(() => void counter.pauses++) };
  return counter;
}

describe('findReferencesInSlices', () => {
  for (const variant of ['pages', 'pages-b', 'pages-c'] as const) {
    it(`equals findReferences on the ${variant} fixtures`, async () => {
      for (const truth of truths()) {
        const text = readPage(parseHtml(fixtureHtml(variant, truth.id)), truth.url).index.text;
        expect(await findReferencesInSlices(text, { sliceMs: 0, pause: counting().pause }), truth.id).toEqual(findReferences(text));
      }
    });
  }

  it('equals findReferences on a long text, slice after slice, with repeats kept', async () => {
    const one = truths()
      .map((t) => readPage(parseHtml(fixtureHtml('pages', t.id)), t.url).index.text)
      .join('\n');
    const text = Array.from({ length: 12 }, () => one).join('\n');
    const counter = counting();
    const sliced = await findReferencesInSlices(text, { sliceMs: 0, pause: counter.pause });
    expect(sliced.length).toBeGreaterThan(50);
    expect(sliced).toEqual(findReferences(text));
    expect(counter.pauses).toBeGreaterThan(5);
    expect(await findReferencesInSlices(text, { sliceMs: 0, pause: counting().pause, repeats: true })).toEqual(
      findReferences(text, { repeats: true }),
    );
  });

  it('equals findReferences on random texts', async () => {
    const words = fc.constantFrom(
      'Kamerstuk',
      'Kamerstukken II',
      '21 501-02',
      'nr.',
      'nrs.',
      '2553',
      'en',
      '7',
      'Stb.',
      'Staatsblad',
      '2023',
      ',',
      '35570-XIV-46',
      '35925-32',
      'motie',
      'kst-21501-02-2553',
      'Handelingen II',
      '2022/23',
      'item',
      '12',
      '\n',
      ' ',
      'Bijlage',
      'blz.',
      '(',
      ')',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(words, { maxLength: 80 }), async (parts) => {
        const text = parts.join(' ');
        expect(await findReferencesInSlices(text, { sliceMs: 0, pause: counting().pause })).toEqual(findReferences(text));
      }),
      { numRuns: 200 },
    );
  });

  it('stops when its signal aborts', async () => {
    const text = Array.from({ length: 40 }, () => 'Kamerstuk 21 501-02, nr. 2553. '.repeat(2000)).join('\n');
    const stop = new AbortController();
    const found = findReferencesInSlices(text, {
      sliceMs: 0,
      pause: () => Promise.resolve().then(() => stop.abort()),
      signal: stop.signal,
    });
    await expect(found).rejects.toThrow();
  });
});

describe('PatternScan', () => {
  it('keeps the match past the stop for the next call, and searches again in another string', () => {
    const scan = new PatternScan(/\d+/g);
    const text = 'a 12 b 345 c 6';
    expect(scan.take(text, 2)).toBeNull(); // "12" starts at 2
    expect(scan.take(text, 3)?.[0]).toBe('12');
    scan.pass();
    expect(scan.take(text, 7)).toBeNull();
    const longer = `${text}78 d`;
    expect(scan.take(longer, 20)?.[0]).toBe('345');
    scan.pass();
    expect(scan.take(longer, 20)?.[0]).toBe('678'); // read on in the longer text
    scan.resume(0);
    expect(scan.take(longer, 20)?.[0]).toBe('12');
  });
});
