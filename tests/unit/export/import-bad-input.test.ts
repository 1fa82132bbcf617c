// Every bad input the issue names: a clear message (Dutch here, English in English browsers), and
// the reader's database exactly as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, documentsById, MAX_IMPORT_BYTES, parseImport, readImportFile, summaryOf, toBackup } from '@/lib/export';
import type { Note } from '@/lib/notes/note';
import type { KantlijnDb } from '@/lib/store/db';
import { passageNote } from '@/tests/unit/make-records';
import { speakEnglish } from '@/tests/unit/ui/english';
import { library, libraryDb, NOW } from './fixtures';
import { importText, previewOf, refusal, snapshot } from './import-helpers';

let db: KantlijnDb;
let before: unknown;

beforeEach(async () => {
  ({ db } = await libraryDb());
  before = await snapshot(db);
});

afterEach(async () => {
  vi.restoreAllMocks();
  expect(await snapshot(db)).toEqual(before);
});

const backupOf = (notes: readonly unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date(NOW).toISOString(),
    notes,
    documents: [],
    settings: {},
    ...extra,
  });

describe('a file that cannot be imported at all', () => {
  it('is not JSON', async () => {
    for (const text of ['', 'hallo', '{"notes": [', '<html><body>notities</body></html>', '\uFEFF']) {
      expect(refusal(await importText(db, text))).toBe(
        'Dit bestand is geen JSON, dus geen back-up van Kantlijn, geen W3C Web Annotation-bestand en geen Hypothesis-export.',
      );
    }
  });

  it('is JSON of another shape', async () => {
    const shapes = [
      'null',
      '42',
      '"tekst"',
      '[]',
      '[1, 2]',
      '{}',
      '{"notes": []}',
      '{"type": "Collection"}',
      '{"format": "kantlijn-backup"}',
      '{"format": "kantlijn-backup", "version": "1", "notes": []}',
      '{"format": "kantlijn-backup", "version": 1, "notes": {}}',
      '{"format": "kantlijn-backup", "version": 1, "notes": [], "documents": 3}',
    ];
    for (const text of shapes) {
      expect(refusal(await importText(db, text)), text).toBe(
        'Dit bestand is JSON, maar geen back-up van Kantlijn, geen W3C Web Annotation-bestand en geen Hypothesis-export.',
      );
    }
  });

  it('is larger than 50 MB — refused before it is parsed, or before a chosen file is even read', async () => {
    const huge = `{"format":"kantlijn-backup","version":1,"notes":[${' '.repeat(MAX_IMPORT_BYTES)}]}`;
    const parse = vi.spyOn(JSON, 'parse');
    expect(refusal(await importText(db, huge))).toBe(
      'Dit bestand is te groot om te importeren (51 MB). Kantlijn leest bestanden tot 50 MB.',
    );
    expect(parse).not.toHaveBeenCalled();
    const text = vi.fn(async () => '');
    const file = { size: 60 * 1024 * 1024, text } as unknown as Blob;
    const outcome = await readImportFile(file);
    expect(outcome).toEqual({ ok: false, error: 'Dit bestand is te groot om te importeren (60 MB). Kantlijn leest bestanden tot 50 MB.' });
    expect(text).not.toHaveBeenCalled();
  });

  it('is a backup from a newer version of Kantlijn', async () => {
    const newer = JSON.stringify({ format: BACKUP_FORMAT, version: 2, notes: [{ anything: 'new' }] });
    expect(refusal(await importText(db, newer))).toBe(
      'Deze back-up is gemaakt door een nieuwere versie van Kantlijn (back-upversie 2; deze versie leest tot en met versie 1). ' +
        'Werk Kantlijn bij en importeer het bestand opnieuw.',
    );
  });

  it('says so in English in an English browser', async () => {
    speakEnglish();
    expect(refusal(await importText(db, 'hallo'))).toBe(
      'This file is not JSON, so it is not a Kantlijn backup, a W3C Web Annotation file or a Hypothesis export.',
    );
    expect(refusal(await importText(db, JSON.stringify({ format: BACKUP_FORMAT, version: 7, notes: [] })))).toContain(
      'newer version of Kantlijn (backup version 7',
    );
    const preview = previewOf(await importText(db, backupOf([{ id: 'x' }])));
    expect(preview.invalid[0]?.message).toMatch(/^Note 1: ‘subject’ is missing; ‘text’ is missing/);
  });
});

