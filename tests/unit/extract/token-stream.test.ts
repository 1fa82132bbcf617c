// The token stream the extraction reads its text with gives the tokens `tokenize` gives, however
// the text is advanced (the two are separate loops on purpose: tokens.ts says why).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTokenStream, tokenize, type Tokens } from '@/lib/extract/tokens';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml, truths } from '@/tests/unit/helpers';

const list = (t: Tokens) => Array.from({ length: t.count }, (_, i) => [t.starts[i], t.ends[i], t.isWord[i]]);

// Advances to each white-space offset in `stops` (sorted), then to the end, on a text that grows.
function streamed(text: string, stops: number[]): Tokens {
  const stream = createTokenStream(4);
  for (const stop of stops) {
    stream.setText(text.slice(0, Math.min(text.length, stop + 1 + (stop % 5))));
    stream.advance(stop);
  }
  stream.setText(text);
  stream.advance(text.length);
  return stream.tokens;
}

const spaces = (text: string) => [...text.matchAll(/[ \n]/g)].map((m) => m.index);

describe('createTokenStream', () => {
  it('tokenises every fixture text as tokenize does, in one go and a space at a time', () => {
    for (const truth of truths()) {
      const text = readPage(parseHtml(fixtureHtml('pages', truth.id)), truth.url).index.text;
      const whole = list(tokenize(text));
      expect(list(streamed(text, []))).toEqual(whole);
      expect(list(streamed(text, spaces(text)))).toEqual(whole);
    }
  });

  it('tokenises random text as tokenize does', () => {
    const piece = fc.constantFrom(
      'a',
      'Zaken',
      'crisis1',
      'D66',
      'W.B.',
      ' ',
      '\n',
      '\t',
      '\u00a0',
      '-',
      '’',
      '😀',
      '\ud800',
      'ë',
      'e\u0301',
      '2022',
      '12345',
      '.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (parts, picks) => {
        const text = parts.join('');
        const at = spaces(text);
        const stops = at.length ? [...new Set(picks.map((p) => at[p % at.length] as number))].sort((a, b) => a - b) : [];
        expect(list(streamed(text, stops))).toEqual(list(tokenize(text)));
      }),
      { numRuns: 1000 },
    );
  });
});
