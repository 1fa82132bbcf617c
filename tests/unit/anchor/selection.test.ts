// The reader's selection → offsets in the TextIndex text (happy-dom): text and element
// boundaries, white space at the edges, selections outside the indexed text. The page is built
// in the test's own document: happy-dom's Range misbehaves on documents made by DOMParser.
import { describe, expect, it } from 'vitest';
import { describeSelection, rangeToOffsets, selectionToOffsets } from '@/lib/anchor';
import { compareBoundaryPoints } from '@/lib/anchor/selection';
import { buildTextIndex, type TextIndex } from '@/lib/page/text-index';

const BODY =
  '<header class="chrome">Zoeken in publicaties</header>' +
  '<p id="a">Geachte voorzitter,</p>' +
  '<p id="b">Hierbij ontvangt u de <b>geannoteerde</b> agenda   voor de Raad.</p>' +
  '<p id="c">Hoogachtend,</p>';

function setup(): { doc: Document; index: TextIndex } {
  const doc = document;
  doc.body.innerHTML = `<main>${BODY}</main>`;
  const index = buildTextIndex(doc.querySelector('main') as Element, (el) => el.classList.contains('chrome'));
  return { doc, index };
}

function textIn(doc: Document, id: string, nth = 0): Text {
  const walker = doc.createTreeWalker(doc.getElementById(id) as Node, 4 /* SHOW_TEXT */);
  let node = walker.nextNode();
  for (let i = 0; i < nth; i++) node = walker.nextNode();
  return node as Text;
}

function range(doc: Document, sc: Node, so: number, ec: Node, eo: number): Range {
  const r = doc.createRange();
  r.setStart(sc, so);
  r.setEnd(ec, eo);
  return r;
}

function selected(index: TextIndex, span: { start: number; end: number } | null): string | null {
  return span ? index.text.slice(span.start, span.end) : null;
}

describe('rangeToOffsets', () => {
  it('leaves the site chrome out of the index this test builds', () => {
    expect(setup().index.text).toBe('Geachte voorzitter,\nHierbij ontvangt u de geannoteerde agenda voor de Raad.\nHoogachtend,');
  });

  it('maps a selection inside text nodes, across an inline element', () => {
    const { doc, index } = setup();
    const first = textIn(doc, 'b', 0); // "Hierbij ontvangt u de "
    const last = textIn(doc, 'b', 2); // " agenda   voor de Raad."
    const span = rangeToOffsets(index, range(doc, first, 8, last, 7));
    expect(selected(index, span)).toBe('ontvangt u de geannoteerde agenda');
  });

  it('trims white space picked up at the edges (a double click takes the space after a word)', () => {
    const { doc, index } = setup();
    const first = textIn(doc, 'b', 0);
    const last = textIn(doc, 'b', 2);
    const span = rangeToOffsets(index, range(doc, first, 21, last, 10)); // " geannoteerde agenda   "
    expect(selected(index, span)).toBe('geannoteerde agenda');
    expect(span?.start).toBe(index.text.indexOf('geannoteerde'));
  });

  it('maps element boundaries (a triple click selects from one paragraph to the next)', () => {
    const { doc, index } = setup();
    const b = doc.getElementById('b') as Element;
    const c = doc.getElementById('c') as Element;
    expect(selected(index, rangeToOffsets(index, range(doc, b, 0, c, 0)))).toBe('Hierbij ontvangt u de geannoteerde agenda voor de Raad.');
    const main = doc.querySelector('main') as Element;
    expect(selected(index, rangeToOffsets(index, range(doc, main, 0, main, main.childNodes.length)))).toBe(index.text);
  });

  it('cuts a selection that starts in the chrome to the indexed text', () => {
    const { doc, index } = setup();
    const chromeText = (doc.querySelector('header') as Element).firstChild as Text;
    const span = rangeToOffsets(index, range(doc, chromeText, 3, textIn(doc, 'a'), 7));
    expect(selected(index, span)).toBe('Geachte');
  });

  it('is null for a selection wholly outside the index, collapsed, or of white space only', () => {
    const { doc, index } = setup();
    const chromeText = (doc.querySelector('header') as Element).firstChild as Text;
    expect(rangeToOffsets(index, range(doc, chromeText, 0, chromeText, 6))).toBeNull();
    const b = textIn(doc, 'b', 0);
    expect(rangeToOffsets(index, range(doc, b, 4, b, 4))).toBeNull();
    const spaces = textIn(doc, 'b', 2); // " agenda   voor…": the run of three spaces
    expect(rangeToOffsets(index, range(doc, spaces, 7, spaces, 10))).toBeNull();
  });
});

describe('selectionToOffsets and describeSelection', () => {
  it('uses the first range start and the last range end of a selection', () => {
    const { doc, index } = setup();
    const r1 = range(doc, textIn(doc, 'a'), 0, textIn(doc, 'a'), 7);
    const r2 = range(doc, textIn(doc, 'c'), 0, textIn(doc, 'c'), 11);
    const sel = { rangeCount: 2, getRangeAt: (i: number) => (i === 0 ? r1 : r2) };
    expect(selected(index, selectionToOffsets(index, sel))).toBe(index.text.slice(0, index.text.indexOf('Hoogachtend') + 11));
    expect(selectionToOffsets(index, { rangeCount: 0, getRangeAt: () => r1 })).toBeNull();
  });

  it('describes the selected words with their context', () => {
    const { doc, index } = setup();
    const t = textIn(doc, 'a');
    const s = describeSelection(index, range(doc, t, 0, t, 19));
    expect(s?.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Geachte voorzitter,',
      prefix: '',
      suffix: '\nHierbij ontvangt u de geannotee',
    });
    expect(s?.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 19, codePoints: { start: 0, end: 19 } });
    expect(describeSelection(index, { rangeCount: 0, getRangeAt: () => range(doc, t, 0, t, 1) })).toBeNull();
  });
});

describe('compareBoundaryPoints', () => {
  it('agrees with Range.comparePoint on points in text, in elements and across ancestors', () => {
    const { doc } = setup();
    const main = doc.querySelector('main') as Element;
    const points: Array<[Node, number]> = [
      [main, 0],
      [main, 2],
      [main, 4],
      [doc.getElementById('b') as Node, 1],
      [doc.getElementById('b') as Node, 3],
      [textIn(doc, 'a'), 0],
      [textIn(doc, 'a'), 5],
      [textIn(doc, 'b', 1), 2],
      [textIn(doc, 'c'), 11],
    ];
    for (const [a, ao] of points) {
      for (const [b, bo] of points) {
        const r = doc.createRange();
        r.setStart(b, bo);
        r.collapse(true);
        expect(compareBoundaryPoints(a, ao, b, bo)).toBe(r.comparePoint(a, ao));
      }
    }
  });
});
