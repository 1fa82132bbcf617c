// What content scripts send is input: actor keys and actor queries are checked before the database.
import { describe, expect, it } from 'vitest';
import {
  MAX_ACTOR_KEYS,
  MAX_CHANGED_DOCUMENTS,
  validateActorDocumentsQuery,
  validateActorKeys,
  validateKey,
  validateNotesChange,
  validateNotesForPage,
  validateSeenDocument,
} from '@/lib/messages/validate';

const seen = {
  id: 'kst-21501-02-2553',
  url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html',
  title: 'BRIEF',
  kind: 'letter' as const,
  date: '2022-11-23',
  dossier: ['21501-02'],
  actorKeys: ['person:hoekstra'],
};

describe('validateActorKeys', () => {
  it('keeps strings, each once, in the order sent', () => {
    expect(validateActorKeys([])).toEqual([]);
    expect(validateActorKeys(['person:klaar', 'person:hoekstra', 'person:klaar'])).toEqual(['person:klaar', 'person:hoekstra']);
  });

  it('drops keys that name nobody', () => {
    expect(validateActorKeys(['', 'person:', 'organisation:europese commissie'])).toEqual(['organisation:europese commissie']);
  });

  it('refuses what is not an array of short strings, or too many of them', () => {
    for (const bad of [undefined, null, 'person:hoekstra', { 0: 'person:hoekstra' }, [1], ['a', null], ['x'.repeat(201)]])
      expect(validateActorKeys(bad)).toBeNull();
    expect(validateActorKeys(['x'.repeat(200)])).toEqual(['x'.repeat(200)]);
    const many = Array.from({ length: MAX_ACTOR_KEYS }, (_, i) => `person:p${i}`);
    expect(validateActorKeys(many)).toHaveLength(5000);
    expect(validateActorKeys([...many, 'person:one-too-many'])).toBeNull();
    // The limit counts what was sent, duplicates included.
    expect(validateActorKeys(Array.from({ length: MAX_ACTOR_KEYS + 1 }, () => 'person:same'))).toBeNull();
  });
});

describe('validateSeenDocument', () => {
  it('requires actorKeys and cleans them', () => {
    expect(validateSeenDocument(seen)).toEqual(seen);
    expect(validateSeenDocument({ ...seen, actorKeys: ['person:hoekstra', 'person:hoekstra'] })).toEqual(seen);
    expect(validateSeenDocument({ ...seen, actorKeys: undefined })).toBeNull();
    expect(validateSeenDocument({ ...seen, actorKeys: 'person:hoekstra' })).toBeNull();
    expect(validateSeenDocument({ ...seen, extra: '<script>' })).toEqual(seen);
  });

  it('does not hand back the array it was given', () => {
    const keys = ['person:hoekstra'];
    const clean = validateSeenDocument({ ...seen, actorKeys: keys });
    expect(clean?.actorKeys).not.toBe(keys);
  });
});

describe('validateActorDocumentsQuery', () => {
  it('keeps key, exclude and limit and nothing else', () => {
    expect(validateActorDocumentsQuery({ type: 'documents-with-actor', key: 'person:hoekstra' })).toEqual({ key: 'person:hoekstra' });
    expect(validateActorDocumentsQuery({ key: 'person:hoekstra', exclude: 'kst-1', limit: 5, extra: 1 })).toEqual({
      key: 'person:hoekstra',
      exclude: 'kst-1',
      limit: 5,
    });
    expect(validateActorDocumentsQuery({ key: 'person:hoekstra', limit: 0 })).toEqual({ key: 'person:hoekstra', limit: 0 });
  });

  it('refuses a missing or overlong key, a non-string exclude, and a limit that is no count', () => {
    for (const bad of [
      null,
      'person:hoekstra',
      {},
      { key: '' },
      { key: 7 },
      { key: 'x'.repeat(201) },
      { key: 'a', exclude: 3 },
      { key: 'a', exclude: 'x'.repeat(201) },
      { key: 'a', limit: -1 },
      { key: 'a', limit: 2.5 },
      { key: 'a', limit: '5' },
      { key: 'a', limit: Number.NaN },
      { key: 'a', limit: Number.POSITIVE_INFINITY },
    ]) {
      expect(validateActorDocumentsQuery(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('validateKey', () => {
  it('keeps a non-empty string up to the limit and refuses anything else', () => {
    expect(validateKey('n-1', 200)).toBe('n-1');
    expect(validateKey('x'.repeat(200), 200)).toBe('x'.repeat(200));
    for (const bad of ['', 'x'.repeat(201), 7, null, undefined, ['n-1'], { id: 'n-1' }])
      expect(validateKey(bad, 200), String(bad)).toBeNull();
  });
});

describe('validateNotesForPage', () => {
  it('keeps the document id and cleans the actor keys', () => {
    expect(
      validateNotesForPage({
        type: 'notes-for-page',
        documentId: 'kst-1',
        actorKeys: ['person:klaar', 'person:klaar', 'person:'],
        extra: 1,
      }),
    ).toEqual({ documentId: 'kst-1', actorKeys: ['person:klaar'] });
  });

  it('refuses a missing or malformed document id or actor keys', () => {
    for (const bad of [
      null,
      'kst-1',
      {},
      { documentId: 'kst-1' },
      { actorKeys: [] },
      { documentId: '', actorKeys: [] },
      { documentId: 1, actorKeys: [] },
      { documentId: 'x'.repeat(201), actorKeys: [] },
      { documentId: 'kst-1', actorKeys: [null] },
    ]) {
      expect(validateNotesForPage(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('validateNotesChange', () => {
  it('keeps each document id and actor key once', () => {
    expect(validateNotesChange({ documentIds: ['kst-2', 'kst-1', 'kst-2'], actorKeys: ['person:klaar', ''] })).toEqual({
      documentIds: ['kst-2', 'kst-1'],
      actorKeys: ['person:klaar'],
    });
    expect(validateNotesChange({ documentIds: [], actorKeys: [] })).toEqual({ documentIds: [], actorKeys: [] });
  });

  it('refuses what is not two lists of short strings, or too many documents', () => {
    const many = Array.from({ length: MAX_CHANGED_DOCUMENTS + 1 }, (_, i) => `kst-${i}`);
    for (const bad of [
      null,
      {},
      { documentIds: [] },
      { actorKeys: [] },
      { documentIds: 'kst-1', actorKeys: [] },
      { documentIds: [''], actorKeys: [] },
      { documentIds: [1], actorKeys: [] },
      { documentIds: ['kst-1'], actorKeys: 'person:klaar' },
      { documentIds: many, actorKeys: [] },
    ]) {
      expect(validateNotesChange(bad), JSON.stringify(bad).slice(0, 80)).toBeNull();
    }
  });
});
