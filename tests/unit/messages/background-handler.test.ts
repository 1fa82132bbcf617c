// The background's answers to `documents-with-actor` and the actor keys of `document-seen`.
import { describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '@/lib/messages/background-handler';
import type { AnyMessage, BackgroundProtocol, SeenDocument } from '@/lib/messages/protocol';
import { createDb } from '@/lib/store/db';

let n = 0;
const freshDb = () => createDb(`handler-${++n}`);

function seen(id: string, actorKeys: string[]): SeenDocument {
  return {
    id,
    url: `https://zoek.officielebekendmakingen.nl/${id}.html`,
    title: `Titel ${id}`,
    kind: 'letter',
    date: '2022-11-23',
    dossier: [],
    actorKeys,
  };
}

describe('documents-with-actor', () => {
  it('answers the other documents that mention the actor, last visited first', async () => {
    const handle = createBackgroundHandler(async () => freshDb());
    expect(await handle({ type: 'document-seen', document: seen('kst-1', ['person:hoekstra', 'person:klaar']) })).toEqual({
      ok: true,
      documentCount: 1,
    });
    await new Promise((r) => setTimeout(r, 2)); // distinct lastSeen
    await handle({ type: 'document-seen', document: seen('kst-2', ['person:hoekstra', 'person:hoekstra']) });
    await new Promise((r) => setTimeout(r, 2));
    await handle({ type: 'document-seen', document: seen('kst-3', ['person:rutte']) });

    const answer = await handle({ type: 'documents-with-actor', key: 'person:hoekstra', exclude: 'kst-3' });
    if (!answer.ok || !('documents' in answer)) throw new Error(JSON.stringify(answer));
    expect(answer.documents.map((d) => d.id)).toEqual(['kst-2', 'kst-1']);
    expect(answer.documents[0]).toMatchObject({
      title: 'Titel kst-2',
      url: 'https://zoek.officielebekendmakingen.nl/kst-2.html',
      actorKeys: ['person:hoekstra'],
    });

    expect(await handle({ type: 'documents-with-actor', key: 'person:hoekstra', exclude: 'kst-2', limit: 5 })).toMatchObject({
      ok: true,
      documents: [{ id: 'kst-1' }],
    });
    expect(await handle({ type: 'documents-with-actor', key: 'person:hoekstra', limit: 1 })).toMatchObject({
      ok: true,
      documents: [{ id: 'kst-2' }],
    });
    expect(await handle({ type: 'documents-with-actor', key: 'person:nobody' })).toEqual({ ok: true, documents: [] });
  });

  it('says in words when the question is malformed', async () => {
    const handle = createBackgroundHandler(async () => freshDb());
    const bad = { type: 'documents-with-actor', key: 42 } as unknown as AnyMessage<BackgroundProtocol>;
    expect(await handle(bad)).toEqual({ ok: false, error: 'Onbekende actor: de vraag is onvolledig.' });
    expect(await handle({ type: 'documents-with-actor', key: 'person:hoekstra', limit: -3 })).toMatchObject({
      ok: false,
      error: expect.any(String),
    });
  });

  it('says in words when the database cannot be opened', async () => {
    const handle = createBackgroundHandler(async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await handle({ type: 'documents-with-actor', key: 'person:hoekstra' })).toEqual({
      ok: false,
      error: expect.stringMatching(/database van Kantlijn is niet beschikbaar.*QuotaExceededError/),
    });
  });

  it('refuses a document-seen whose actor keys are missing or too many', async () => {
    const handle = createBackgroundHandler(async () => freshDb());
    const noKeys = {
      type: 'document-seen',
      document: { ...seen('kst-1', []), actorKeys: undefined },
    } as unknown as AnyMessage<BackgroundProtocol>;
    expect(await handle(noKeys)).toEqual({ ok: false, error: 'Onbekend document: de gegevens zijn onvolledig.' });
    const tooMany = Array.from({ length: 5001 }, (_, i) => `person:p${i}`);
    expect(await handle({ type: 'document-seen', document: seen('kst-1', tooMany) })).toMatchObject({ ok: false });
    expect(await handle({ type: 'get-stats' })).toEqual({ ok: true, documentCount: 0 });
  });

  it('answers get-document without an id in words', async () => {
    const handle = createBackgroundHandler(async () => freshDb());
    const bad = { type: 'get-document' } as unknown as AnyMessage<BackgroundProtocol>;
    expect(await handle(bad)).toEqual({ ok: false, error: 'Onbekend document: er is geen id gegeven.' });
  });
});

describe('extract in the background', () => {
  it('runs the extraction on a checked request and refuses a malformed one in words', async () => {
    const { createBackgroundHandler } = await import('@/lib/messages/background-handler');
    const handle = createBackgroundHandler(async () => {
      throw new Error('no database needed');
    });
    const text = 'De Minister van Buitenlandse Zaken,\nW.B. Hoekstra\nZie Kamerstuk 21 501-02, nr. 2535.';
    const letters = [
      {
        title: null,
        sender: null,
        addressee: null,
        place: null,
        date: '2022-11-23',
        signatories: [{ name: 'W.B. Hoekstra', role: 'De Minister van Buitenlandse Zaken' }],
      },
    ];
    const answer = await handle({ type: 'extract', text, context: { id: 'kst-1-2', documentDate: '2022-11-23', kind: 'letter', letters } });
    expect(answer.ok).toBe(true);
    if (answer.ok && 'extraction' in answer) {
      expect(answer.extraction.actors.map((a) => a.name)).toEqual(['W.B. Hoekstra']);
      const { unpackExtraction } = await import('@/lib/messages/packed-extraction');
      const { extract } = await import('@/lib/extract/extract');
      expect(unpackExtraction(answer.extraction, text)).toEqual(
        extract(text, { id: 'kst-1-2', documentDate: '2022-11-23', kind: 'letter', letters }),
      );
      expect(answer.extraction.references.map((r) => r.target)).toEqual(['kst-21501-02-2535']);
    }
    const bad = await handle({ type: 'extract', text: 42, context: null } as unknown as Parameters<typeof handle>[0]);
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/niet worden geanalyseerd/) });
  });
});
