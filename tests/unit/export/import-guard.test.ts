// Imports guard the data (issue 14): addresses tied to the site and to the record's publication,
// times between 1990 and a day past now (`updated: 1e300` never wins a merge), our own exports
// always importable again, and bounded work on bad files — a refusal before any work for too many
// items, and only the first refused records kept with their reasons.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ANNO_CONTEXT,
  BACKUP_FORMAT,
  documentsById,
  exportFile,
  formatCount,
  MAX_IMPORT_ITEMS,
  MAX_INVALID_KEPT,
  parseImport,
  previewImport,
} from '@/lib/export';
import { validateBackup } from '@/lib/export/import-validate';
import { annotationsOf } from '@/lib/export/parse-web-annotation';
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note } from '@/lib/notes/note';
import { actorNote, documentRecord, draftOf, passageNote, publicationUrl } from '@/tests/unit/make-records';
import { FOREIGN_ADDRESSES } from '@/tests/unit/store/foreign-addresses';
import { speakEnglish } from '@/tests/unit/ui/english';
import { freshDb, NOW } from './fixtures';
import { importText, previewOf, refusal } from './import-helpers';

const DAY = 24 * 3600 * 1000;
const AT = { created: NOW - DAY, updated: NOW - DAY };
const SEEN = { firstSeen: NOW - DAY, lastSeen: NOW - DAY };
const uuid = (n: number) => `dddddddd-0000-4000-8000-${String(n).padStart(12, '0')}`;

function backupOf(lists: { notes?: unknown[]; documents?: unknown[]; drafts?: unknown[] }): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '', notes: [], documents: [], settings: {}, ...lists });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('addresses', () => {
  it('refuses notes whose address is off the site or names another publication, with the reason, and writes none', async () => {
    const db = freshDb();
    const urls = [...FOREIGN_ADDRESSES, publicationUrl('kst-2-2')];
    const notes = urls.map((url, i) => passageNote(uuid(i), 'kst-1-1', { ...AT, url }));
    const preview = previewOf(await importText(db, backupOf({ notes })));
    expect(preview.notes).toMatchObject({ new: 0, invalid: urls.length });
    expect(preview.invalid.map((record) => record.message)).toEqual([
      ...FOREIGN_ADDRESSES.map((_, i) => `Notitie ${i + 1}: ‘url’ is geen https-adres op zoek.officielebekendmakingen.nl`),
      `Notitie ${urls.length}: ‘url’ is niet het adres van publicatie kst-1-1`,
    ]);
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses documents and drafts with such addresses the same way', async () => {
    const db = freshDb();
    const documents = FOREIGN_ADDRESSES.map((url) => documentRecord('kst-1-1', { ...SEEN, url }));
    const drafts = FOREIGN_ADDRESSES.map((url, i) => draftOf(passageNote(uuid(i), 'kst-1-1', { ...AT, url }), NOW - DAY));
    const preview = previewOf(await importText(db, backupOf({ documents, drafts })));
    expect(preview.documents.invalid).toBe(FOREIGN_ADDRESSES.length);
    expect(preview.drafts.invalid).toBe(FOREIGN_ADDRESSES.length);
    expect(preview.invalid[0]?.message).toBe('Document 1: ‘url’ is geen https-adres op zoek.officielebekendmakingen.nl');
    expect(preview.invalid.at(-1)?.message).toBe(
      `Concept ${FOREIGN_ADDRESSES.length}: ‘note.url’ is geen https-adres op zoek.officielebekendmakingen.nl`,
    );
    expect(preview.writes).toEqual({ notes: [], documents: [], drafts: [] });
  });

  it('refuses annotations whose target is off the site, though its last segment looks like an id', async () => {
    const db = freshDb();
    const items = FOREIGN_ADDRESSES.filter((url) => url !== '').map((source) => ({
      '@context': ANNO_CONTEXT,
      type: 'Annotation',
      created: '2024-03-01T12:00:00Z',
      target: { source, selector: { type: 'TextQuoteSelector', exact: 'de begroting' } },
    }));
    const preview = previewOf(await importText(db, JSON.stringify(items)));
    expect(preview.notes).toMatchObject({ new: 0, invalid: items.length });
    expect(preview.invalid[0]?.message).toBe(
      'Annotatie 1: ‘https://evil.example/kst-1-1.html’ is geen publicatie op zoek.officielebekendmakingen.nl',
    );
  });

  it('takes an http address of the site as its https form', async () => {
    const db = freshDb();
    const note = passageNote(uuid(1), 'kst-1-1', { ...AT, url: 'http://zoek.officielebekendmakingen.nl/kst-1-1.html' });
    const outcome = await importText(db, backupOf({ notes: [note] }));
    expect(previewOf(outcome).notes.new).toBe(1);
    expect(await db.notes.get(note.id)).toEqual({ ...note, url: publicationUrl('kst-1-1') });
  });
});

