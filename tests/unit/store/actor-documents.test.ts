// "Ook in": the documents that mention an actor, found through the actorKeys index.
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '@/lib/messages/protocol';
import { createDb, type KantlijnDb } from '@/lib/store/db';
import { MAX_ACTOR_DOCUMENTS, SORT_IN_MEMORY_UP_TO, documentsWithActor, recordDocument } from '@/lib/store/documents';
import { documentRecord } from '@/tests/unit/make-records';
import { logReads, type CoreRead } from './read-log';

let n = 0;
const freshDb = () => createDb(`actor-documents-${++n}`);

const COMMON = 'organisation:tweede kamer'; // in every document: the lastSeen walk
const FREQUENT = 'person:hoekstra'; // in every 20th: 250 documents, more than SORT_IN_MEMORY_UP_TO
const OCCASIONAL = 'person:klaar'; // in every 50th: 100 documents, read and sorted
const RARE = 'location:armenie'; // in three

function doc(i: number, lastSeen: number, actorKeys: string[]): DocumentRecord {
  return documentRecord(`kst-${String(i).padStart(5, '0')}`, { title: `Brief ${i}`, date: null, actorKeys, firstSeen: lastSeen, lastSeen });
}

/** 5,000 documents; visits in a shuffled order, with some ties. */
function library(): DocumentRecord[] {
  const docs: DocumentRecord[] = [];
  for (let i = 0; i < 5000; i++) {
    const keys = [COMMON, `person:p${i}`];
    if (i % 20 === 0) keys.push(FREQUENT);
    if (i % 50 === 0) keys.push(OCCASIONAL);
    if (i === 7 || i === 4242 || i === 4999) keys.push(RARE);
    docs.push(doc(i, ((i * 7919) % 4000) * 1000, keys)); // 5,000 documents over 4,000 instants: ties
  }
  return docs;
}

/** What the answer must be, by brute force: the reference the index-based function is held to. */
function expected(docs: DocumentRecord[], key: string, exclude?: string, limit = 20): string[] {
  return docs
    .filter((d) => d.actorKeys.includes(key) && d.id !== exclude)
    .sort((a, b) => b.lastSeen - a.lastSeen || (a.id < b.id ? 1 : -1))
    .slice(0, limit)
    .map((d) => d.id);
}

async function seeded(): Promise<{ db: KantlijnDb; docs: DocumentRecord[]; log: CoreRead[] }> {
  const db = freshDb();
  const log = logReads(db);
  const docs = library();
  await db.documents.bulkAdd(docs);
  log.length = 0;
  return { db, docs, log };
}

