// The background's answers to the notes messages: every branch, bad input, a database that fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandler } from '@/lib/messages/background-handler';
import { SITE_TABS } from '@/lib/messages/broadcast';
import type { AnyMessage, BackgroundProtocol, NotesChange } from '@/lib/messages/protocol';
import { createDb, type KantlijnDb } from '@/lib/store/db';
import { actorNote, draftOf, eventNote, passageNote } from '@/tests/unit/make-records';

let n = 0;
const freshDb = () => createDb(`notes-handler-${++n}`);
const HERE = 'kst-21501-02-2553';
const NOW = 50_000;

/** A handler over a fresh database, with the changes it announced and a fixed clock. */
function setup(db: KantlijnDb = freshDb()) {
  const changes: NotesChange[] = [];
  const handle = createBackgroundHandler(async () => db, { notify: (change) => changes.push(change), now: () => NOW });
  return { db, handle, changes };
}

/** A message of the wrong shape, as a web page could send it. */
const raw = (message: Record<string, unknown>) => message as unknown as AnyMessage<BackgroundProtocol>;

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('notes-for-page', () => {
  it('answers the notes of the document and of its actors', async () => {
    const { db, handle } = setup();
    await db.notes.bulkAdd([
      passageNote('p', HERE),
      eventNote('e', HERE, { created: 2000 }),
      actorNote('a', 'person:hoekstra', 'kst-2'),
      passageNote('x', 'kst-2'),
    ]);
    const answer = await handle({ type: 'notes-for-page', documentId: HERE, actorKeys: ['person:hoekstra', 'person:hoekstra', ''] });
    if (!answer.ok) throw new Error(answer.error);
    expect(answer.notes.map((note) => note.id)).toEqual(['p', 'e']);
    expect(answer.actorNotes).toEqual([actorNote('a', 'person:hoekstra', 'kst-2')]);
  });

  it('refuses a request without a document id or with malformed actor keys, in words', async () => {
    const { handle } = setup();
    const error = { ok: false, error: 'De notities konden niet worden opgehaald: de vraag is onvolledig.' };
    expect(await handle(raw({ type: 'notes-for-page', actorKeys: [] }))).toEqual(error);
    expect(await handle(raw({ type: 'notes-for-page', documentId: 42, actorKeys: [] }))).toEqual(error);
    expect(await handle(raw({ type: 'notes-for-page', documentId: '', actorKeys: [] }))).toEqual(error);
    expect(await handle(raw({ type: 'notes-for-page', documentId: HERE }))).toEqual(error);
    expect(await handle(raw({ type: 'notes-for-page', documentId: HERE, actorKeys: 'person:hoekstra' }))).toEqual(error);
    expect(await handle(raw({ type: 'notes-for-page', documentId: HERE, actorKeys: [7] }))).toEqual(error);
  });
});

describe('save-note', () => {
  it('saves with updated = now, keeps created, and announces the document and actor', async () => {
    const { db, handle, changes } = setup();
    const note = actorNote('a', 'person:klaar', HERE, { created: 1000, updated: 1000 });
    expect(await handle({ type: 'save-note', note })).toEqual({ ok: true, note: { ...note, updated: NOW } });
    expect(await db.notes.get('a')).toEqual({ ...note, updated: NOW });
    expect(changes).toEqual([{ documentIds: [HERE], actorKeys: ['person:klaar'] }]);
    await handle({ type: 'save-note', note: { ...note, created: 9, text: 'Anders' } });
    expect(await db.notes.get('a')).toMatchObject({ created: 1000, text: 'Anders' });
  });

  it('drops the draft of the note it saves', async () => {
    const { handle } = setup();
    const note = passageNote('p', HERE);
    expect(await handle({ type: 'save-draft', draft: draftOf(note) })).toEqual({ ok: true });
    await handle({ type: 'save-note', note });
    expect(await handle({ type: 'get-draft', key: draftOf(note).key })).toEqual({ ok: true, draft: null });
  });

  it('refuses a note with missing fields or wrong types, says why, writes and announces nothing', async () => {
    const { db, handle, changes } = setup();
    const { text: _t, ...noText } = passageNote('p');
    const cases = [
      raw({ type: 'save-note' }),
      raw({ type: 'save-note', note: noText }),
      raw({ type: 'save-note', note: { ...passageNote('p'), tags: 'sancties' } }),
      raw({ type: 'save-note', note: { ...passageNote('p'), subject: 'footnote' } }),
      raw({
        type: 'save-note',
        note: {
          ...passageNote('p'),
          selectors: {
            quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: 5, end: 1 },
          },
        },
      }),
    ];
    for (const message of cases) {
      const answer = await handle(message);
      expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^De notitie is onvolledig of ongeldig \(.+\)\.$/) });
    }
    expect(await handle(cases[1] as AnyMessage<BackgroundProtocol>)).toMatchObject({ error: expect.stringContaining('text') });
    expect(await db.notes.count()).toBe(0);
    expect(changes).toEqual([]);
  });

  it('says in words when the write fails (a full disk, the quota), and the note is not stored', async () => {
    const db = freshDb();
    db.use({
      stack: 'dbcore',
      name: 'quota-exceeded',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return { ...table, mutate: () => Promise.reject(quota()) };
        },
      }),
    });
    const { handle, changes } = setup(db);
    const answer = await handle({ type: 'save-note', note: passageNote('p') });
    expect(answer).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^Kantlijn kon niet in zijn database schrijven \(QuotaExceededError: The quota has been exceeded\.\)\.$/,
      ),
    });
    expect(changes).toEqual([]);
    expect(await handle({ type: 'save-draft', draft: draftOf(passageNote('p')) })).toMatchObject({
      ok: false,
      error: expect.stringContaining('QuotaExceededError'),
    });
    expect(await handle({ type: 'notes-for-page', documentId: HERE, actorKeys: [] })).toEqual({ ok: true, notes: [], actorNotes: [] });
  });
});

