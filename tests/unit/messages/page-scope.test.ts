// The background holds a content script to the publication of its own tab: its notes and drafts,
// the actor notes it asks for; extension pages (the library) keep full access. Each refusal is an
// answer in words, and leaves the database as it was.
import { describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '@/lib/messages/background-handler';
import { EXTENSION_CALLER, type Caller } from '@/lib/messages/caller';
import type { SeenDocument } from '@/lib/messages/protocol';
import { pageDraftKey } from '@/lib/notes/note';
import { createDb } from '@/lib/store/db';
import { actorNote, draftOf, passageNote, publicationUrl } from '@/tests/unit/make-records';

const HERE = 'kst-21501-02-2553';
const OTHER = 'kst-36045-55';
const PAGE: Caller = { kind: 'page', documentId: HERE };
const NO_PUBLICATION: Caller = { kind: 'page', documentId: null };
const REFUSED = { ok: false, error: 'Deze pagina mag alleen de notities en concepten van haar eigen publicatie lezen of wijzigen.' };

let n = 0;
/** A handler over a fresh database holding a note of this publication, one of another, and an actor note written there. */
async function setup() {
  const db = createDb(`page-scope-${++n}`);
  await db.notes.bulkAdd([passageNote('mine', HERE), passageNote('theirs', OTHER), actorNote('actor', 'person:hoekstra', OTHER)]);
  const opened: Array<string | null> = [];
  const handle = createBackgroundHandler(async () => db, {
    notify: () => {},
    now: () => 50_000,
    openLibrary: async (id) => void opened.push(id),
  });
  return { db, handle, opened };
}

const seen = (id: string, url = publicationUrl(id)): SeenDocument => ({
  id,
  url,
  title: null,
  kind: 'letter',
  date: null,
  dossier: [],
  actorKeys: [],
});

describe('notes-for-page from a content script', () => {
  it('answers the notes of its own publication and the actor notes it asks for', async () => {
    const { handle } = await setup();
    const answer = await handle({ type: 'notes-for-page', documentId: HERE, actorKeys: ['person:hoekstra'] }, PAGE);
    if (!answer.ok) throw new Error(answer.error);
    expect(answer.notes.map((note) => note.id)).toEqual(['mine']);
    expect(answer.actorNotes.map((note) => note.id)).toEqual(['actor']);
  });

  it('refuses the notes of another publication, and every note to a page that shows none', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'notes-for-page', documentId: OTHER, actorKeys: [] }, PAGE)).toEqual(REFUSED);
    expect(await handle({ type: 'notes-for-page', documentId: HERE, actorKeys: [] }, NO_PUBLICATION)).toEqual(REFUSED);
    expect((await handle({ type: 'note-tags' }, NO_PUBLICATION)).ok).toBe(true);
  });
});

describe('save-note from a content script', () => {
  it('saves a new note of its publication at its address, and an edit of an actor note written elsewhere', async () => {
    const { db, handle } = await setup();
    expect((await handle({ type: 'save-note', note: passageNote('new', HERE) }, PAGE)).ok).toBe(true);
    const actor = actorNote('actor', 'person:hoekstra', OTHER, { text: 'Anders gezegd' });
    expect((await handle({ type: 'save-note', note: actor }, PAGE)).ok).toBe(true);
    expect((await db.notes.get('actor'))?.text).toBe('Anders gezegd');
  });

  it('refuses a note of another publication, and moving a known note into its own', async () => {
    const { db, handle } = await setup();
    expect(await handle({ type: 'save-note', note: passageNote('new', OTHER) }, PAGE)).toEqual(REFUSED);
    expect(await handle({ type: 'save-note', note: passageNote('theirs', OTHER, { text: 'overschreven' }) }, PAGE)).toEqual(REFUSED);
    expect(await handle({ type: 'save-note', note: passageNote('theirs', HERE) }, PAGE)).toEqual(REFUSED);
    const moved = actorNote('actor', 'person:hoekstra', HERE);
    expect(await handle({ type: 'save-note', note: moved }, PAGE)).toEqual(REFUSED);
    expect(await db.notes.get('new')).toBeUndefined();
    expect(await db.notes.get('theirs')).toEqual(passageNote('theirs', OTHER));
    expect(await db.notes.get('actor')).toEqual(actorNote('actor', 'person:hoekstra', OTHER));
  });

  it('refuses a note of its publication at another address', async () => {
    const { db, handle } = await setup();
    for (const url of [publicationUrl(OTHER), `http://zoek.officielebekendmakingen.nl/${HERE}.html`, `https://evil.example/${HERE}.html`]) {
      expect((await handle({ type: 'save-note', note: passageNote('new', HERE, { url }) }, PAGE)).ok).toBe(false);
    }
    expect(await db.notes.get('new')).toBeUndefined();
  });

  it('lets a page undo its own delete of an actor note written elsewhere, and no other page', async () => {
    const { db, handle } = await setup();
    const deleted = await handle({ type: 'delete-note', id: 'actor' }, PAGE);
    if (!deleted.ok || !deleted.note) throw new Error('not deleted');
    const elsewhere: Caller = { kind: 'page', documentId: 'kst-1' };
    expect(await handle({ type: 'save-note', note: deleted.note }, elsewhere)).toEqual(REFUSED);
    expect((await handle({ type: 'save-note', note: deleted.note }, PAGE)).ok).toBe(true);
    expect((await db.notes.get('actor'))?.documentId).toBe(OTHER);
  });
});

