/**
 * The migration test pattern, reusable by every later schema version: create a database exactly
 * as an older build left it (only the versions that build declared, with its rows), then open it
 * with today's schema and compare what is on disk before and after. Reads go through raw
 * IndexedDB, so they show what is stored, not what today's Dexie schema makes of it.
 */
import Dexie from 'dexie';

/** The stores of every shipped version, as it shipped (Dexie syntax), by version number. */
export type ShippedStores = Readonly<Record<number, Readonly<Record<string, string | null>>>>;

/** Rows by table name. */
export type Rows = Readonly<Record<string, readonly object[]>>;

/** One index as IndexedDB holds it. */
export interface IndexOnDisk {
  keyPath: string | string[];
  multiEntry: boolean;
  unique: boolean;
}

/** A table as IndexedDB holds it: its rows in primary-key order and its indexes by name. */
export interface TableOnDisk {
  rows: unknown[];
  indexes: Record<string, IndexOnDisk>;
}

/** A database as IndexedDB holds it; `version` is Dexie's version number (IndexedDB's divided by 10). */
export interface DatabaseOnDisk {
  version: number;
  tables: Record<string, TableOnDisk>;
}

/**
 * Creates database `name` as a build that knew versions up to `version` left it: a Dexie instance
 * that declares only those versions (stores only — a new database is created at its latest
 * declared version, so no upgrade code runs), `rows` written, the connection closed.
 */
export async function seedDatabaseAt(name: string, shipped: ShippedStores, version: number, rows: Rows): Promise<void> {
  const db = new Dexie(name);
  const versions = Object.keys(shipped)
    .map(Number)
    .filter((v) => v <= version)
    .sort((a, b) => a - b);
  if (versions[versions.length - 1] !== version) throw new Error(`Version ${version} is not among the shipped versions.`);
  for (const v of versions) db.version(v).stores({ ...shipped[v] });
  await db.open();
  try {
    const tables = Object.keys(rows);
    if (tables.length > 0) {
      await db.transaction('rw', tables, async () => {
        for (const table of tables) await db.table(table).bulkAdd([...(rows[table] ?? [])]);
      });
    }
  } finally {
    db.close();
  }
}

/** Reads database `name` with raw IndexedDB, without upgrading it, and closes it again. */
export async function readDatabase(name: string): Promise<DatabaseOnDisk> {
  const idb = await request(indexedDB.open(name));
  try {
    const names = [...idb.objectStoreNames];
    const tables: Record<string, TableOnDisk> = {};
    if (names.length > 0) {
      const tx = idb.transaction(names, 'readonly');
      for (const table of names) {
        const store = tx.objectStore(table);
        const indexes: Record<string, IndexOnDisk> = {};
        for (const indexName of [...store.indexNames]) {
          const index = store.index(indexName);
          indexes[indexName] = { keyPath: index.keyPath, multiEntry: index.multiEntry, unique: index.unique };
        }
        tables[table] = { rows: (await request(store.getAll())) as unknown[], indexes };
      }
    }
    return { version: idb.version / 10, tables };
  } finally {
    idb.close();
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}
