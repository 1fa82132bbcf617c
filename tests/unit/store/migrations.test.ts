// Schema upgrades lose nothing: every shipped version, opened with data by a build that knew only
// that version, is upgraded by today's schema. Adding version N+1 means: add its stores to SHIPPED,
// add a sample of version N's rows to SAMPLES with what they become, and these tests cover it.
import { describe, expect, it } from 'vitest';
import { SCHEMA, SCHEMA_VERSION, createDb } from '@/lib/store/db';
import { recordDocument } from '@/lib/store/documents';
import { getDraft } from '@/lib/store/drafts';
import { allNotes, notesForPage, tagCounts } from '@/lib/store/notes';
import { readDatabase, seedDatabaseAt, type Rows, type ShippedStores } from './migration-helper';
import { actorNote, draftOf, eventNote, passageNote } from '@/tests/unit/make-records';

/** The stores of each version exactly as shipped. Copied, not imported: a shipped version is never edited. */
const SHIPPED: ShippedStores = {
  1: { documents: 'id, lastSeen, kind, *dossier' },
  2: { documents: 'id, lastSeen, kind, *dossier, *actorKeys' },
  3: { notes: 'id, documentId, updated, *tags, actorKey', drafts: 'key, updated' },
};

/** Rows a build at version N wrote, and what each table's rows must be once upgraded to today's version. */
interface Sample {
  rows: Rows;
  upgraded: Rows;
}

const v1Documents = [
  {
    id: 'kst-21501-02-2553',
    url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html',
    title: 'BRIEF',
    kind: 'letter',
    date: '2022-11-23',
    dossier: ['21501-02'],
    firstSeen: 1000,
    lastSeen: 5000,
  },
  {
    id: 'h-tk-20222023-12-3',
    url: 'https://zoek.officielebekendmakingen.nl/h-tk-20222023-12-3.html',
    title: null,
    kind: 'proceedings',
    date: null,
    dossier: [],
    firstSeen: 2000,
    lastSeen: 2000,
  },
  {
    id: 'stcrt-2023-123',
    url: 'https://zoek.officielebekendmakingen.nl/stcrt-2023-123.html',
    title: 'Regeling “één” — ë',
    kind: 'official-gazette',
    date: '2023-01-02',
    dossier: ['36200', '36200-V'],
    firstSeen: 3000,
    lastSeen: 9000,
  },
];

const v2Documents = v1Documents.map((d, i) => ({ ...d, actorKeys: i === 0 ? ['person:hoekstra', 'organisation:europese commissie'] : [] }));

const SAMPLES: Readonly<Record<number, Sample>> = {
  1: {
    rows: { documents: v1Documents },
    upgraded: { documents: v1Documents.map((d) => ({ ...d, actorKeys: [] })), notes: [], drafts: [] },
  },
  2: {
    rows: { documents: v2Documents },
    upgraded: { documents: v2Documents, notes: [], drafts: [] },
  },
};

/** Rows a version-3 build wrote: notes of every subject, tags with accents, and a draft. */
const v3Notes = [
  passageNote('n-1', 'kst-21501-02-2553', { tags: ['toezegging', 'één'], created: 1000, updated: 4000 }),
  eventNote('n-2', 'kst-21501-02-2553', { tags: ['tijdlijn'], created: 2000, updated: 2000 }),
  actorNote('n-3', 'person:hoekstra', 'h-tk-20222023-12-3', { text: 'Wat zei hij vorige keer?', created: 3000, updated: 3000 }),
  passageNote('n-4', 'stcrt-2023-123', { tags: [], created: 5000, updated: 5000 }),
];
const v3Drafts = [draftOf(passageNote('n-5', 'kst-21501-02-2553', { text: 'Half getypt' }), 6000)];

let n = 0;
const freshName = () => `migration-${++n}`;

