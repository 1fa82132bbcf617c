// The page reader on pages made to slow it (issue 14): the kinds of text of ADVERSARIAL_TEXT as
// one long line and as many lines, and a metadata.xml made to slow its scanner. Its time must grow
// in step with the page and stay of the order of an ordinary page's. A dossier line of white space
// ending in a line separator (U+2028), a caps title of many "VAN"s with one inside, and a
// metadata.xml of unclosed `<metadata ` tags each cost their length squared.
import { describe, expect, it } from 'vitest';
import { parseMetadataXml } from '@/lib/page/metadata';
import { readPage } from '@/lib/page/read-page';
import { parseHtml } from '@/tests/unit/helpers';
import { ADVERSARIAL_TEXT, built, LINEAR_BOUND, ordinaryText, SIZES, SLOWDOWN_BOUND, slowdown, stepGrowth } from '@/tests/unit/linear-time';

const URL_ = 'https://zoek.officielebekendmakingen.nl/kst-35000-1.html';
const LINE = 80;
// A reading takes milliseconds: more rounds than the default, so that a collection of the parsed
// pages' garbage in one of them does not count.
const ROUNDS = 4;
// The kinds of text the patterns of a document's head lines (dossier, title) are made to read,
// read up to a million characters on one line: parsing a page that size costs more than reading
// it, so not every kind.
const HEAD_LINES = new Set([
  'spaces before a line separator',
  'a caps title of VANs',
  'capitalised words',
  'title-case words',
  'a comma list',
]);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const read = (doc: Document) => readPage(doc, URL_);
const inBody = (html: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body><main>${html}</main></body></html>`);

// A page whose text is one paragraph.
function onePage(text: string): Document {
  return inBody(`<p>${escapeHtml(text)}</p>`);
}

// A page whose text is cut into paragraphs of LINE characters, 64 to a block (as a long text's
// sections hold them).
function linesPage(text: string): Document {
  const blocks: string[] = [];
  for (let at = 0; at < text.length; at += 64 * LINE) {
    const lines: string[] = [];
    for (let k = at; k < Math.min(text.length, at + 64 * LINE); k += LINE) lines.push(`<p>${escapeHtml(text.slice(k, k + LINE))}</p>`);
    blocks.push(`<div>${lines.join('')}</div>`);
  }
  return inBody(blocks.join(''));
}

// Each size's page parsed once: parsing costs more than reading.
function pagesOf(make: (size: number) => string, shape: (text: string) => Document): (size: number) => Document {
  const pages = new Map<number, Document>();
  return (size) => {
    let page = pages.get(size);
    if (!page) pages.set(size, (page = shape(make(size))));
    return page;
  };
}

describe('readPage on pages made to slow it', () => {
  let ordinaryPage: Document | undefined;

  it.each(Object.keys(ADVERSARIAL_TEXT))(
    'reads %s as one line in linear time',
    (name) => {
      const page = pagesOf(ADVERSARIAL_TEXT[name] as (size: number) => string, onePage);
      const sizes = HEAD_LINES.has(name) ? SIZES : [10_000, 100_000];
      for (const ratio of stepGrowth(page, read, sizes, LINEAR_BOUND, ROUNDS)) expect(ratio).toBeLessThan(LINEAR_BOUND);
    },
    60_000,
  );

  it.each(Object.keys(ADVERSARIAL_TEXT))(
    'reads %s as lines in linear time, about as fast as an ordinary page',
    (name) => {
      const page = pagesOf(ADVERSARIAL_TEXT[name] as (size: number) => string, linesPage);
      for (const ratio of stepGrowth(page, read, [10_000, 100_000], LINEAR_BOUND, ROUNDS)) expect(ratio).toBeLessThan(LINEAR_BOUND);
      ordinaryPage ??= linesPage(ordinaryText(100_000));
      expect(slowdown(page(100_000), ordinaryPage, read, ROUNDS)).toBeLessThan(SLOWDOWN_BOUND);
    },
    60_000,
  );

  it('still reads a dossier line and a caps title as before', () => {
    const reading = read(
      inBody(
        '<p>21 501-02\u000b Raad Algemene Zaken</p><p>BRIEF VAN DE MINISTER VAN FINANCIËN</p><p>Aan de Voorzitter van de Tweede Kamer</p>',
      ),
    );
    expect(reading.document.dossier).toEqual(['21501-02']);
    expect(reading.document.dossierTitles).toEqual(['Raad Algemene Zaken']);
    expect(reading.document.letters[0]?.sender).toBe('Minister van Financiën');
  });
});

describe('parseMetadataXml on a file made to slow it', () => {
  it('reads unclosed tags and long attributes in linear time, up to a million characters', () => {
    const files = [
      (size: number) => `<metadata_gegevens>${built('<metadata ', size)}`,
      (size: number) => `<metadata_gegevens><metadata ${built('name="a" ', size)}content="b"/>`,
      (size: number) => `<metadata_gegevens>${built('<metadata name="DC.title" content="&amp;&#x41;"/>', size)}`,
    ];
    for (const file of files) for (const ratio of stepGrowth(file, parseMetadataXml, SIZES)) expect(ratio).toBeLessThan(LINEAR_BOUND);
  }, 60_000);

  it('reads the tags as before, and a tag with a "<" in it as no tag', () => {
    const meta = parseMetadataXml(
      '<metadata_gegevens><metadata name="a" content="1 &lt; 2"/><metadata name="b" <metadata name="c" content="3">',
    );
    expect([...meta.keys()]).toEqual(['a', 'c']);
    expect(meta.get('a')).toEqual(['1 < 2']);
  });
});
