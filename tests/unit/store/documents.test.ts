// The documents table and the background's answers, on fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '@/lib/messages/background-handler';
import { validateSeenDocument } from '@/lib/messages/validate';
import { createDb } from '@/lib/store/db';
import { countDocuments, getDocument, recordDocument } from '@/lib/store/documents';

const seen = {
  id: 'kst-21501-02-2553',
  url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html',
  title: 'BRIEF',
  kind: 'letter' as const,
  date: '2022-11-23',
  dossier: ['21501-02'],
  actorKeys: ['person:hoekstra', 'person:klaar'],
};

let n = 0;
const freshDb = () => createDb(`test-${++n}`);

describe('documents table', () => {
  it('records a visit and keeps the first visit on later ones', async () => {
    const db = freshDb();
    await recordDocument(db, seen, 1000);
    await recordDocument(db, { ...seen, title: 'Nieuwe titel' }, 5000);
    expect(await countDocuments(db)).toBe(1);
    expect(await getDocument(db, seen.id)).toEqual({ ...seen, title: 'Nieuwe titel', firstSeen: 1000, lastSeen: 5000 });
    await recordDocument(
      db,
      { ...seen, id: 'kst-36045-55', url: 'https://zoek.officielebekendmakingen.nl/kst-36045-55.html', actorKeys: ['person:hoekstra'] },
      6000,
    );
    expect(await countDocuments(db)).toBe(2);
    expect(await db.documents.where('dossier').equals('21501-02').count()).toBe(2);
    expect(await db.documents.where('actorKeys').equals('person:hoekstra').count()).toBe(2);
    expect(await db.documents.where('actorKeys').equals('person:klaar').primaryKeys()).toEqual([seen.id]);
  });

  it('keeps the actors of the latest visit, each once', async () => {
    const db = freshDb();
    await recordDocument(db, seen, 1000);
    await recordDocument(db, { ...seen, actorKeys: ['person:klaar', 'location:armenie', 'person:klaar'] }, 2000);
    expect((await getDocument(db, seen.id))?.actorKeys).toEqual(['person:klaar', 'location:armenie']);
    expect(await db.documents.where('actorKeys').equals('person:hoekstra').count()).toBe(0);
  });

  it('answers the protocol and counts documents', async () => {
    const db = freshDb();
    const handle = createBackgroundHandler(async () => db);
    expect(await handle({ type: 'get-stats' })).toEqual({ ok: true, documentCount: 0 });
    expect(await handle({ type: 'document-seen', document: seen })).toEqual({ ok: true, documentCount: 1 });
    const answer = await handle({ type: 'get-document', id: seen.id });
    expect(answer.ok && 'document' in answer && answer.document?.title).toBe('BRIEF');
  });

  it('says in words when the database cannot be opened, and tries again later', async () => {
    let fail = true;
    const db = freshDb();
    const handle = createBackgroundHandler(async () => {
      if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return db;
    });
    const answer = await handle({ type: 'get-stats' });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/database van Kantlijn is niet beschikbaar.*QuotaExceededError/) });
    fail = false;
    expect(await handle({ type: 'get-stats' })).toEqual({ ok: true, documentCount: 0 });
  });

  it('refuses documents of the wrong shape', async () => {
    const handle = createBackgroundHandler(async () => freshDb());
    const bad = { ...seen, kind: 'brief', dossier: 'x' } as unknown as typeof seen;
    expect(await handle({ type: 'document-seen', document: bad })).toEqual({
      ok: false,
      error: 'Onbekend document: de gegevens zijn onvolledig.',
    });
    const noActors = { ...seen, actorKeys: undefined } as unknown as typeof seen;
    expect(await handle({ type: 'document-seen', document: noActors })).toMatchObject({ ok: false });
    expect(validateSeenDocument(null)).toBeNull();
    expect(validateSeenDocument({ ...seen, id: '' })).toBeNull();
    expect(validateSeenDocument({ ...seen, extra: '<script>' })).toEqual(seen);
  });
});