describe('delete-note from a content script', () => {
  it('deletes a note of its publication and an actor note', async () => {
    const { db, handle } = await setup();
    expect((await handle({ type: 'delete-note', id: 'mine' }, PAGE)).ok).toBe(true);
    expect((await handle({ type: 'delete-note', id: 'actor' }, PAGE)).ok).toBe(true);
    expect(await handle({ type: 'delete-note', id: 'gone' }, PAGE)).toEqual({ ok: true, note: null });
    expect(await db.notes.count()).toBe(1);
  });

  it('refuses to delete a note of another publication', async () => {
    const { db, handle } = await setup();
    expect(await handle({ type: 'delete-note', id: 'theirs' }, PAGE)).toEqual(REFUSED);
    expect(await db.notes.get('theirs')).toEqual(passageNote('theirs', OTHER));
  });
});

describe('drafts from a content script', () => {
  it('keeps, reads and forgets the drafts of its publication', async () => {
    const { handle } = await setup();
    const draft = { key: pageDraftKey(HERE), note: passageNote('new', HERE), updated: 1 };
    expect(await handle({ type: 'save-draft', draft }, PAGE)).toEqual({ ok: true });
    const got = await handle({ type: 'get-draft', key: pageDraftKey(HERE) }, PAGE);
    expect(got.ok && got.draft?.note.id).toBe('new');
    expect(await handle({ type: 'discard-draft', key: pageDraftKey(HERE) }, PAGE)).toEqual({ ok: true });
    // The draft of an actor note written elsewhere, edited here, is kept under this page's key.
    const actor = { key: pageDraftKey(HERE), note: actorNote('actor', 'person:hoekstra', OTHER, { text: 'half' }), updated: 1 };
    expect(await handle({ type: 'save-draft', draft: actor }, PAGE)).toEqual({ ok: true });
  });

  it('refuses the drafts of another publication, and a draft of another publication’s note under its own key', async () => {
    const { db, handle } = await setup();
    await db.drafts.add(draftOf(passageNote('theirs', OTHER)));
    const theirs = draftOf(passageNote('theirs', OTHER));
    expect(await handle({ type: 'get-draft', key: theirs.key }, PAGE)).toEqual(REFUSED);
    expect(await handle({ type: 'discard-draft', key: theirs.key }, PAGE)).toEqual(REFUSED);
    expect(await handle({ type: 'save-draft', draft: { ...theirs, note: { ...theirs.note, text: 'x' } } }, PAGE)).toEqual(REFUSED);
    const underMine = { key: pageDraftKey(HERE), note: passageNote('theirs', OTHER), updated: 1 };
    expect(await handle({ type: 'save-draft', draft: underMine }, PAGE)).toEqual(REFUSED);
    expect(await db.drafts.toArray()).toEqual([draftOf(passageNote('theirs', OTHER))]);
  });
});

describe('the rest of the protocol from a content script', () => {
  it('refuses announce-notes-changed, which only the library sends', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'announce-notes-changed', documentIds: [OTHER], actorKeys: [] }, PAGE)).toEqual(REFUSED);
    expect(await handle({ type: 'announce-notes-changed', documentIds: [OTHER], actorKeys: [] })).toEqual({ ok: true });
  });

  it('records and asks after its own publication only', async () => {
    const { handle, opened } = await setup();
    expect((await handle({ type: 'document-seen', document: seen(HERE) }, PAGE)).ok).toBe(true);
    expect(await handle({ type: 'document-seen', document: seen(OTHER) }, PAGE)).toEqual(REFUSED);
    expect(await handle({ type: 'document-seen', document: seen(HERE, publicationUrl(OTHER)) }, PAGE)).toEqual(REFUSED);
    expect((await handle({ type: 'get-document', id: HERE }, PAGE)).ok).toBe(true);
    expect(await handle({ type: 'get-document', id: OTHER }, PAGE)).toEqual(REFUSED);
    expect(await handle({ type: 'open-library', documentId: OTHER }, PAGE)).toEqual(REFUSED);
    expect(await handle({ type: 'open-library', documentId: HERE }, PAGE)).toEqual({ ok: true });
    expect(await handle({ type: 'open-library' }, PAGE)).toEqual({ ok: true });
    expect(opened).toEqual([HERE, null]);
    expect((await handle({ type: 'documents-with-actor', key: 'person:hoekstra' }, PAGE)).ok).toBe(true);
  });
});

describe('an extension page', () => {
  it('keeps full access to every publication’s notes and drafts', async () => {
    const { db, handle } = await setup();
    const answer = await handle({ type: 'notes-for-page', documentId: OTHER, actorKeys: [] }, EXTENSION_CALLER);
    expect(answer.ok && answer.notes.map((note) => note.id)).toEqual(['theirs']);
    expect((await handle({ type: 'save-note', note: passageNote('theirs', OTHER, { text: 'bewerkt' }) }, EXTENSION_CALLER)).ok).toBe(true);
    expect((await handle({ type: 'save-draft', draft: draftOf(passageNote('x', OTHER)) }, EXTENSION_CALLER)).ok).toBe(true);
    expect((await handle({ type: 'delete-note', id: 'theirs' }, EXTENSION_CALLER)).ok).toBe(true);
    expect(await db.notes.get('theirs')).toBeUndefined();
  });
});
