/**
 * Kantlijn's database (Dexie over IndexedDB). Opened only in the extension's own origin — the
 * background and extension pages — never in a content script, whose IndexedDB belongs to the site.
 * Every schema change is a new `version()`: old versions stay declared so that Dexie can upgrade
 * a reader's database step by step without losing anything.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { DocumentRecord } from '../messages/protocol';

/** The database's name, as seen in `indexedDB.databases()`. */
export const DATABASE_NAME = 'kantlijn';

/** The typed Dexie database. */
export type KantlijnDb = Dexie & {
  documents: EntityTable<DocumentRecord, 'id'>;
};

/** Opens (lazily, on first use) the database with its schema. */
export function createDb(name: string = DATABASE_NAME): KantlijnDb {
  const db = new Dexie(name) as KantlijnDb;
  // Version 1: the publications the reader has opened, by id; indexed by last visit, kind and dossier.
  db.version(1).stores({ documents: 'id, lastSeen, kind, *dossier' });
  return db;
}
