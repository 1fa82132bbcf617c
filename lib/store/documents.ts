/**
 * The `documents` table: every publication the reader opens — the start of Kantlijn's memory
 * across documents. Repository functions, so no caller writes Dexie queries of its own.
 */
import type { DocumentRecord, SeenDocument } from '../messages/protocol';
import type { KantlijnDb } from './db';

/** Records a visit: inserts a new document or refreshes a known one, keeping its first visit. */
export async function recordDocument(db: KantlijnDb, seen: SeenDocument, now: number = Date.now()): Promise<DocumentRecord> {
  return db.transaction('rw', db.documents, async () => {
    const known = await db.documents.get(seen.id);
    const record: DocumentRecord = { ...seen, firstSeen: known?.firstSeen ?? now, lastSeen: now };
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
