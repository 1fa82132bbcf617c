// Backup → clear the database → import: every note, actor note, document and draft comes back
// identical, and the settings are returned for the caller to write.
import { describe, expect, it } from 'vitest';
import { applyImport, documentsById, exportFile, parseImport, previewImport, type ImportPreview, type ParsedImport } from '@/lib/export';
import type { KantlijnDb } from '@/lib/store/db';
import { library, libraryDb, NOW } from './fixtures';

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

async function parsed(text: string): Promise<ParsedImport> {
  const outcome = await parseImport(text, { yieldTo: false });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.parsed;
}

async function preview(db: KantlijnDb, text: string): Promise<ImportPreview> {
  const outcome = await previewImport(db, await parsed(text));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.preview;
}

describe('backup round trip', () => {
  it('restores every note, actor note, document and draft identically into a cleared database', async () => {
    const { db, notes, documents, drafts, settings } = await libraryDb();

    const file = exportFile('backup', await db.notes.toArray(), documentsById(await db.documents.toArray()), {
      now: new Date(NOW),
      drafts: await db.drafts.toArray(),
      settings,
    });
    expect(file.fileName).toMatch(/^kantlijn-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.mimeType).toBe('application/json');
    const backup = JSON.parse(file.content) as Record<string, unknown>;
    expect(backup).toMatchObject({ format: 'kantlijn-backup', version: 1, exportedAt: new Date(NOW).toISOString() });

    await db.transaction('rw', db.notes, db.documents, db.drafts, async () => {
      await db.notes.clear();
      await db.documents.clear();
      await db.drafts.clear();
    });
    const shown = await preview(db, file.content);
    expect(shown.notes).toEqual({ new: notes.length, updated: 0, unchanged: 0, invalid: 0, duplicates: 0 });
    expect(shown.documents).toEqual({ new: 3, updated: 0, unchanged: 0, invalid: 0 });
    expect(shown.invalid).toEqual([]);

    const applied = await applyImport(db, shown);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.changes.notes).toBe(notes.length);
    expect(applied.changes.settings).toEqual(settings);
    expect(new Set(applied.changes.actorKeys)).toEqual(new Set(['person:hoekstra', 'organisation:europese commissie']));
    expect(new Set(applied.changes.documentIds)).toEqual(new Set(documents.map((d) => d.id)));

    const note = byKey<{ id: string }>((n) => n.id);
    expect((await db.notes.toArray()).sort(note)).toEqual([...notes].sort(note));
    expect((await db.documents.toArray()).sort(note)).toEqual([...documents].sort(note));
    expect(await db.drafts.toArray()).toEqual(drafts);
    expect((await db.notes.where('actorKey').equals('person:hoekstra').toArray()).map((n) => n.subject)).toEqual(['actor']);
  });

  it('changes nothing when the same backup is imported again', async () => {
    const { db, notes, documents, drafts, settings } = await libraryDb();
    const { content } = exportFile('backup', notes, documentsById(documents), { now: new Date(NOW), drafts, settings });
    const again = await preview(db, content);
    expect(again.notes).toMatchObject({ new: 0, updated: 0, unchanged: notes.length });
    expect(again.documents).toMatchObject({ new: 0, updated: 0, unchanged: documents.length });
    expect(again.writes).toEqual({ notes: [], documents: [], drafts: [] });
  });

  it('leaves drafts out of a backup that has none and still reads it', async () => {
    const { notes, documents } = library();
    const { content } = exportFile('backup', notes, documentsById(documents), { now: new Date(NOW) });
    expect(JSON.parse(content)).not.toHaveProperty('drafts');
    expect((await parsed(content)).notes).toHaveLength(notes.length);
  });
});
