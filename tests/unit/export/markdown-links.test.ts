// Addresses in notes and quotes: written as autolinks that a Markdown renderer (marked, as Obsidian
// and most viewers read CommonMark and GFM) links to exactly the address, the text around them still
// escaped, and nothing of the reader's ever rendered as HTML.
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { documentsById, toMarkdown } from '@/lib/export';
import { blockquote, escapeBlock } from '@/lib/export/markdown-escape';
import { passageNote } from '@/tests/unit/make-records';

/** The HTML a renderer makes of `markdown`, as a document. */
function render(markdown: string): Document {
  return new DOMParser().parseFromString(marked.parse(markdown, { async: false }), 'text/html');
}

/** The `href` of every link in the rendered Markdown. */
const hrefs = (doc: Document) => [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));

/** The text a reader sees, a line break as a space, white space folded. */
function shown(doc: Document): string {
  for (const br of doc.querySelectorAll('br')) br.replaceWith(' ');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// A note's text, the addresses a renderer must link, in order.
const CASES: Array<[string, string[]]> = [
  [
    'Zie https://www.tweedekamer.nl/kamerstukken/detail?id=2022Z19870&did=2022D41234 voor het debat',
    ['https://www.tweedekamer.nl/kamerstukken/detail?id=2022Z19870&did=2022D41234'],
  ],
  ['Lees https://zoek.officielebekendmakingen.nl/kst-36200-V-1.html.', ['https://zoek.officielebekendmakingen.nl/kst-36200-V-1.html']],
  ['https://example.org/a_b_c/*d*/e__f_', ['https://example.org/a_b_c/*d*/e__f']],
  ['(zie https://nl.wikipedia.org/wiki/Mark_Rutte_(politicus)).', ['https://nl.wikipedia.org/wiki/Mark_Rutte_(politicus)']],
  ['(https://example.org/x)', ['https://example.org/x']],
  ['twee: https://a.nl/x?y=1, en http://b.nl/#deel; klaar!', ['https://a.nl/x?y=1', 'http://b.nl/#deel']],
  ['**https://a.nl/vet** en ‘https://b.nl/c’', ['https://a.nl/vet', 'https://b.nl/c']],
  ['https://a.nl/%20spatie?q=a+b&r=1;s=$2', ['https://a.nl/%20spatie?q=a+b&r=1;s=$2']],
  ['1. https://a.nl/lijst', ['https://a.nl/lijst']],
  ['- https://a.nl/x\n    https://b.nl/y\\z', ['https://a.nl/x', 'https://b.nl/y']],
  ['javascript:alert(1) data:text/html,x https:// en https://.', []],
];

describe('Markdown: bare addresses in a note', () => {
  for (const [text, addresses] of CASES) {
    it(`links exactly the addresses in ${JSON.stringify(text)} and shows the text unchanged`, () => {
      for (const lines of [escapeBlock(text), blockquote(text)]) {
        const doc = render(lines.join('\n'));
        expect(hrefs(doc)).toEqual(addresses);
        expect([...doc.querySelectorAll('a')].map((a) => a.textContent)).toEqual(addresses);
        expect(shown(doc)).toBe(text.replace(/\s+/g, ' ').trim());
      }
    });
  }

  it('writes the address bare inside <…>, never backslash-escaped', () => {
    expect(escapeBlock('detail?id=2022Z19870&did=1 https://a.nl/detail?id=2022Z19870&did=1.')).toEqual([
      'detail?id\\=2022Z19870\\&did\\=1 <https://a.nl/detail?id=2022Z19870&did=1>.',
    ]);
  });

  it('links an address with letters beyond ASCII to the same address', () => {
    const address = 'https://nl.wikipedia.org/wiki/Curaçao';
    const [href] = hrefs(render(escapeBlock(`zie ${address}.`).join('\n')));
    expect(new URL(href ?? '').href).toBe(new URL(address).href);
  });

  it('keeps <script> and other HTML around or after an address inert', () => {
    const text = 'https://a.nl/?q=<script>alert(1)</script> <img src=x onerror=alert(2)> https://b.nl/"><script>x</script>';
    const doc = render(escapeBlock(text).join('\n'));
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(hrefs(doc)).toEqual(['https://a.nl/?q=', 'https://b.nl/']);
    expect(shown(doc)).toBe(text);
  });

  it('links the address of a note in the exported file', () => {
    const note = passageNote('p-1', 'kst-1-1', { text: 'Bron: https://a.nl/detail?id=2022Z19870&did=2022D4_1.' });
    const doc = render(toMarkdown([note], documentsById([]), { now: new Date(2026, 10, 27) }));
    expect(hrefs(doc)).toContain('https://a.nl/detail?id=2022Z19870&did=2022D4_1');
  });

  it('whatever the text: it shows as written, only its http(s) addresses become links, and no HTML runs', () => {
    const unit = fc.constantFrom(
      'https://a.nl/',
      'http://b.nl/x?y=1&z=2',
      'a',
      ' ',
      '\n',
      '(',
      ')',
      '.',
      ',',
      '_',
      '*',
      '<',
      '>',
      '\\',
      '=',
      '&',
      '#',
      '[',
      ']',
      '`',
      '"',
      '!',
      ':',
      '<script>',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const doc = render(escapeBlock(text).join('\n'));
        expect(shown(doc)).toBe(text.replace(/\s+/g, ' ').trim());
        expect(doc.body.querySelectorAll(':not(p, a, br)')).toHaveLength(0);
        for (const href of hrefs(doc)) {
          expect(href).toMatch(/^https?:\/\/./);
          expect(text).toContain(decodeURI(href ?? '')); // the renderer may percent-encode `[` and `]`
        }
      }),
      { numRuns: 300 },
    );
  });
});
