// Property tests: generated malformed imports — any JSON, any text, truncated backups, backups
// whose notes are broken field by field, annotations with random parts — never make the importer
// throw and never change the database.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, BACKUP_FORMAT, documentsById, toBackup } from '@/lib/export';
import type { KantlijnDb } from '@/lib/store/db';
import { passageNote } from '@/tests/unit/make-records';
import { library, libraryDb, NOW } from './fixtures';
import { importText, snapshot, type Imported } from './import-helpers';

let db: KantlijnDb;
let before: unknown;

beforeAll(async () => {
  ({ db } = await libraryDb());
  before = await snapshot(db);
});

/** Imports `text` (confirming at once) and checks that nothing threw and nothing changed. */
async function importsNothing(text: string): Promise<Imported> {
  const outcome = await importText(db, text);
  if ('preview' in outcome) {
    expect(outcome.preview.writes).toEqual({ notes: [], documents: [], drafts: [] });
    expect(outcome.applied.ok).toBe(true);
  } else expect(outcome.error).toMatch(/\S/);
  expect(await snapshot(db)).toEqual(before);
  return outcome;
}

// Values a note field cannot take, by field.
const WRONG: Record<string, fc.Arbitrary<unknown>> = {
  id: fc.constantFrom(undefined, '', 42, null, 'x'.repeat(201), ['id']),
  subject: fc.constantFrom(undefined, 'note', 'Passage', 1, null),
  text: fc.constantFrom(undefined, 5, null, {}, ['tekst'], 'x'.repeat(100_001)),
  tags: fc.constantFrom(
    undefined,
    'energie',
    [1],
    [''],
    null,
    Array.from({ length: 51 }, (_, i) => `t${i}`),
  ),
  documentId: fc.constantFrom(undefined, '', null, 3),
  url: fc.constantFrom(undefined, null, 5, 'x'.repeat(2001)),
  documentTitle: fc.constantFrom(undefined, 7, {}),
  selectors: fc.constantFrom(null, 'x', {}, { quote: null, position: null }),
  actorKey: fc.constantFrom(undefined, '', 1),
  created: fc.constantFrom(undefined, -1, 1.5, '2020-01-01', null, Number.NaN),
  updated: fc.constantFrom(undefined, -5, 0.25, 'nu', null),
};

describe('malformed imports', () => {
  it('any JSON value: refused or read, never thrown, nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await importsNothing(JSON.stringify(value));
      }),
      { numRuns: 150 },
    );
  });

  it('any text, and backups cut short anywhere', async () => {
    const { notes, documents } = library();
    const backup = toBackup(notes, documentsById(documents), { now: new Date(NOW) }).trimEnd();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.nat({ max: backup.length - 1 }).map((n) => backup.slice(0, n)),
        ),
        async (text) => {
          await importsNothing(text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('backups whose notes are broken in any field, with anything as documents, drafts and settings', async () => {
    const brokenNote = fc
      .tuple(fc.nat({ max: 1_000_000 }), fc.subarray(Object.keys(WRONG), { minLength: 1 }), fc.boolean())
      .chain(([n, fields, actor]) =>
        fc.tuple(...fields.map((field) => (WRONG[field] as fc.Arbitrary<unknown>).map((value) => [field, value] as const))).map((pairs) => {
          const base = passageNote(`bbbbbbbb-0000-4000-8000-${String(n).padStart(12, '0')}`, 'kst-9-9');
          const note: Record<string, unknown> = actor ? { ...base, subject: 'actor', actorKey: 'person:x', actorName: 'X' } : { ...base };
          for (const [field, value] of pairs) {
            if (value === undefined) delete note[field];
            else note[field] = actor && field === 'selectors' && value === null ? 'x' : value; // an actor note may have no selectors
          }
          return note;
        }),
      );
    const junk = fc.oneof(fc.constant(undefined), fc.anything({ maxDepth: 2 }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(brokenNote, { maxLength: 8 }),
        fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
        junk,
        junk,
        async (notes, documents, drafts, settings) => {
          const backup: Record<string, unknown> = {
            format: BACKUP_FORMAT,
            version: 1,
            notes,
            documents: documents.filter((d) => typeof d !== 'object' || d === null),
          };
          if (Array.isArray(drafts)) backup.drafts = drafts.map(() => ({ key: 'k', note: {}, updated: -1 }));
          if (settings !== undefined) backup.settings = settings;
          const outcome = await importsNothing(JSON.stringify(backup));
          expect('preview' in outcome && outcome.preview.notes.invalid).toBe(notes.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('annotations with random targets, bodies and dates', async () => {
    const annotation = fc.record(
      {
        '@context': fc.constant(ANNO_CONTEXT),
        id: fc.oneof(fc.string(), fc.constant('urn:uuid:not-a-uuid'), fc.anything({ maxDepth: 1 })),
        type: fc.constantFrom('Annotation', ['Annotation'], 'Note'),
        motivation: fc.anything({ maxDepth: 1 }),
        body: fc.anything({ maxDepth: 3 }),
        target: fc.oneof(
          fc.anything({ maxDepth: 3 }),
          fc.record({ source: fc.oneof(fc.webUrl(), fc.constant('urn:kantlijn:actor:')), selector: fc.anything({ maxDepth: 2 }) }),
          fc.record({
            type: fc.constant('SpecificResource'),
            source: fc.constant({ id: 'urn:kantlijn:actor:person:x' }),
            scope: fc.anything({ maxDepth: 1 }),
          }),
        ),
        created: fc.oneof(fc.string(), fc.integer(), fc.constant('2024-13-45T99:99:99Z')),
      },
      { requiredKeys: ['type'] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(annotation, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('array', 'collection', 'page'),
        async (items, shape) => {
          const value =
            shape === 'array'
              ? items
              : shape === 'page'
                ? { type: 'AnnotationPage', items }
                : { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } };
          await importsNothing(JSON.stringify(value));
        },
      ),
      { numRuns: 150 },
    );
  });
});