describe('times', () => {
  it('refuses `updated: 1e300` with its reason, and the reader’s note stays', async () => {
    const db = freshDb();
    const mine = passageNote(uuid(1), 'kst-1-1', { ...AT, text: 'mijn tekst' });
    await db.notes.put(mine);
    const preview = previewOf(await importText(db, backupOf({ notes: [{ ...mine, text: 'overschreven', updated: 1e300 }] })));
    expect(preview.notes).toMatchObject({ updated: 0, invalid: 1 });
    expect(preview.invalid[0]?.message).toBe('Notitie 1: ‘updated’ is geen tijd tussen 1 januari 1990 en morgen');
    expect(await db.notes.get(mine.id)).toEqual(mine);
  });

  it('accepts times from 1990 up to a day past now, and refuses times outside, in every kind of record', async () => {
    const db = freshDb();
    const now = Date.now();
    const notes = [
      passageNote(uuid(1), 'kst-1-1', { created: Date.UTC(1990, 0, 1), updated: now + DAY - 60_000 }),
      passageNote(uuid(2), 'kst-1-1', { created: Date.UTC(1989, 11, 31), updated: now }),
      passageNote(uuid(3), 'kst-1-1', { created: now, updated: now + 2 * DAY }),
    ];
    const documents = [documentRecord('kst-1-1', { firstSeen: 0, lastSeen: now })];
    const drafts = [draftOf(passageNote(uuid(4), 'kst-1-1', AT), Number.MAX_SAFE_INTEGER)];
    const preview = previewOf(await importText(db, backupOf({ notes, documents, drafts })));
    expect(preview.writes.notes.map((note) => note.id)).toEqual([uuid(1)]);
    expect(preview.invalid.map((record) => record.message)).toEqual([
      'Notitie 2: ‘created’ is geen tijd tussen 1 januari 1990 en morgen',
      'Notitie 3: ‘updated’ is geen tijd tussen 1 januari 1990 en morgen',
      'Document 1: ‘firstSeen’ is geen tijd tussen 1 januari 1990 en morgen',
      'Concept 1: ‘updated’ is geen tijd tussen 1 januari 1990 en morgen',
    ]);
  });

  it('refuses an annotation modified in the far future', async () => {
    const db = freshDb();
    const annotation = {
      type: 'Annotation',
      created: '2024-03-01T12:00:00Z',
      modified: '9999-12-31T00:00:00Z',
      target: { source: publicationUrl('kst-1-1'), selector: { type: 'TextQuoteSelector', exact: 'de begroting' } },
    };
    const preview = previewOf(await importText(db, JSON.stringify(annotation)));
    expect(preview.invalid[0]?.message).toBe('Annotatie 1: ‘updated’ is geen tijd tussen 1 januari 1990 en morgen');
  });

  it('lets a valid note replace one stored with a time out of bounds: such a time never wins a merge', async () => {
    const db = freshDb();
    await db.notes.put(passageNote(uuid(1), 'kst-1-1', { ...AT, updated: 1e300, text: 'van voor de regels' }));
    await db.documents.put(documentRecord('kst-1-1', { firstSeen: 0, lastSeen: 1e300 }));
    const outcome = await importText(
      db,
      backupOf({ notes: [passageNote(uuid(1), 'kst-1-1', { ...AT, text: 'echt' })], documents: [documentRecord('kst-1-1', SEEN)] }),
    );
    expect(previewOf(outcome).notes).toMatchObject({ updated: 1 });
    expect((await db.notes.get(uuid(1)))?.text).toBe('echt');
    expect(await db.documents.get('kst-1-1')).toMatchObject(SEEN);
  });
});