describe('delete-note', () => {
  it('answers the deleted note, announces it, and saving it again undoes the delete', async () => {
    const { handle, changes } = setup();
    const saved = await handle({ type: 'save-note', note: passageNote('p', HERE) });
    if (!saved.ok) throw new Error(saved.error);
    changes.length = 0;
    const deleted = await handle({ type: 'delete-note', id: 'p' });
    expect(deleted).toEqual({ ok: true, note: saved.note });
    expect(changes).toEqual([{ documentIds: [HERE], actorKeys: [] }]);
    expect(await handle({ type: 'notes-for-page', documentId: HERE, actorKeys: [] })).toEqual({ ok: true, notes: [], actorNotes: [] });
    if (!deleted.ok || !deleted.note) throw new Error('nothing deleted');
    await handle({ type: 'save-note', note: deleted.note });
    expect(await handle({ type: 'notes-for-page', documentId: HERE, actorKeys: [] })).toEqual({
      ok: true,
      notes: [saved.note],
      actorNotes: [],
    });
  });

  it('answers null for an unknown id and announces nothing', async () => {
    const { handle, changes } = setup();
    expect(await handle({ type: 'delete-note', id: 'never-was' })).toEqual({ ok: true, note: null });
    expect(changes).toEqual([]);
  });

  it('refuses a missing or malformed id in words', async () => {
    const { handle } = setup();
    const error = { ok: false, error: 'Onbekende notitie: er is geen id gegeven.' };
    expect(await handle(raw({ type: 'delete-note' }))).toEqual(error);
    expect(await handle(raw({ type: 'delete-note', id: 7 }))).toEqual(error);
    expect(await handle(raw({ type: 'delete-note', id: '' }))).toEqual(error);
    expect(await handle(raw({ type: 'delete-note', id: 'x'.repeat(201) }))).toEqual(error);
  });
});

describe('note-tags', () => {
  it('answers every tag, most used first', async () => {
    const { db, handle } = setup();
    expect(await handle({ type: 'note-tags' })).toEqual({ ok: true, tags: [] });
    await db.notes.bulkAdd([passageNote('1', HERE, { tags: ['b', 'a'] }), passageNote('2', HERE, { tags: ['a'] })]);
    expect(await handle({ type: 'note-tags' })).toEqual({ ok: true, tags: ['a', 'b'] });
  });
});

