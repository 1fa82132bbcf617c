// The indexer emits whole runs over single spaces (faster); it must give exactly the text,
// segments and notes of the original word-by-word indexer, on every fixture page and on random markup.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocumentBody } from '@/lib/page/body';
import { buildTextIndex, buildTextIndexInSlices, type TextIndex } from '@/lib/page/text-index';
import { FIXTURES, fixtureHtml, page, parseHtml } from '@/tests/unit/helpers';
import { referenceTextIndex } from './reference-text-index';

function expectSame(actual: TextIndex, expected: TextIndex): void {
  expect(actual.text).toBe(expected.text);
  expect(actual.segments.length).toBe(expected.segments.length);
  actual.segments.forEach((s, i) => {
    const e = expected.segments[i];
    expect(e && s.start === e.start && s.end === e.end && s.node === e.node && s.nodeStart === e.nodeStart).toBe(true);
  });
  expect(actual.notes.map((n) => [n.offset, n.label, n.target, n.element])).toEqual(
    expected.notes.map((n) => [n.offset, n.label, n.target, n.element]),
  );
  expect(actual.sourceLength).toBe(expected.sourceLength);
}

const VARIANTS = ['pages', 'pages-b', 'pages-c'] as const;

describe('the text index equals the original indexer', () => {
  for (const variant of VARIANTS) {
    const ids = readdirSync(join(FIXTURES, variant))
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -5));
    for (const id of ids) {
      it(`${variant}/${id}`, async () => {
        const doc = parseHtml(fixtureHtml(variant, id));
        const body = findDocumentBody(doc) ?? doc.body;
        const expected = referenceTextIndex(body);
        expectSame(buildTextIndex(body), expected);
        expectSame(await buildTextIndexInSlices(body, { sliceMs: 0 }), expected);
      });
    }
  }

  // Text made of the characters the indexer treats apart: spaces of every kind, dropped ones, controls.
  const pieces = fc.constantFrom(
    'a',
    'Zaken',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    '\u2009',
    '\u202f',
    '\u00ad',
    '\u200b',
    '\ufeff',
    '\u000b',
    '\u007f',
    'ë',
    '’',
    '😀',
    '.',
    '1',
  );
  const text = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''));
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const controls = fc.constantFrom(
    'Naar boven',
    ' delen ',
    'Permanente link',
    'U bent hier: Home',
    'Sluit modaal',
    'Technische informatie',
    'kopieer de link',
    'Naar',
    'Delen maar',
    'u bent',
  );
  const inline = fc
    .tuple(
      fc.constantFrom(
        'b',
        'i',
        'span',
        'a href="#n1"',
        'sup',
        'a class="nootnum" href="#n2"',
        'span class="a nootnum"',
        'button',
        'span role="navigation"',
        'em aria-hidden="true"',
        'span hidden',
        'a class="share-link"',
        'div id="pageactions"',
      ),
      fc.oneof(text, controls),
    )
    .map(([tag, t]) => `<${tag}>${escapeHtml(t)}</${tag.split(' ')[0]}>`);
  const block = fc
    .array(fc.oneof(text.map(escape), inline, fc.constant('<br>')), { maxLength: 6 })
    .chain((inner) => fc.constantFrom('p', 'div', 'h2', 'li').map((tag) => `<${tag}>${inner.join('')}</${tag}>`));
  it('on random markup', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(block, text.map(escape)), { maxLength: 8 }), (blocks) => {
        const main = page(blocks.join('')).querySelector('main') as Element;
        expectSame(buildTextIndex(main), referenceTextIndex(main));
      }),
      { numRuns: 400 },
    );
  });
});
