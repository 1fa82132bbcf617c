// Bad pages: malformed HTML, an empty body, a huge page, a page without the expected parts.
import { problemWords } from '@/lib/ui/words';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml } from '@/tests/unit/helpers';

const URL_ = 'https://zoek.officielebekendmakingen.nl/kst-12345-6.html';

describe('bad input', () => {
  it('reads malformed HTML without throwing', () => {
    const reading = readPage(
      parseHtml('<main><p>BRIEF VAN DE MINISTER VAN FINANCIËN<p>Aan de Voorzitter<b><i>x</b></i><table><p>Den Haag, 31 februari 2023'),
      URL_,
    );
    expect(reading.document.letters[0]?.date ?? null).toBeNull(); // 31 februari does not exist
    expect(reading.document.kind).not.toBe('none');
  });

  it('says what it could not read on an empty body', () => {
    const reading = readPage(parseHtml('<html><body></body></html>'), URL_);
    expect(reading.body).toBeNull();
    expect(reading.problems).toContain('no-text');
    expect(reading.problems.map(problemWords).join(' ')).toMatch(/tekst van de publicatie is niet gevonden/);
  });

  it('reads a page without any of the expected parts as a kamerstuk without letters', () => {
    const reading = readPage(parseHtml('<div><span>Zomaar wat tekst zonder structuur.</span></div>'), URL_);
    expect(reading.document.kind).toBe('parliamentary-paper');
    expect(reading.document.letters).toEqual([]);
    expect(reading.problems).toContain('no-date');
    expect(reading.problems.map(problemWords).join(' ')).toMatch(/datum/);
  });

  it('reads a 20 MB page', () => {
    const letter = fixtureHtml('pages', 'kst-21501-02-2553');
    const paragraph = letter.match(/<p class="al">Nederland heeft daarom[\s\S]*?<\/p>/)?.[0] ?? '';
    const copies = Math.ceil(20_000_000 / paragraph.length);
    const big = letter.replace('<div class="ondertekening">', `${paragraph.repeat(copies)}<div class="ondertekening">`);
    expect(big.length).toBeGreaterThan(20_000_000);
    const reading = readPage(parseHtml(big), 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html');
    expect(reading.document.kind).toBe('letter');
    expect(reading.document.letters[0]?.signatories[0]?.name).toBe('W.B. Hoekstra');
    expect(reading.index.text.length).toBeGreaterThan(15_000_000);
  }, 120_000);
});
