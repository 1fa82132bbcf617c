// The page reader on pages built from random text made of the pieces that slow or confuse it
// (tests/unit/extract/adversarial.ts), each line a block of its own: it never throws, and the
// reading and the report built from it are valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Letter } from '@/lib/model/report';
import { readPage } from '@/lib/page/read-page';
import { buildReport } from '@/lib/report/build-report';
import { adversarialText, checkExtraction, isIsoDate } from '@/tests/unit/extract/adversarial';
import { parseHtml } from '@/tests/unit/helpers';

const KINDS = new Set(['letter', 'parliamentary-questions', 'proceedings', 'parliamentary-paper', 'official-gazette', 'none']);
const IDS = ['kst-35000-1', 'kst-21501-02-2553', 'ah-tk-20242025-1028', 'h-tk-20232024-4-26', 'stcrt-2021-7182', 'blg-1062435'];
// How a line is printed: a paragraph, a heading, a bold paragraph, a paragraph with a footnote mark.
const BLOCKS = [
  (s: string) => `<p>${s}</p>`,
  (s: string) => `<h2>${s}</h2>`,
  (s: string) => `<p><b>${s}</b></p>`,
  (s: string) => `<p>${s}<sup>1</sup></p>`,
];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const optional = (value: string | null) => value === null || typeof value === 'string';

function pageOf(text: string, blocks: readonly number[]): Document {
  const body = text
    .split('\n')
    .map((line, i) => (BLOCKS[(blocks[i % blocks.length] ?? 0) % BLOCKS.length] as (s: string) => string)(escapeHtml(line)))
    .join('');
  return parseHtml(`<!doctype html><html><head><title>t</title></head><body><main>${body}</main></body></html>`);
}

function checkLetter(letter: Letter): void {
  expect([letter.title, letter.sender, letter.addressee, letter.place].every(optional)).toBe(true);
  expect(letter.date === null || isIsoDate(letter.date), `letter date ${letter.date}`).toBe(true);
  for (const s of letter.signatories) expect(typeof s.name === 'string' && optional(s.role)).toBe(true);
}

describe('readPage on a page of adversarial text', () => {
  it('never throws and gives a valid reading and report', () => {
    fc.assert(
      fc.property(adversarialText, fc.constantFrom(...IDS), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (text, id, blocks) => {
        const url = `https://zoek.officielebekendmakingen.nl/${id}.html`;
        const reading = readPage(pageOf(text, blocks), url);
        const { index, lines, document: doc } = reading;
        let after = 0;
        for (const line of lines) {
          expect(line.start >= after && index.text.slice(line.start, line.start + line.text.length) === line.text).toBe(true);
          after = line.start + line.text.length;
        }
        expect(KINDS.has(doc.kind) && doc.id === id).toBe(true);
        expect(doc.date === null || isIsoDate(doc.date), `document date ${doc.date}`).toBe(true);
        expect(optional(doc.title) && doc.dossier.every((d) => typeof d === 'string')).toBe(true);
        doc.letters.forEach(checkLetter);
        checkExtraction(index.text, buildReport(reading));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