describe('drafts', () => {
  it('keeps, answers and discards a draft', async () => {
    const { handle } = setup();
    const draft = draftOf(passageNote('p', HERE, { text: 'half' }), 10);
    expect(await handle({ type: 'get-draft', key: draft.key })).toEqual({ ok: true, draft: null });
    expect(await handle({ type: 'save-draft', draft })).toEqual({ ok: true });
    expect(await handle({ type: 'get-draft', key: draft.key })).toEqual({ ok: true, draft: { ...draft, updated: NOW } });
    expect(await handle({ type: 'discard-draft', key: draft.key })).toEqual({ ok: true });
    expect(await handle({ type: 'get-draft', key: draft.key })).toEqual({ ok: true, draft: null });
    expect(await handle({ type: 'discard-draft', key: 'never-was' })).toEqual({ ok: true });
  });

  it('refuses a missing key and a malformed draft in words', async () => {
    const { handle } = setup();
    const noKey = { ok: false, error: 'Onbekend concept: er is geen sleutel gegeven.' };
    expect(await handle(raw({ type: 'get-draft' }))).toEqual(noKey);
    expect(await handle(raw({ type: 'get-draft', key: 3 }))).toEqual(noKey);
    expect(await handle(raw({ type: 'discard-draft', key: null }))).toEqual(noKey);
    expect(await handle(raw({ type: 'save-draft' }))).toEqual({
      ok: false,
      error: expect.stringMatching(/^Het concept is onvolledig of ongeldig \(.+\)\.$/),
    });
    expect(await handle(raw({ type: 'save-draft', draft: { key: 'k', updated: 1, note: { id: 'p' } } }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('note.'),
    });
  });
});

describe('announce-notes-changed', () => {
  it('passes a cleaned change on, and an empty one not at all', async () => {
    const { handle, changes } = setup();
    expect(
      await handle({ type: 'announce-notes-changed', documentIds: ['kst-1', 'kst-1', 'kst-2'], actorKeys: ['person:klaar', 'person:'] }),
    ).toEqual({ ok: true });
    expect(await handle({ type: 'announce-notes-changed', documentIds: [], actorKeys: [] })).toEqual({ ok: true });
    expect(changes).toEqual([{ documentIds: ['kst-1', 'kst-2'], actorKeys: ['person:klaar'] }]);
  });

  it('refuses a malformed change in words', async () => {
    const { handle, changes } = setup();
    const error = { ok: false, error: 'Onbekende wijziging: de gegevens zijn onvolledig.' };
    expect(await handle(raw({ type: 'announce-notes-changed', actorKeys: [] }))).toEqual(error);
    expect(await handle(raw({ type: 'announce-notes-changed', documentIds: 'kst-1', actorKeys: [] }))).toEqual(error);
    expect(await handle(raw({ type: 'announce-notes-changed', documentIds: [''], actorKeys: [] }))).toEqual(error);
    expect(await handle(raw({ type: 'announce-notes-changed', documentIds: ['kst-1'] }))).toEqual(error);
    expect(changes).toEqual([]);
  });
});

describe('a database that cannot be opened', () => {
  it('answers every notes message in words, checks input first, and tries again on the next message', async () => {
    let fail = true;
    const db = freshDb();
    const handle = createBackgroundHandler(
      async () => {
        if (fail) throw quota();
        return db;
      },
      { notify: () => undefined },
    );
    const unavailable = {
      ok: false,
      error: expect.stringMatching(/^De database van Kantlijn is niet beschikbaar \(QuotaExceededError: .+\)\.$/),
    };
    const draft = draftOf(passageNote('p'));
    const messages: Array<AnyMessage<BackgroundProtocol>> = [
      { type: 'notes-for-page', documentId: HERE, actorKeys: [] },
      { type: 'save-note', note: passageNote('p') },
      { type: 'delete-note', id: 'p' },
      { type: 'note-tags' },
      { type: 'get-draft', key: draft.key },
      { type: 'save-draft', draft },
      { type: 'discard-draft', key: draft.key },
    ];
    for (const message of messages) expect(await handle(message), message.type).toEqual(unavailable);
    expect(await handle(raw({ type: 'save-note', note: {} }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^De notitie is onvolledig/),
    });
    expect(await handle({ type: 'announce-notes-changed', documentIds: [HERE], actorKeys: [] })).toEqual({ ok: true });
    fail = false;
    expect(await handle({ type: 'save-note', note: passageNote('p') })).toMatchObject({ ok: true });
  });

  it('says so when IndexedDB refuses to open (a private window), through Dexie, and the next question succeeds', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    const handle = createBackgroundHandler(async () => {
      const db = createDb(`notes-handler-private-${++n}`);
      await db.open();
      return db;
    });
    expect(await handle({ type: 'notes-for-page', documentId: HERE, actorKeys: [] })).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^De database van Kantlijn is niet beschikbaar \((OpenFailedError|InvalidStateError): .*did not allow mutations.*\)\.$/,
      ),
    });
    open.mockRestore();
    expect(await handle({ type: 'notes-for-page', documentId: HERE, actorKeys: [] })).toEqual({ ok: true, notes: [], actorNotes: [] });
  });
});

describe('telling the tabs', () => {
  it('answers the save even when telling the tabs throws', async () => {
    const handle = createBackgroundHandler(async () => freshDb(), {
      notify: () => {
        throw new Error('no tabs');
      },
    });
    expect(await handle({ type: 'save-note', note: passageNote('p') })).toMatchObject({ ok: true });
  });

  it('by default sends notes-changed to the open tabs of the site after a save and a delete', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    ]);
    const sent: unknown[] = [];
    const delivered = new Promise<void>((resolve) => {
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
        sent.push({ tabId, message });
        if (sent.length === 2) resolve();
        return { ok: true };
      });
    });
    const handle = createBackgroundHandler(async () => freshDb());
    await handle({ type: 'save-note', note: actorNote('a', 'person:hoekstra', HERE) });
    await handle({ type: 'delete-note', id: 'a' });
    await delivered;
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ url: SITE_TABS });
    const message = { type: 'notes-changed', documentIds: [HERE], actorKeys: ['person:hoekstra'] };
    expect(sent).toEqual([
      { tabId: 7, message },
      { tabId: 7, message },
    ]);
  });
});

describe('an unknown request', () => {
  it('is answered in words', async () => {
    const { handle } = setup();
    expect(await handle(raw({ type: 'notes-everywhere' }))).toEqual({ ok: false, error: 'Onbekend verzoek.' });
  });
});
