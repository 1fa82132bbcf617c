// W3C Web Annotation JSON-LD: the shape of the model (context, collection, page, annotations,
// bodies, selectors), the actor targets, and reading it back — also files from other tools.
import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, documentsById, exportFile, parseImport, type ParsedImport } from '@/lib/export';
import type { Note } from '@/lib/notes/note';
import { actorKeyOfIri } from '@/lib/export/web-annotation-terms';
import { library, NOW } from './fixtures';

async function parsed(value: unknown): Promise<ParsedImport> {
  const outcome = await parseImport(JSON.stringify(value), { yieldTo: false });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.parsed;
}

type Json = Record<string, unknown>;

describe('W3C Web Annotation export', () => {
  const { notes, documents } = library();
  const byId = documentsById(documents);
  const file = exportFile('web-annotation', notes, byId, { now: new Date(NOW) });
  const collection = JSON.parse(file.content) as Json;

  it('is an AnnotationCollection in the anno.jsonld context with an embedded first page', () => {
    expect(file.fileName).toMatch(/^kantlijn-notities-\d{4}-\d{2}-\d{2}\.jsonld$/);
    expect(file.mimeType).toBe('application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"');
    expect(collection['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { kantlijn: 'urn:kantlijn:vocab:' }]);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(collection.total).toBe(notes.length);
    expect(collection.generated).toBe(new Date(NOW).toISOString());
    const first = collection.first as Json;
    expect(first).toMatchObject({ type: 'AnnotationPage', startIndex: 0, partOf: collection.id });
    expect(first.id).toMatch(/^urn:uuid:/);
    expect(collection.last).toBe(first.id);
    expect(first.items).toHaveLength(notes.length);
  });

  it('writes each note as an Annotation with TextualBody bodies and a quote selector', () => {
    const items = (collection.first as Json).items as Json[];
    items.forEach((item, i) => {
      const note = notes[i] as Note;
      expect(item.type).toBe('Annotation');
      expect(item.id).toBe(`urn:uuid:${note.id}`);
      expect(item.created).toBe(new Date(note.created).toISOString());
      expect(item.modified).toBe(new Date(note.updated).toISOString());
      const bodies = (item.body ?? []) as Json[];
      for (const body of bodies) expect(body).toMatchObject({ type: 'TextualBody', format: 'text/plain' });
      expect(bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value)).toEqual(note.text ? [note.text] : []);
      expect(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(note.tags);
      expect(item.motivation).toBe(note.text ? 'commenting' : 'tagging');
      const target = item.target as Json;
      if (note.subject === 'actor') {
        expect(target.type).toBe('SpecificResource');
        expect(actorKeyOfIri((target.source as Json).id as string)).toBe(note.actorKey);
        expect((target.source as Json).label).toBe(note.actorName);
        expect(target.scope).toBe(byId.get(note.documentId)?.url);
        expect(target).not.toHaveProperty('selector');
      } else {
        expect(target.type).toBe('SpecificResource');
        expect(target.source).toBe(byId.get(note.documentId)?.url);
        // These notes record no code points and lie past their prefix, so their UTF-16 offsets
        // cannot be written as the model's code points: the quote alone is written.
        expect(target.selector).toEqual([
          {
            type: 'TextQuoteSelector',
            exact: note.selectors?.quote.exact,
            prefix: note.selectors?.quote.prefix,
            suffix: note.selectors?.quote.suffix,
          },
        ]);
      }
    });
  });

  it('uses only terms the anno.jsonld context defines, and Kantlijn’s own under its prefix', () => {
    // The terms of http://www.w3.org/ns/anno.jsonld that this export uses; anything else would be
    // dropped by a JSON-LD processor, except the `kantlijn:` terms its second context defines.
    const defined = new Set([
      '@context',
      'id',
      'type',
      'label',
      'total',
      'generated',
      'generator',
      'name',
      'first',
      'last',
      'partOf',
      'startIndex',
      'items',
      'motivation',
      'created',
      'modified',
      'body',
      'value',
      'format',
      'language',
      'purpose',
      'target',
      'source',
      'selector',
      'exact',
      'prefix',
      'suffix',
      'start',
      'end',
      'scope',
    ]);
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) {
          if (key.startsWith('kantlijn:') || (key === 'kantlijn' && inner === 'urn:kantlijn:vocab:')) continue;
          expect(defined, key).toContain(key);
          walk(inner);
        }
      }
    };
    walk(collection);
  });

  it('reads its own export back as the same notes: kinds, titles, event dates, mentions and positions too', async () => {
    const back = await parsed(collection);
    expect(back.kind).toBe('web-annotation');
    expect(back.invalid).toEqual([]);
    expect(back.notes).toHaveLength(notes.length);
    expect(back.notes).toStrictEqual(notes);
  });
});