describe('documentsWithActor', () => {
  it('answers the documents that mention the actor, last visited first, without the one excluded', async () => {
    const db = freshDb();
    await recordDocument(db, { ...doc(1, 0, ['person:hoekstra', 'person:klaar']) }, 1000);
    await recordDocument(db, { ...doc(2, 0, ['person:hoekstra']) }, 3000);
    await recordDocument(db, { ...doc(3, 0, ['person:rutte']) }, 4000);
    await recordDocument(db, { ...doc(4, 0, ['person:hoekstra']) }, 2000);
    const ids = async (key: string, options = {}) => (await documentsWithActor(db, key, options)).map((d) => d.id);
    expect(await ids('person:hoekstra')).toEqual(['kst-00002', 'kst-00004', 'kst-00001']);
    expect(await ids('person:hoekstra', { exclude: 'kst-00002' })).toEqual(['kst-00004', 'kst-00001']);
    expect(await ids('person:hoekstra', { limit: 1 })).toEqual(['kst-00002']);
    expect(await ids('person:hoekstra', { limit: 0 })).toEqual([]);
    expect(await ids('person:nobody')).toEqual([]);
    expect(await ids('person:klaar', { exclude: 'kst-00001' })).toEqual([]);
    // A key is matched exactly: no prefix matches.
    expect(await ids('person:hoek')).toEqual([]);
    // Whole records, as the protocol answers them.
    expect((await documentsWithActor(db, 'person:klaar'))[0]).toEqual({
      ...doc(1, 0, ['person:hoekstra', 'person:klaar']),
      firstSeen: 1000,
      lastSeen: 1000,
    });
    // A revisit moves a document to the front.
    await recordDocument(db, doc(1, 0, ['person:hoekstra']), 9000);
    expect(await ids('person:hoekstra')).toEqual(['kst-00001', 'kst-00002', 'kst-00004']);
    expect(await ids('person:klaar')).toEqual([]);
  });

  it('defaults to 20 and answers at most 100', async () => {
    const { db, docs } = await seeded();
    expect(await documentsWithActor(db, COMMON)).toHaveLength(20);
    expect(await documentsWithActor(db, COMMON, { limit: 1000 })).toHaveLength(MAX_ACTOR_DOCUMENTS);
    expect((await documentsWithActor(db, COMMON, { limit: 1000 })).map((d) => d.id)).toEqual(expected(docs, COMMON, undefined, 100));
  });

  it('is right on 5,000 documents, for rare, occasional, frequent and ubiquitous actors', async () => {
    const { db, docs } = await seeded();
    expect(docs.filter((d) => d.actorKeys.includes(FREQUENT)).length).toBeGreaterThan(SORT_IN_MEMORY_UP_TO);
    for (const key of [RARE, OCCASIONAL, FREQUENT, COMMON, 'person:p1234', 'person:none']) {
      for (const limit of [1, 3, 20, 100]) {
        const exclude = expected(docs, key, undefined, 1)[0];
        expect(
          (await documentsWithActor(db, key, { limit })).map((d) => d.id),
          `${key} ${limit}`,
        ).toEqual(expected(docs, key, undefined, limit));
        expect(
          (await documentsWithActor(db, key, { limit, exclude })).map((d) => d.id),
          `${key} ${limit} -`,
        ).toEqual(expected(docs, key, exclude, limit));
      }
    }
  });

  it('uses the actorKeys index and loads only the rows it answers with (rare actor)', async () => {
    const { db, log } = await seeded();
    expect(await documentsWithActor(db, RARE)).toHaveLength(3);
    expect(log).toEqual([
      { table: 'documents', op: 'query', index: 'actorKeys', values: false, results: 3, range: { lower: RARE, upper: RARE } },
      { table: 'documents', op: 'getMany', index: null, values: true, results: 3 },
    ]);
  });

  it('for an actor in 100 of 5,000 documents, reads only those 100 rows', async () => {
    const { db, log } = await seeded();
    await documentsWithActor(db, OCCASIONAL);
    expect(log).toEqual([
      { table: 'documents', op: 'query', index: 'actorKeys', values: false, results: 100, range: { lower: OCCASIONAL, upper: OCCASIONAL } },
      { table: 'documents', op: 'getMany', index: null, values: true, results: 100 },
    ]);
  });

  it('for an actor in every document, walks the lastSeen index by keys and loads 20 rows', async () => {
    const { db, log } = await seeded();
    await documentsWithActor(db, COMMON);
    expect(log[0]).toEqual({
      table: 'documents',
      op: 'query',
      index: 'actorKeys',
      values: false,
      results: 5000,
      range: { lower: COMMON, upper: COMMON },
    });
    const rest = log.slice(1);
    // Only key reads of the lastSeen index, then one read of exactly the rows answered: never a table scan.
    expect(rest.filter((r) => r.values)).toEqual([{ table: 'documents', op: 'getMany', index: null, values: true, results: 20 }]);
    expect(rest.filter((r) => !r.values).every((r) => r.index === 'lastSeen')).toBe(true);
    expect(rest.filter((r) => !r.values).length).toBeLessThanOrEqual(2);
    expect(log.some((r) => r.index === null && r.op !== 'getMany')).toBe(false);
  });

  it('for an actor in 250 documents, stops the walk early', async () => {
    const { db, log } = await seeded();
    await documentsWithActor(db, FREQUENT, { limit: 5 });
    expect(log.filter((r) => r.values)).toEqual([{ table: 'documents', op: 'getMany', index: null, values: true, results: 5 }]);
    expect(log.filter((r) => !r.values).map((r) => r.index)).toEqual(['actorKeys', 'lastSeen']);
  });
});
