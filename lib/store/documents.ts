/**
 * The `documents` table: every publication the reader opens — the start of Kantlijn's memory
 * across documents. Repository functions, so no caller writes Dexie queries of its own.
 */
import type { DocumentRecord, SeenDocument } from '@/lib/model/records';
import type { KantlijnDb } from './db';
import { InvalidRecordError } from './invalid-record';
import { siteAddress } from './record-guard';

/** How many documents `documentsWithActor` answers when not told, and at most. */
export const DEFAULT_ACTOR_DOCUMENTS = 20;
export const MAX_ACTOR_DOCUMENTS = 100;

/**
 * Up to this many documents mentioning an actor, their rows are read and sorted by last visit;
 * beyond it the lastSeen index is walked newest first (keys only) until enough are found.
 */
export const SORT_IN_MEMORY_UP_TO = 200;

/** How many keys of the lastSeen index are read per step of that walk. */
const WALK_PAGE = 512;

/**
 * Records a visit: inserts a new document or refreshes a known one, keeping its first visit.
 * Throws `InvalidRecordError` when its address is not a page of the site naming its id, so no
 * caller stores a link elsewhere.
 */
export async function recordDocument(db: KantlijnDb, seen: SeenDocument, now: number = Date.now()): Promise<DocumentRecord> {
  const address = siteAddress(seen.url, seen.id);
  if (!address.ok) throw new InvalidRecordError('document', [address.reason]);
  return db.transaction('rw', db.documents, async () => {
    const known = await db.documents.get(seen.id);
    // The actors are those of this visit: a corrected publication that no longer names someone drops the key.
    const record: DocumentRecord = {
      ...seen,
      url: address.url,
      actorKeys: [...new Set(seen.actorKeys)],
      firstSeen: known?.firstSeen ?? now,
      lastSeen: now,
    };
    await db.documents.put(record);
    return record;
  });
}

/** How many different publications the reader has opened. */
export function countDocuments(db: KantlijnDb): Promise<number> {
  return db.documents.count();
}

/** One remembered publication, or null. */
export async function getDocument(db: KantlijnDb, id: string): Promise<DocumentRecord | null> {
  return (await db.documents.get(id)) ?? null;
}

/** Options of `documentsWithActor`. */
export interface ActorDocumentsOptions {
  /** A document to leave out (the one being read). */
  exclude?: string;
  /** How many at most: default 20, clamped to 0…100. */
  limit?: number;
}

/**
 * The documents that mention the actor with `key`, last visited first (ties: higher id first).
 * Reads the `actorKeys` multi-entry index for the matching ids (keys only, no rows); when there
 * are many, walks the `lastSeen` index newest first (keys only) and stops at `limit`. Rows are
 * loaded for at most max(limit, SORT_IN_MEMORY_UP_TO) documents, never for the whole table.
 */
export async function documentsWithActor(db: KantlijnDb, key: string, options: ActorDocumentsOptions = {}): Promise<DocumentRecord[]> {
  const limit = clampLimit(options.limit);
  if (limit === 0) return [];
  return db.transaction('r', db.documents, async () => {
    const ids = new Set(await db.documents.where('actorKeys').equals(key).primaryKeys());
    if (options.exclude !== undefined) ids.delete(options.exclude);
    if (ids.size === 0) return [];
    if (ids.size <= Math.max(limit, SORT_IN_MEMORY_UP_TO)) {
      const rows = await db.documents.bulkGet([...ids]);
      return rows.filter(isRecord).sort(newestFirst).slice(0, limit);
    }
    const chosen: string[] = [];
    for (let offset = 0; chosen.length < limit; offset += WALK_PAGE) {
      const page = await db.documents.orderBy('lastSeen').reverse().offset(offset).limit(WALK_PAGE).primaryKeys();
      for (const id of page) {
        if (ids.has(id) && chosen.push(id) === limit) break;
      }
      if (page.length < WALK_PAGE) break;
    }
    return (await db.documents.bulkGet(chosen)).filter(isRecord);
  });
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_ACTOR_DOCUMENTS;
  return Math.min(MAX_ACTOR_DOCUMENTS, Math.max(0, Math.floor(limit)));
}

function isRecord(row: DocumentRecord | undefined): row is DocumentRecord {
  return row !== undefined;
}

/** The order of the lastSeen index read backwards: last visit first, then the higher id. */
function newestFirst(a: DocumentRecord, b: DocumentRecord): number {
  return b.lastSeen - a.lastSeen || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
