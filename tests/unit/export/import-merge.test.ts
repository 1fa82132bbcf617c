// The merge: by note id, the newer `updated` wins, older or equal is unchanged, documents by
// `lastSeen`, nothing deleted; the write is one transaction (all or nothing) and checks the merge
// again at write time.
import { describe, expect, it } from 'vitest';
import { applyImport, BACKUP_FORMAT, parseImport, previewImport, type ImportPreview } from '@/lib/export';
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note } from '@/lib/notes/note';
import type { KantlijnDb } from '@/lib/store/db';
import { actorNote, documentRecord, passageNote } from '@/tests/unit/make-records';
import { freshDb, NOW } from './fixtures';
import { snapshot } from './import-helpers';

const id = (n: number) => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;

// A month before NOW: the times of records that only need to be valid (an import refuses times before 1990).
const T = NOW - 30 * 24 * 3600 * 1000;
const AT_T = { created: T, updated: T };

function backupText(notes: readonly Note[], documents: readonly DocumentRecord[] = []): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '', notes, documents, settings: {} });
}

async function previewFor(db: KantlijnDb, text: string): Promise<ImportPreview> {
  const parsed = await parseImport(text, { yieldTo: false });
  if (!parsed.ok) throw new Error(parsed.error);
  const preview = await previewImport(db, parsed.parsed);
  if (!preview.ok) throw new Error(preview.error);
  return preview.preview;
}

describe('merging an import', () => {
  it('adds new notes, replaces older ones, keeps newer and equal ones, deletes nothing', async () => {
    const db = freshDb();
    const mine = [
      passageNote(id(1), 'kst-1', { text: 'mijn oude tekst', updated: NOW - 1000 }),
      passageNote(id(2), 'kst-1', { text: 'mijn nieuwe tekst', updated: NOW }),
      passageNote(id(3), 'kst-1', { text: 'gelijk', updated: NOW - 500 }),
      passageNote(id(4), 'kst-1', { text: 'alleen bij mij' }),
    ];
    await db.notes.bulkPut(mine);
    const incoming = [
      passageNote(id(1), 'kst-1', { text: 'nieuwer uit het bestand', created: T, updated: NOW - 10 }),
      passageNote(id(2), 'kst-1', { text: 'ouder uit het bestand', created: T, updated: NOW - 2000 }),
      passageNote(id(3), 'kst-1', { text: 'even oud, ander woord', created: T, updated: NOW - 500 }),
      actorNote(id(5), 'person:hoekstra', 'kst-2', { text: 'nieuw', ...AT_T }),
    ];
    const preview = await previewFor(db, backupText(incoming));
    expect(preview.notes).toEqual({ new: 1, updated: 1, unchanged: 2, invalid: 0, duplicates: 0 });
    const applied = await applyImport(db, preview);
    expect(applied).toEqual({
      ok: true,
      changes: { notes: 2, documents: 0, drafts: 0, documentIds: ['kst-1', 'kst-2'], actorKeys: ['person:hoekstra'], settings: {} },
    });
    const texts = Object.fromEntries((await db.notes.toArray()).map((n) => [n.id, n.text]));
    expect(texts).toEqual({
      [id(1)]: 'nieuwer uit het bestand',
      [id(2)]: 'mijn nieuwe tekst',
      [id(3)]: 'gelijk',
      [id(4)]: 'alleen bij mij',
      [id(5)]: 'nieuw',
    });
  });

  it('keeps the newest of several copies of one note in the file', async () => {
    const db = freshDb();
    const copies = [10, 30, 20].map((t) => passageNote(id(6), 'kst-1', { text: `versie ${t}`, created: T, updated: NOW + t }));
    const preview = await previewFor(db, backupText(copies));
    expect(preview.notes).toMatchObject({ new: 1, duplicates: 2 });
    expect(preview.writes.notes.map((n) => n.text)).toEqual(['versie 30']);
  });

  it('merges documents by lastSeen, keeping the earliest firstSeen', async () => {
    const db = freshDb();
    await db.documents.bulkPut([
      documentRecord('kst-1', { firstSeen: T + 100, lastSeen: T + 1000, title: 'oud' }),
      documentRecord('kst-2', { firstSeen: T, lastSeen: T + 5000, title: 'mijn' }),
    ]);
    const preview = await previewFor(
      db,
      backupText(
        [],
        [
          documentRecord('kst-1', { firstSeen: T + 500, lastSeen: T + 2000, title: 'nieuw' }),
          documentRecord('kst-2', { firstSeen: T, lastSeen: T + 4000, title: 'ouder' }),
          documentRecord('kst-3', { firstSeen: T, lastSeen: T }),
        ],
      ),
    );
    expect(preview.documents).toEqual({ new: 1, updated: 1, unchanged: 1, invalid: 0 });
    await applyImport(db, preview);
    expect(await db.documents.get('kst-1')).toMatchObject({ title: 'nieuw', firstSeen: T + 100, lastSeen: T + 2000 });
    expect(await db.documents.get('kst-2')).toMatchObject({ title: 'mijn' });
    expect(await db.documents.count()).toBe(3);
  });

  it('does not overwrite a note the reader changed after the preview', async () => {
    const db = freshDb();
    await db.notes.put(passageNote(id(7), 'kst-1', { text: 'voor', updated: NOW - 100 }));
    const preview = await previewFor(db, backupText([passageNote(id(7), 'kst-1', { text: 'bestand', created: T, updated: NOW })]));
    expect(preview.notes.updated).toBe(1);
    await db.notes.put(passageNote(id(7), 'kst-1', { text: 'net bewerkt', updated: NOW + 100 }));
    const applied = await applyImport(db, preview);
    expect(applied.ok && applied.changes.notes).toBe(0);
    expect((await db.notes.get(id(7)))?.text).toBe('net bewerkt');
  });

  it('writes all or nothing: a failure on the last table leaves the notes unwritten too', async () => {
    const db = freshDb();
    await db.notes.put(passageNote(id(8), 'kst-1'));
    const preview = await previewFor(
      db,
      backupText(
        [passageNote(id(9), 'kst-1', AT_T), passageNote(id(10), 'kst-1', AT_T)],
        [documentRecord('kst-1', { firstSeen: T, lastSeen: T })],
      ),
    );
    const before = await snapshot(db);
    db.documents.hook('creating', () => {
      throw new Error('disk full');
    });
    const applied = await applyImport(db, preview);
    expect(applied).toEqual({ ok: false, error: 'De import kon niet worden opgeslagen. Er is niets veranderd.' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('says so in words when the database cannot be read for a preview', async () => {
    const db = freshDb();
    const parsed = await parseImport(backupText([passageNote(id(11), 'kst-1', AT_T)]), { yieldTo: false });
    if (!parsed.ok) throw new Error(parsed.error);
    db.close();
    const preview = await previewImport(db, parsed.parsed);
    expect(preview).toEqual({
      ok: false,
      error: 'Uw notities konden niet worden gelezen om ze met het bestand te vergelijken. Er is niets veranderd.',
    });
  });
});