describe('W3C Web Annotation import from other tools', () => {
  const url = 'https://zoek.officielebekendmakingen.nl/kst-36200-5.html';
  const annotation = {
    '@context': ANNO_CONTEXT,
    id: 'http://example.org/anno/42',
    type: 'Annotation',
    motivation: 'commenting',
    created: '2024-03-01T12:00:00Z',
    body: [
      { type: 'TextualBody', value: 'Mooi gezegd' },
      { type: 'TextualBody', value: 'citaat', purpose: 'tagging' },
    ],
    target: { source: url, selector: { type: 'TextQuoteSelector', exact: 'de begroting', prefix: 'over ' } },
  };

  it('reads a single annotation, derives a stable id for a non-uuid id, fills the position 0–0', async () => {
    const [note] = (await parsed(annotation)).notes;
    expect(note).toMatchObject({
      subject: 'passage',
      text: 'Mooi gezegd',
      tags: ['citaat'],
      documentId: 'kst-36200-5',
      url,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: 'de begroting', prefix: 'over ', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 0 },
      },
      created: Date.UTC(2024, 2, 1, 12),
      updated: Date.UTC(2024, 2, 1, 12),
    });
    const again = (await parsed(annotation)).notes[0];
    expect(note?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(again?.id).toBe(note?.id);
    const other = (await parsed({ ...annotation, id: 'http://example.org/anno/43' })).notes[0];
    expect(other?.id).not.toBe(note?.id);
  });

  it('dates an annotation without times, in a file without times, by its import', async () => {
    const { created: _dropped, ...undated } = annotation;
    const before = Date.now();
    const [note] = (await parsed(undated)).notes;
    expect(note?.created).toBeGreaterThanOrEqual(before);
    expect(note?.updated).toBe(note?.created);
    const dated = (await parsed({ type: 'AnnotationPage', generated: '2024-05-01T00:00:00Z', items: [undated] })).notes[0];
    expect(dated?.created).toBe(Date.UTC(2024, 4, 1));
  });

  it('keeps a body that is an address as the note’s text, alone or beside a comment', async () => {
    const link = 'https://www.tweedekamer.nl/kamerstukken/detail?id=2022Z19870&did=2022D41867';
    const [alone] = (await parsed({ ...annotation, body: link })).notes;
    expect(alone?.text).toBe(link);
    const [beside] = (
      await parsed({
        ...annotation,
        body: [
          { type: 'TextualBody', value: 'Zie ook' },
          { id: link, type: 'Text' },
        ],
      })
    ).notes;
    expect(beside?.text).toBe(`Zie ook\n\n${link}`);
    const [script] = (await parsed({ ...annotation, body: 'javascript:alert(1)' })).notes;
    expect(script?.text).toBe('');
  });

  it('finds a TextQuoteSelector nested in refinedBy', async () => {
    const nested = {
      ...annotation,
      target: {
        source: url,
        selector: {
          type: 'FragmentSelector',
          value: 'broodtekst',
          refinedBy: { type: 'RangeSelector', refinedBy: [{ type: 'TextQuoteSelector', exact: 'de begroting', prefix: 'over ' }] },
        },
      },
    };
    const [note] = (await parsed(nested)).notes;
    expect(note?.selectors?.quote).toEqual({ type: 'TextQuoteSelector', exact: 'de begroting', prefix: 'over ', suffix: '' });
  });

  it('reads a bare array, an AnnotationPage and a collection with items on linked embedded pages', async () => {
    const second = {
      ...annotation,
      id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      body: { type: 'TextualBody', value: 'tag', purpose: 'tagging' },
      motivation: 'tagging',
    };
    expect((await parsed([annotation, second])).notes.map((n) => n.id)[1]).toBe('11111111-2222-4333-8444-555555555555');
    expect((await parsed({ type: 'AnnotationPage', items: [annotation, second] })).notes).toHaveLength(2);
    const chained = {
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [annotation], next: { type: 'AnnotationPage', items: [second] } },
    };
    const notes = (await parsed(chained)).notes;
    expect(notes).toHaveLength(2);
    expect(notes[1]).toMatchObject({ text: '', tags: ['tag'] });
  });

  it('reports annotations it cannot use, with their position and reason, and keeps the others', async () => {
    const back = await parsed([
      annotation,
      { ...annotation, target: url }, // no passage
      { ...annotation, target: { source: 'https://example.org/page', selector: annotation.target.selector } }, // not a publication
      { ...annotation, created: 'gisteren' },
      42,
    ]);
    expect(back.notes).toHaveLength(1);
    expect(back.invalid.map((r) => [r.kind, r.index])).toEqual([
      ['annotation', 1],
      ['annotation', 2],
      ['annotation', 3],
      ['annotation', 4],
    ]);
    expect(back.invalid[0]?.message).toBe('Annotatie 2: geen passage (TextQuoteSelector) en geen actor als doel');
    expect(back.invalid[1]?.message).toContain('is geen publicatie op zoek.officielebekendmakingen.nl');
    expect(back.invalid[2]?.message).toBe('Annotatie 4: ‘created’ is geen datum');
    expect(back.invalid[3]?.message).toBe('Annotatie 5: is geen object');
  });
});
