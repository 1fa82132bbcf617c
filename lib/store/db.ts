/**
 * Kantlijn's database (Dexie over IndexedDB). Opened only in the extension's own origin — the
 * background and extension pages — never in a content script, whose IndexedDB belongs to the site.
 *
 * Every schema change is a new entry at the end of `SCHEMA`, never an edit of an entry already
 * shipped: old versions stay declared so that Dexie can upgrade a reader's database step by step
 * without losing anything. Each new version gets a test in `tests/unit/store/migrations.test.ts`
 * that opens a database as the previous version left it, with data, and upgrades it.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { DocumentRecord } from '@/lib/model/records';
import type { Note, NoteDraft } from '@/lib/notes/note';

/** The database's name, as seen in `indexedDB.databases()`. */
export const DATABASE_NAME = 'kantlijn';

/** The typed Dexie database. */
export type KantlijnDb = Dexie & {
  documents: EntityTable<DocumentRecord, 'id'>;
  notes: EntityTable<Note, 'id'>;
  drafts: EntityTable<NoteDraft, 'key'>;
};

/** One version of the schema: its tables' indexes (Dexie syntax) and how rows of the version before are brought up to it. */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<unknown>;
}

/** A `documents` row as version 1 wrote it, and as version 2 may still find it during its upgrade. */
interface DocumentRowBeforeV2 {
  actorKeys?: unknown;
}

/** Every version ever shipped, oldest first. Append; never edit or remove a shipped entry. */
export const SCHEMA: readonly SchemaVersion[] = [
  // Version 1: the publications the reader has opened, by id; indexed by last visit, kind and dossier.
  { version: 1, stores: { documents: 'id, lastSeen, kind, *dossier' } },
  // Version 2: each document also keeps the keys of the actors it mentions (`actorKeyOf`), in a
  // multi-entry index, so "the other publications that mention this actor" ("Ook in" on the
  // actor card) is an index lookup.
  //
  // Why a multi-entry index on `documents` rather than a separate `mentions` table of
  // (actorKey, documentId, lastSeen) rows with a compound [actorKey+lastSeen] index:
  //  - One row per document, written by one `put` per visit: the document and its index entries
  //    cannot drift apart, and a visit that finds fewer actors (a corrected publication) drops the
  //    old keys without a separate delete of stale rows.
  //  - The write cost per visit is the same order either way: IndexedDB rewrites a row's index
  //    entries on every `put`, and a mentions table would have to rewrite every row of the
  //    document anyway, just to move its lastSeen.
  //  - What the separate table would buy is "newest N by lastSeen" as one bounded range read; a
  //    multi-entry index cannot be compounded with lastSeen. `documentsWithActor` gets close
  //    without it: it reads keys only (the actorKeys index, then — only for actors mentioned in
  //    many documents — the lastSeen index newest first, stopping at N) and loads the values of at
  //    most N documents. If a reader's library ever makes that walk measurable, a later version
  //    can add such a table with this same migration pattern.
  //  - Upgrading from version 1 is a one-line change on existing rows (they get no keys: the next
  //    visit of each document fills them in).
  {
    version: 2,
    stores: { documents: 'id, lastSeen, kind, *dossier, *actorKeys' },
    upgrade: (tx) =>
      tx
        .table<DocumentRowBeforeV2>('documents')
        .toCollection()
        .modify((row) => {
          if (!Array.isArray(row.actorKeys)) row.actorKeys = [];
        }),
  },
  // Version 3: the reader's notes (`lib/notes/note.ts`), by id; indexed by the publication they
  // were written in (a page loads its notes by this index), by last change (the library lists
  // newest first), by tag (multi-entry: the tag filter and completion) and by actor key (an
  // actor's notes show in its card in every publication). Drafts: the text of an editor not yet
  // saved, by draft key, so a page reload or an extension reload loses nothing typed.
  // No upgrade function: both tables are new and the documents table is unchanged.
  {
    version: 3,
    stores: { notes: 'id, documentId, updated, *tags, actorKey', drafts: 'key, updated' },
  },
];

/** The version this code writes. */
export const SCHEMA_VERSION: number = SCHEMA[SCHEMA.length - 1]?.version ?? 1;

/** Declares on `db` every version of `SCHEMA` up to and including `upTo` (all of them by default). */
export function declareSchema(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  for (const step of SCHEMA) {
    if (step.version > upTo) break;
    const declared = db.version(step.version).stores({ ...step.stores });
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
}

/** Opens (lazily, on first use) the database with its schema. */
export function createDb(name: string = DATABASE_NAME): KantlijnDb {
  const db = new Dexie(name) as KantlijnDb;
  declareSchema(db);
  return db;
}