describe('the schema history', () => {
  it('declares every shipped version unchanged, oldest first, and nothing unshipped', () => {
    expect(SCHEMA.map((s) => s.version)).toEqual(Object.keys(SHIPPED).map(Number));
    for (const step of SCHEMA) expect(step.stores).toEqual(SHIPPED[step.version]);
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('has an upgrade sample for every version before the current one', () => {
    for (const step of SCHEMA)
      if (step.version < SCHEMA_VERSION) expect(SAMPLES[step.version], `sample of version ${step.version}`).toBeDefined();
  });
});

describe('upgrading a database with data', () => {
  for (const step of SCHEMA.filter((s) => s.version < SCHEMA_VERSION)) {
    it(`from version ${step.version} to the current version loses nothing`, async () => {
      const sample = SAMPLES[step.version];
      if (!sample) throw new Error(`no sample for version ${step.version}`);
      const name = freshName();
      await seedDatabaseAt(name, SHIPPED, step.version, sample.rows);
      const before = await readDatabase(name);
      expect(before.version).toBe(step.version);

      const db = createDb(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      db.close();

      const after = await readDatabase(name);
      expect(after.version).toBe(SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(sample.upgraded)) {
        expect(after.tables[table]?.rows, table).toEqual(sortById(rows));
      }
      // No table of the old version disappeared, and none lost rows.
      for (const [table, { rows }] of Object.entries(before.tables)) expect(after.tables[table]?.rows.length, table).toBe(rows.length);
    });
  }

  it('from version 1: the actorKeys index exists, old rows have empty keys, and the next visit fills them', async () => {
    const name = freshName();
    await seedDatabaseAt(name, SHIPPED, 1, { documents: v1Documents });
    expect((await readDatabase(name)).tables.documents?.indexes.actorKeys).toBeUndefined();

    const db = createDb(name);
    await db.open();
    const on = (await readDatabase(name)).tables.documents?.indexes;
    expect(on?.actorKeys).toEqual({ keyPath: 'actorKeys', multiEntry: true, unique: false });
    expect(on?.dossier).toEqual({ keyPath: 'dossier', multiEntry: true, unique: false });
    expect(Object.keys(on ?? {}).sort()).toEqual(['actorKeys', 'dossier', 'kind', 'lastSeen']);

    expect(await db.documents.where('dossier').equals('36200-V').primaryKeys()).toEqual(['stcrt-2023-123']);
    expect(await db.documents.where('actorKeys').equals('person:hoekstra').count()).toBe(0);

    const first = v1Documents[0];
    if (!first) throw new Error('no sample');
    const { firstSeen: _f, lastSeen: _l, ...seen } = first;
    await recordDocument(db, { ...seen, kind: 'letter', actorKeys: ['person:hoekstra'] }, 7000);
    expect(await db.documents.get(first.id)).toMatchObject({ firstSeen: 1000, lastSeen: 7000, actorKeys: ['person:hoekstra'] });
    expect(await db.documents.where('actorKeys').equals('person:hoekstra').primaryKeys()).toEqual([first.id]);
    db.close();
  });

  for (const version of [1, 2]) {
    it(`from version ${version}: the notes and drafts tables exist, empty, with their indexes`, async () => {
      const name = freshName();
      await seedDatabaseAt(name, SHIPPED, version, SAMPLES[version]?.rows ?? {});
      expect((await readDatabase(name)).tables.notes).toBeUndefined();
      const db = createDb(name);
      await db.open();
      db.close();
      const { tables } = await readDatabase(name);
      expect(tables.notes?.indexes).toEqual({
        actorKey: { keyPath: 'actorKey', multiEntry: false, unique: false },
        documentId: { keyPath: 'documentId', multiEntry: false, unique: false },
        tags: { keyPath: 'tags', multiEntry: true, unique: false },
        updated: { keyPath: 'updated', multiEntry: false, unique: false },
      });
      expect(tables.drafts?.indexes).toEqual({ updated: { keyPath: 'updated', multiEntry: false, unique: false } });
      expect(tables.notes?.rows).toEqual([]);
      expect(tables.drafts?.rows).toEqual([]);
    });
  }

  it('opens a version-3 database with notes and drafts again and keeps them, findable by their indexes', async () => {
    const name = freshName();
    await seedDatabaseAt(name, SHIPPED, 3, { documents: v2Documents, notes: v3Notes, drafts: v3Drafts });
    const before = await readDatabase(name);

    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await allNotes(db)).toEqual([...v3Notes].sort((a, b) => b.updated - a.updated));
    const page = await notesForPage(db, 'kst-21501-02-2553', ['person:hoekstra']);
    expect(page.notes.map((n) => n.id)).toEqual(['n-1', 'n-2']);
    expect(page.actorNotes.map((n) => n.id)).toEqual(['n-3']);
    expect(await tagCounts(db)).toEqual([
      { tag: 'één', count: 1 },
      { tag: 'tijdlijn', count: 1 },
      { tag: 'toezegging', count: 1 },
    ]);
    const draft = v3Drafts[0];
    expect(await getDraft(db, draft?.key ?? '')).toEqual(draft);
    db.close();

    const after = await readDatabase(name);
    expect(after).toEqual(before);
  });

  it('opens an empty version-1 database too', async () => {
    const name = freshName();
    await seedDatabaseAt(name, SHIPPED, 1, {});
    const db = createDb(name);
    await db.open();
    expect(await db.documents.count()).toBe(0);
    db.close();
  });
});

function sortById(rows: readonly object[]): object[] {
  const id = (row: object) => String((row as { id?: unknown }).id);
  return [...rows].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}
