// Importing the W3C Web Annotation Data Model's own examples (https://www.w3.org/TR/annotation-model/),
// their targets pointed at a publication of the site: what Kantlijn can hold (a passage, by its
// quote) comes in with its words, tags and times; what it cannot (a whole page, a position only)
// is listed with a reason, never lost without a word and never an exception.
import { describe, expect, it } from 'vitest';
import { parseImport, type ParsedImport } from '@/lib/export';

const PAGE = 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html';
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

async function parsed(value: unknown): Promise<ParsedImport> {
  const outcome = await parseImport(JSON.stringify(value), { yieldTo: false });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.parsed;
}

// The quote of the examples, taken from the letter.
const QUOTE = {
  type: 'TextQuoteSelector',
  exact: 'de Azerbeidzjaanse ambassadeur laten weten',
  prefix: 'Daarbij heeft Nederland ',
  suffix: ' dat Nederland, samen met',
};

describe('the model’s examples, pointed at a publication', () => {
  it('the basic annotation, on a whole page: refused with a reason, not lost in silence', async () => {
    const p = await parsed({
      '@context': CONTEXT,
      id: 'http://example.org/anno1',
      type: 'Annotation',
      body: 'http://example.post',
      target: PAGE,
    });
    expect(p.kind).toBe('web-annotation');
    expect(p.notes).toHaveLength(0);
    expect(p.invalid).toHaveLength(1);
    expect(p.invalid[0]?.reasons.join(' ')).not.toBe('');
  });

  it('a textual body with format and language, on a passage by its quote: the note’s words kept', async () => {
    const p = await parsed({
      '@context': CONTEXT,
      id: 'http://example.org/anno5',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'Zie ook het verslag van de Raad.', format: 'text/plain', language: 'nl' },
      target: { source: PAGE, selector: QUOTE },
    });
    expect(p.notes).toHaveLength(1);
    expect(p.notes[0]).toMatchObject({ text: 'Zie ook het verslag van de Raad.', subject: 'passage', url: PAGE });
    expect(p.notes[0]?.selectors?.quote).toEqual(QUOTE);
  });

  it('bodies with purposes: a tag and a comment', async () => {
    const p = await parsed({
      '@context': CONTEXT,
      id: 'http://example.org/anno11',
      type: 'Annotation',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'toezegging' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Nederland volgt het onderzoek.' },
      ],
      target: { source: PAGE, selector: QUOTE },
    });
    expect(p.notes[0]).toMatchObject({ text: 'Nederland volgt het onderzoek.', tags: ['toezegging'] });
  });

  it('an external web resource as the body (an address): the address becomes the note’s text', async () => {
    const p = await parsed({
      '@context': CONTEXT,
      id: 'http://example.org/anno2',
      type: 'Annotation',
      body: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering',
      target: { source: PAGE, selector: QUOTE },
    });
    expect(p.notes[0]?.text).toContain('https://www.tweedekamer.nl/kamerstukken/brieven_regering');
  });

  it('a TextPositionSelector alone: no words to find the passage by, so listed with a reason', async () => {
    const p = await parsed({
      '@context': CONTEXT,
      id: 'http://example.org/anno22',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'Positie zonder woorden.' },
      target: { source: PAGE, selector: { type: 'TextPositionSelector', start: 412, end: 795 } },
    });
    expect(p.notes).toHaveLength(0);
    expect(p.invalid).toHaveLength(1);
  });

  it('a selector refined by a TextQuoteSelector: the quote is found', async () => {
    const p = await parsed({
      '@context': CONTEXT,
      id: 'http://example.org/anno33',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'Verfijnd.' },
      target: { source: PAGE, selector: { type: 'FragmentSelector', value: 'para=5', refinedBy: QUOTE } },
    });
    expect(p.notes).toHaveLength(1);
    expect(p.notes[0]?.selectors?.quote.exact).toBe(QUOTE.exact);
  });

  it('a collection with its first page embedded: every annotation read, times kept', async () => {
    const p = await parsed({
      '@context': CONTEXT,
      id: 'http://example.org/collection1',
      type: 'AnnotationCollection',
      label: 'Two Annotations',
      total: 2,
      first: {
        id: 'http://example.org/page1',
        type: 'AnnotationPage',
        startIndex: 0,
        items: [
          {
            id: 'http://example.org/anno1',
            type: 'Annotation',
            created: '2022-11-24T10:00:00Z',
            modified: '2022-11-25T09:30:00Z',
            body: { type: 'TextualBody', value: 'Eerste.' },
            target: { source: PAGE, selector: QUOTE },
          },
          {
            id: 'http://example.org/anno2',
            type: 'Annotation',
            body: { type: 'TextualBody', value: 'Tweede.' },
            target: {
              source: PAGE,
              selector: { ...QUOTE, exact: 'het onderzoek nauwkeurig zal volgen', prefix: 'partners, ', suffix: '. De resultaten' },
            },
          },
        ],
      },
    });
    expect(p.notes.map((n) => n.text).sort()).toEqual(['Eerste.', 'Tweede.']);
    const first = p.notes.find((n) => n.text === 'Eerste.');
    expect(first?.created).toBe(Date.parse('2022-11-24T10:00:00Z'));
    expect(first?.updated).toBe(Date.parse('2022-11-25T09:30:00Z'));
  });
});