describe('our own exports', () => {
  it('are always importable again, even of records stored before these rules', async () => {
    const odd: Note[] = [
      passageNote(uuid(1), 'kst-1-1', { created: 5, updated: 1e300 }),
      passageNote(uuid(2), 'kst-1-1', { ...AT, url: 'http://zoek.officielebekendmakingen.nl/kst-1-1.html' }),
      actorNote(uuid(3), 'person:klaar', 'kst-2-2', { ...AT, url: 'https://evil.example/kst-2-2.html' }),
      passageNote(uuid(4), 'kst-2-2', AT),
    ];
    const documents: DocumentRecord[] = [
      documentRecord('kst-1-1', { firstSeen: -3, lastSeen: 1e300 }),
      documentRecord('kst-2-2', { ...SEEN, url: 'javascript:alert(1)//kst-2-2.html' }),
    ];
    const drafts = [draftOf(passageNote(uuid(5), 'kst-1-1', { created: 0, updated: 0 }), 1e300)];
    for (const format of ['backup', 'web-annotation'] as const) {
      const db = freshDb();
      const file = exportFile(format, odd, documentsById(documents), { now: new Date(NOW), drafts, settings: {} });
      const preview = previewOf(await importText(db, file.content));
      expect(preview.invalid, format).toEqual([]);
      expect(preview.notes.new, format).toBe(odd.length);
      const stored = await db.notes.toArray();
      expect(
        stored.every((note) => note.url === publicationUrl(note.documentId)),
        format,
      ).toBe(true);
      expect(stored.find((note) => note.id === uuid(1))).toMatchObject({ created: Date.UTC(1990, 0, 1), updated: NOW });
      if (format === 'backup') {
        expect(preview.documents.new).toBe(2);
        expect(preview.drafts.new).toBe(1);
      }
    }
  });
});

describe('bounded work on bad files', () => {
  const count = MAX_IMPORT_ITEMS + 1;

  it(`refuses a list of more than ${MAX_IMPORT_ITEMS} items before checking any, in words`, async () => {
    const zeros = `[${'0,'.repeat(count - 1)}0]`;
    const yieldTo = vi.fn(() => Promise.resolve());
    for (const text of [
      `{"format":"${BACKUP_FORMAT}","version":1,"notes":[],"documents":${zeros}}`,
      zeros.replace('0', '{"type":"Annotation"}'),
    ]) {
      expect(await parseImport(text, { sliceMs: -1, yieldTo })).toEqual({
        ok: false,
        error:
          'Dit bestand bevat te veel onderdelen om te importeren (100.001 in één lijst). ' +
          'Kantlijn leest ten hoogste 100.000 notities, documenten of concepten per bestand.',
      });
    }
    expect(yieldTo).not.toHaveBeenCalled();
    speakEnglish();
    expect(refusal(await importText(freshDb(), backupOf({ notes: Array.from({ length: count }, () => 0) })))).toBe(
      'This file holds too many items to import (100,001 in one list). Kantlijn reads at most 100,000 notes, documents or drafts per file.',
    );
  });

  it('keeps the reasons of the first refused records only, and counts the other 1,999,900 of two million', async () => {
    const items: unknown[] = new Array(2_000_000).fill(0);
    const parsed = await validateBackup({ notes: items, documents: [], drafts: [], settings: undefined }, { yieldTo: false });
    expect(parsed.invalid).toHaveLength(MAX_INVALID_KEPT);
    expect(parsed.invalid.at(-1)?.message).toBe('Notitie 100: is geen object');
    expect(parsed.invalidCounts.note).toBe(2_000_000);
    const preview = await previewImport(freshDb(), parsed);
    expect(preview.ok && preview.preview.notes.invalid).toBe(2_000_000);
    expect(preview.ok && preview.preview.invalidMore).toBe(1_999_900);
    expect(formatCount(1_999_900)).toBe('1.999.900');
  });

  it('keeps as few reasons for a file of refused annotations', async () => {
    const text = JSON.stringify(Array.from({ length: 5000 }, () => ({ type: 'Annotation' })));
    const outcome = await parseImport(text, { yieldTo: false });
    expect(outcome.ok && outcome.parsed.invalid).toHaveLength(MAX_INVALID_KEPT);
    expect(outcome.ok && outcome.parsed.invalidCounts.annotation).toBe(5000);
  });

  it('reads a page of 200,000 annotations without a RangeError from a spread', () => {
    const items = new Array(200_000).fill({ type: 'Annotation' });
    expect(annotationsOf({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } })).toHaveLength(200_000);
  });
});
