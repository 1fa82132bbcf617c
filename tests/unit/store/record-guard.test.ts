// The store's own rules: an address on the site that names the record's publication, times between
// 1990 and a day past now; and every write path of the store refuses what breaks them, in words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '@/lib/notes/note';
import { createDb } from '@/lib/store/db';
import { recordDocument } from '@/lib/store/documents';
import { countDrafts, saveDraft } from '@/lib/store/drafts';
import { InvalidRecordError } from '@/lib/store/invalid-record';
import { countNotes, getNote, mergeNotes, saveNote } from '@/lib/store/notes';
import {
  EARLIEST_TIME,
  FUTURE_SLACK_MS,
  guardDocument,
  guardDraft,
  guardNote,
  isBoundedTime,
  mergeTime,
  siteAddress,
} from '@/lib/store/record-guard';
import { documentRecord, draftOf, passageNote, publicationUrl } from '@/tests/unit/make-records';
import { speakEnglish } from '@/tests/unit/ui/english';
import { FOREIGN_ADDRESSES } from './foreign-addresses';

let n = 0;
const freshDb = () => createDb(`record-guard-${++n}`);

const ID = 'kst-1-1';
const NOW = Date.UTC(2026, 10, 27, 10);
const AT = { created: NOW - 1000, updated: NOW - 1000 };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('siteAddress', () => {
  it('takes an https page of the site that names the publication, with a query or fragment', () => {
    for (const url of [
      publicationUrl(ID),
      `${publicationUrl(ID)}#kantlijn-note=x`,
      `${publicationUrl(ID)}?zoekopdracht=brief`,
      'https://zoek.officielebekendmakingen.nl/dossier/kst-1-1.html',
    ]) {
      expect(siteAddress(url, ID), url).toEqual({ ok: true, url });
    }
  });

  it('takes an http page of the site as its https form', () => {
    expect(siteAddress('http://zoek.officielebekendmakingen.nl/kst-1-1.html', ID)).toEqual({ ok: true, url: publicationUrl(ID) });
  });

  it('refuses addresses off the site, and says why', () => {
    for (const url of FOREIGN_ADDRESSES) {
      expect(siteAddress(url, ID), url).toEqual({ ok: false, reason: '‘url’ is geen https-adres op zoek.officielebekendmakingen.nl' });
    }
  });

  it('refuses a page of the site that names another publication or none', () => {
    for (const url of [
      publicationUrl('kst-2-2'),
      'https://zoek.officielebekendmakingen.nl/resultaten?q=kst-1-1',
      'https://zoek.officielebekendmakingen.nl/',
    ]) {
      expect(siteAddress(url, ID), url).toEqual({ ok: false, reason: '‘url’ is niet het adres van publicatie kst-1-1' });
    }
  });

  it('says so in English in an English browser', () => {
    speakEnglish();
    expect(siteAddress('https://evil.example/kst-1-1.html', ID, 'note.url')).toEqual({
      ok: false,
      reason: '‘note.url’ is not an https address on zoek.officielebekendmakingen.nl',
    });
    expect(guardNote(passageNote('n', ID, { updated: 1e300 }), NOW)).toEqual({
      ok: false,
      reasons: [
        '‘created’ is not a time between 1 January 1990 and tomorrow',
        '‘updated’ is not a time between 1 January 1990 and tomorrow',
      ],
    });
  });
});

describe('times', () => {
  it('are bounded by 1990 and a day past now', () => {
    expect(isBoundedTime(EARLIEST_TIME, NOW)).toBe(true);
    expect(isBoundedTime(NOW + FUTURE_SLACK_MS, NOW)).toBe(true);
    for (const bad of [EARLIEST_TIME - 1, NOW + FUTURE_SLACK_MS + 1, 1e300, -1, 0, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isBoundedTime(bad, NOW), String(bad)).toBe(false);
    }
  });

  it('out of bounds, count as older than any in a merge', () => {
    expect(mergeTime(1e300, NOW)).toBe(Number.NEGATIVE_INFINITY);
    expect(mergeTime(5, NOW)).toBe(Number.NEGATIVE_INFINITY);
    expect(mergeTime(NOW, NOW)).toBe(NOW);
  });
});