describe('records that cannot be imported', () => {
  const good = passageNote('99999999-0000-4000-8000-000000000001', 'kst-1-1', { created: NOW, updated: NOW });

  it('names each invalid note by its position with its reasons, and writes none of them', async () => {
    const { id: _id, ...noId } = good;
    const broken: unknown[] = [
      { ...good, text: undefined },
      { ...good, tags: 'energie' },
      { ...good, created: 'gisteren' },
      { ...good, selectors: { ...good.selectors, position: { type: 'TextPositionSelector', start: -1, end: 3 } } },
      { ...good, selectors: { ...good.selectors, position: { type: 'TextPositionSelector', start: 9, end: 3 } } },
      { ...good, subject: 'actor', actorKey: null },
      { ...good, selectors: null },
      { ...good, text: 'x'.repeat(100_001) },
      { ...good, id: '' },
      noId,
      'een notitie',
      null,
    ];
    const preview = previewOf(await importText(db, backupOf(broken)));
    expect(preview.notes).toEqual({ new: 0, updated: 0, unchanged: 0, invalid: broken.length, duplicates: 0 });
    expect(preview.writes.notes).toEqual([]);
    expect(preview.invalid.map((r) => r.message)).toEqual([
      'Notitie 1: ‘text’ ontbreekt',
      'Notitie 2: ‘tags’ heeft de verkeerde soort waarde',
      'Notitie 3: ‘created’ heeft de verkeerde soort waarde',
      'Notitie 4: ‘selectors.position.start’ is ongeldig',
      'Notitie 5: de passage eindigt voordat ze begint',
      'Notitie 6: een notitie bij een actor mist de sleutel van de actor',
      'Notitie 7: een notitie bij een passage of gebeurtenis mist de geciteerde passage',
      'Notitie 8: ‘text’ is te lang of heeft te veel onderdelen',
      'Notitie 9: ‘id’ is leeg',
      'Notitie 10: ‘id’ ontbreekt',
      'Notitie 11: is geen object',
      'Notitie 12: is geen object',
    ]);
    expect(preview.invalid.map((r) => r.index)).toEqual(broken.map((_, i) => i));
    expect(preview.invalid[0]?.id).toBe(good.id);
    expect(summaryOf(preview.notes)).toBe('0 nieuw, 0 bijgewerkt, 0 ongewijzigd, 12 ongeldig');
  });

  it('reports invalid documents, drafts and settings the same way', async () => {
    const preview = previewOf(
      await importText(
        db,
        backupOf([], {
          documents: [{ id: 'kst-1', kind: 'novel' }],
          drafts: [{ key: 'k', note: {}, updated: 1 }],
          settings: { panelOpen: 'ja' },
        }),
      ),
    );
    expect(preview.invalid.map((r) => r.kind)).toEqual(['document', 'draft', 'settings']);
    const documentReasons = /^Document 1: ‘url’ ontbreekt; ‘title’ ontbreekt; ‘kind’ heeft de verkeerde soort waarde/;
    expect(preview.invalid[0]?.message).toMatch(documentReasons);
    expect(preview.invalid[2]?.message).toBe('Instellingen: ‘panelOpen’ heeft de verkeerde soort waarde');
    expect(preview.settings).toBeNull();
  });

  it('counts 10,000 copies of a note the reader has as duplicates and changes nothing', async () => {
    const [note] = (await db.notes.toArray()) as [Note];
    const preview = previewOf(await importText(db, backupOf(Array.from({ length: 10_000 }, () => note))));
    expect(preview.notes).toEqual({ new: 0, updated: 0, unchanged: 1, invalid: 0, duplicates: 9_999 });
    expect(summaryOf(preview.notes)).toBe(
      '0 nieuw, 0 bijgewerkt, 1 ongewijzigd, 0 ongeldig. 9.999 dubbele notities in het bestand zijn één keer geteld.',
    );
  });
});

describe('inputs that are imported, as data', () => {
  // These change the database on purpose: the checks of afterEach are reset here.
  it('writes 10,000 copies of a new note once', async () => {
    const note = passageNote('99999999-0000-4000-8000-000000000002', 'kst-2-2', { created: NOW, updated: NOW });
    const outcome = await importText(db, backupOf(Array.from({ length: 10_000 }, () => note)));
    expect(previewOf(outcome).notes).toMatchObject({ new: 1, duplicates: 9_999 });
    expect(await db.notes.where('documentId').equals('kst-2-2').count()).toBe(1);
    await db.notes.delete(note.id);
  });

  it('stores text with HTML and scripts exactly as given, never interpreted', async () => {
    const text = '<script>document.title = "hacked"</script><img src=x onerror="window.hacked = 1">';
    const note = passageNote('99999999-0000-4000-8000-000000000003', 'kst-3-3', { text, tags: ['<b>vet</b>'], created: NOW, updated: NOW });
    const title = document.title;
    await importText(db, backupOf([note]));
    expect(await db.notes.get(note.id)).toEqual(note);
    expect(document.title).toBe(title);
    expect((globalThis as { hacked?: unknown }).hacked).toBeUndefined();
    await db.notes.delete(note.id);
  });

  it('reads a backup written by toBackup with a byte-order mark in front', async () => {
    const { notes, documents } = library();
    const outcome = await parseImport(`\uFEFF${toBackup(notes, documentsById(documents), { now: new Date(NOW) })}`, { yieldTo: false });
    expect(outcome.ok).toBe(true);
  });
});
