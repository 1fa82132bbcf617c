// The W3C export checked against the MUST and SHOULD rules of the Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/, section numbers in the titles), the rules the W3C
// test suite's JSON schemas check, written out here as the schemas are not in the repository.
// The notes lie on a text with characters outside the Basic Multilingual Plane, so a position
// counted in UTF-16 units instead of code points fails.
import { describe, expect, it } from 'vitest';
import { describePassage } from '@/lib/anchor/describe';
import { documentsById, exportFile } from '@/lib/export';
import { codePointSpan } from '@/lib/notes/code-points';
import type { Note, PassageSelectors } from '@/lib/notes/note';
import { actorNote, documentRecord, eventNote, passageNote } from '@/tests/unit/make-records';

type Json = Record<string, unknown>;

const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);
const TEXT =
  'Zie 𝑥 = 2 en 📄 bijlage. De minister van Buitenlandse Zaken 🇳🇱 zegt toe de Kamer vóór 1 juli ' +
  'te informeren over 𝔼[𝑋] en de 💶 begroting. Slot.';
const DOCUMENT = documentRecord('kst-36200-5');

/** The selectors of `words` as `describePassage` gives them; without the code points unless `recorded` (a note written before they were kept). */
function selectorsOf(words: string, recorded = true): PassageSelectors {
  const start = TEXT.indexOf(words);
  const selectors = describePassage(TEXT, start, start + words.length);
  if (!selectors || start < 0) throw new Error(`not in the text: ${words}`);
  expect(selectors.position.codePoints).toEqual(codePointSpan(TEXT, start, start + words.length));
  if (!recorded) delete selectors.position.codePoints;
  return selectors;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const times = { created: Date.UTC(2025, 0, 2, 3, 4, 5, 678), updated: Date.UTC(2025, 5, 6, 7, 8, 9) };
const NOTES: Note[] = [
  passageNote(uuid(1), DOCUMENT.id, { ...times, selectors: selectorsOf('De minister van Buitenlandse Zaken 🇳🇱'), tags: ['brief'] }),
  passageNote(uuid(2), DOCUMENT.id, { ...times, selectors: selectorsOf('𝔼[𝑋]') }),
  // No recorded code points, but within the prefix's reach of the text's start: derived exactly.
  passageNote(uuid(3), DOCUMENT.id, { ...times, selectors: selectorsOf('bijlage', false) }),
  // No recorded code points and far into the text: no position can be exact, so none is written.
  passageNote(uuid(4), DOCUMENT.id, { ...times, selectors: selectorsOf('begroting', false), text: '', tags: ['geld'] }),
  eventNote(uuid(5), DOCUMENT.id, { ...times, selectors: selectorsOf('1 juli'), eventDate: '2026-07-01' }),
  actorNote(uuid(6), 'person:minister', DOCUMENT.id, { ...times, selectors: selectorsOf('minister van Buitenlandse Zaken') }),
];

const exported = (notes: readonly Note[]): Json =>
  JSON.parse(exportFile('web-annotation', notes, documentsById([DOCUMENT]), { now: new Date(NOW) }).content) as Json;
const collection = exported(NOTES);
const page = collection.first as Json;
const items = page.items as Json[];
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const isIri = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
const XSD_DATE_TIME_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Every list of selectors in the export: the passages' targets and the actor notes' mentions. */
function selectorLists(): Json[][] {
  return items.flatMap((item) => {
    const target = item.target as Json;
    return [list(target.selector), list(item['kantlijn:mention'])].filter((l) => l.length > 0) as Json[][];
  });
}

describe('W3C Web Annotation Data Model: MUSTs and SHOULDs of the export', () => {
  it('§3.1, §5.1: @context comes first, anno.jsonld its first value, Kantlijn’s prefix the second', () => {
    expect(Object.keys(collection)[0]).toBe('@context');
    const context = list(collection['@context']);
    expect(context[0]).toBe(ANNO);
    expect(context).toEqual([ANNO, { kantlijn: 'urn:kantlijn:vocab:' }]);
  });

  it('§3.1: every annotation has exactly one IRI, the Annotation type and one or more targets', () => {
    expect(items).toHaveLength(NOTES.length);
    for (const item of items) {
      expect(isIri(item.id), String(item.id)).toBe(true);
      expect(list(item.type)).toContain('Annotation');
      expect(list(item.target).length).toBeGreaterThan(0);
      // Embedded in the collection, an annotation takes its context and repeats none.
      expect(item).not.toHaveProperty('@context');
    }
  });

  it('§3.1, §3.2.4, §3.2.1: bodies are TextualBody with one value and a format; comments say their language', () => {
    items.forEach((item, i) => {
      const note = NOTES[i] as Note;
      const bodies = list(item.body) as Json[];
      // SHOULD have 1 or more bodies: every note with words or tags has them.
      expect(bodies.length > 0).toBe(note.text !== '' || note.tags.length > 0);
      for (const body of bodies) {
        expect(list(body.type)).toContain('TextualBody');
        expect(typeof body.value).toBe('string');
        expect(body.format).toBe('text/plain');
      }
      const comments = bodies.filter((body) => body.purpose === 'commenting');
      expect(comments.map((body) => body.value)).toEqual(note.text === '' ? [] : [note.text]);
      for (const comment of comments) expect(comment.language).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/);
      expect(comments.map((body) => body.language)).toEqual(note.text === '' ? [] : ['nl']);
      expect(bodies.filter((body) => body.purpose === 'tagging').map((body) => body.value)).toEqual(note.tags);
    });
  });

  it('§3.3.1: created and modified are single xsd:dateTime values in UTC, written with “Z”', () => {
    items.forEach((item, i) => {
      const note = NOTES[i] as Note;
      for (const field of ['created', 'modified'] as const) {
        expect(typeof item[field]).toBe('string');
        expect(item[field]).toMatch(XSD_DATE_TIME_UTC);
      }
      expect(Date.parse(item.created as string)).toBe(note.created);
      expect(Date.parse(item.modified as string)).toBe(note.updated);
    });
  });

  it('§4, §4.6: targets are SpecificResources with exactly one source; an actor’s names its publication as scope', () => {
    items.forEach((item, i) => {
      const note = NOTES[i] as Note;
      const target = item.target as Json;
      expect(target.type).toBe('SpecificResource');
      const source = target.source;
      expect(Array.isArray(source)).toBe(false);
      expect(isIri(typeof source === 'object' && source !== null ? (source as Json).id : source)).toBe(true);
      if (note.subject === 'actor') expect(target.scope).toBe(DOCUMENT.url);
      else expect(source).toBe(DOCUMENT.url);
    });
  });

  it('§4.2.4: every TextQuoteSelector has one exact, one prefix and one suffix, as they stand in the text', () => {
    const lists = selectorLists();
    // Five passage and event targets, and the actor note's mention.
    expect(lists).toHaveLength(6);
    for (const selectors of lists) {
      const quotes = selectors.filter((s) => s.type === 'TextQuoteSelector');
      expect(quotes).toHaveLength(1);
      const [quote] = quotes as [Json];
      for (const field of ['exact', 'prefix', 'suffix']) expect(typeof quote[field]).toBe('string');
      expect((quote.exact as string).length).toBeGreaterThan(0);
      expect(TEXT).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
    }
  });

  it('§4.2.5, §4.2.4: TextPositionSelector start and end are non-negative integers counting code points', () => {
    const points = [...TEXT];
    let checked = 0;
    let unlikeUtf16 = 0;
    for (const selectors of selectorLists()) {
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as Json;
      for (const position of selectors.filter((s) => s.type === 'TextPositionSelector')) {
        const { start, end } = position as { start: number; end: number };
        expect(Number.isInteger(start) && start >= 0).toBe(true);
        expect(Number.isInteger(end) && end >= start).toBe(true);
        expect(points.slice(start, end).join('')).toBe(quote.exact);
        expect(points.slice(start - [...(quote.prefix as string)].length, start).join('')).toBe(quote.prefix);
        if (TEXT.slice(start, end) !== quote.exact) unlikeUtf16++;
        checked++;
      }
    }
    // Notes 1, 2, 3 and 5 and the actor's mention; note 4's position cannot be exact and is left out.
    expect(checked).toBe(5);
    expect(unlikeUtf16).toBe(5);
    const begroting = ((items[3] as Json).target as Json).selector as Json[];
    expect(begroting.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });

  it('§5.1: the collection has an IRI, its type, a label, its total, its first page embedded and its last page’s IRI', () => {
    expect(isIri(collection.id)).toBe(true);
    expect(list(collection.type)).toContain('AnnotationCollection');
    expect(typeof collection.label).toBe('string');
    expect(collection.total).toBe(NOTES.length);
    expect(typeof page).toBe('object');
    expect(isIri(collection.last)).toBe(true);
    expect(collection.last).toBe(page.id);
  });

  it('§5.2: the page has an IRI, its type, partOf its collection, startIndex 0, its annotations, and no @context', () => {
    expect(isIri(page.id)).toBe(true);
    expect(list(page.type)).toContain('AnnotationPage');
    expect(page.partOf).toBe(collection.id);
    expect(page.startIndex).toBe(0);
    expect(Array.isArray(page.items) && items.length > 0).toBe(true);
    expect(page).not.toHaveProperty('@context');
    expect(page).not.toHaveProperty('next');
  });

  it('§5.1, §5.2: a collection of no notes has no page, since a page holds at least one annotation', () => {
    const empty = exported([]);
    expect(empty.total).toBe(0);
    expect(empty).not.toHaveProperty('first');
    expect(empty).not.toHaveProperty('last');
    expect(list(empty['@context'])[0]).toBe(ANNO);
  });
});