describe('guards of whole records', () => {
  it('check a note’s address and, given now, its times; the record is untouched when it passes', () => {
    const note = passageNote('n', ID, AT);
    const guarded = guardNote(note, NOW);
    expect(guarded).toEqual({ ok: true, value: note });
    expect(guarded.ok && guarded.value).toBe(note);
    expect(guardNote(passageNote('n', ID, { updated: 1e300 }), null).ok).toBe(true);
    expect(guardNote(passageNote('n', ID, { ...AT, updated: 1e300 }), NOW)).toEqual({
      ok: false,
      reasons: ['‘updated’ is geen tijd tussen 1 januari 1990 en morgen'],
    });
  });

  it('check a draft’s note under its path, and a document’s address and visits', () => {
    const draft = draftOf(passageNote('n', ID, { ...AT, url: 'https://evil.example/kst-1-1.html' }), NOW);
    const offSite = '‘note.url’ is geen https-adres op zoek.officielebekendmakingen.nl';
    expect(guardDraft(draft, NOW)).toEqual({ ok: false, reasons: [offSite] });
    expect(guardDraft({ ...draft, note: passageNote('n', ID, AT), updated: 1e300 }, NOW)).toEqual({
      ok: false,
      reasons: ['‘updated’ is geen tijd tussen 1 januari 1990 en morgen'],
    });
    const document = documentRecord(ID, { firstSeen: NOW, lastSeen: NOW });
    expect(guardDocument(document, NOW)).toEqual({ ok: true, value: document });
    expect(guardDocument({ ...document, url: publicationUrl('kst-2-2'), lastSeen: 1e300 }, NOW)).toEqual({
      ok: false,
      reasons: ['‘url’ is niet het adres van publicatie kst-1-1', '‘lastSeen’ is geen tijd tussen 1 januari 1990 en morgen'],
    });
  });
});

describe('the store’s write paths', () => {
  it('saveNote refuses every foreign address and an address of another publication, and writes nothing', async () => {
    const db = freshDb();
    for (const url of [...FOREIGN_ADDRESSES, publicationUrl('kst-2-2')]) {
      const error = await saveNote(db, passageNote('n', ID, { url }), NOW).catch((e: unknown) => e);
      expect(error, url).toBeInstanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).reasons[0]).toMatch(/^‘url’ is (geen https-adres|niet het adres)/);
    }
    expect(await countNotes(db)).toBe(0);
  });

  it('saveNote stores an http address of the site as https, and never a created time after now', async () => {
    const db = freshDb();
    const { note } = await saveNote(
      db,
      passageNote('n', ID, { url: 'http://zoek.officielebekendmakingen.nl/kst-1-1.html', created: 1e300 }),
      NOW,
    );
    expect(note).toMatchObject({ url: publicationUrl(ID), created: NOW, updated: NOW });
    expect(await getNote(db, 'n')).toEqual(note);
  });

  it('saveDraft and recordDocument refuse addresses off the site', async () => {
    const db = freshDb();
    const draft = draftOf(passageNote('n', ID, { url: 'javascript:alert(1)//kst-1-1.html' }));
    await expect(saveDraft(db, draft, NOW)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await countDrafts(db)).toBe(0);
    const { firstSeen: _f, lastSeen: _l, ...seen } = documentRecord(ID, { url: 'data:text/html,kst-1-1.html' });
    const error = (await recordDocument(db, seen, NOW).catch((e: unknown) => e)) as InvalidRecordError;
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect(error.what).toBe('document');
    expect(error.reasons).toEqual(['‘url’ is geen https-adres op zoek.officielebekendmakingen.nl']);
    expect(await db.documents.count()).toBe(0);
  });

  it('mergeNotes refuses `updated: 1e300` with its reason, and a stored 1e300 never wins', async () => {
    const db = freshDb();
    await db.notes.put(passageNote('mine', ID, { ...AT, text: 'mijn tekst' }));
    const error = (await mergeNotes(db, [passageNote('mine', ID, { ...AT, updated: 1e300, text: 'overschreven' })], NOW).catch(
      (e: unknown) => e,
    )) as InvalidRecordError;
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect(error.reasons).toEqual(['0: ‘updated’ is geen tijd tussen 1 januari 1990 en morgen']);
    expect((await getNote(db, 'mine'))?.text).toBe('mijn tekst');

    await db.notes.put(passageNote('old', ID, { ...AT, updated: 1e300, text: 'van voor de regels' }));
    const outcome = await mergeNotes(db, [passageNote('old', ID, { ...AT, text: 'echt' })], NOW);
    expect(outcome).toMatchObject({ added: 0, replaced: 1, kept: 0 });
    expect((await getNote(db, 'old')) as Note).toMatchObject({ text: 'echt', updated: AT.updated });
  });
});
