// What content scripts send is input: actor keys and actor queries are checked before the database.
import { describe, expect, it } from 'vitest';
import { MAX_ACTOR_KEYS, validateActorDocumentsQuery, validateActorKeys, validateSeenDocument } from '../../../lib/messages/validate';

const seen = { id: 'kst-21501-02-2553', url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html', title: 'BRIEF', kind: 'letter' as const, date: '2022-11-23', dossier: ['21501-02'], actorKeys: ['person:hoekstra'] };

describe('validateActorKeys', () => {
  it('keeps strings, each once, in the order sent', () => {
    expect(validateActorKeys([])).toEqual([]);
    expect(validateActorKeys(['person:klaar', 'person:hoekstra', 'person:klaar'])).toEqual(['person:klaar', 'person:hoekstra']);
  });

  it('drops keys that name nobody', () => {
    expect(validateActorKeys(['', 'person:', 'organisation:europese commissie'])).toEqual(['organisation:europese commissie']);
  });

  it('refuses what is not an array of short strings, or too many of them', () => {
    for (const bad of [undefined, null, 'person:hoekstra', { 0: 'person:hoekstra' }, [1], ['a', null], ['x'.repeat(201)]]) expect(validateActorKeys(bad)).toBeNull();
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
    expect(validateActorDocumentsQuery({ key: 'person:hoekstra', exclude: 'kst-1', limit: 5, extra: 1 })).toEqual({ key: 'person:hoekstra', exclude: 'kst-1', limit: 5 });
    expect(validateActorDocumentsQuery({ key: 'person:hoekstra', limit: 0 })).toEqual({ key: 'person:hoekstra', limit: 0 });
  });

  it('refuses a missing or overlong key, a non-string exclude, and a limit that is no count', () => {
    for (const bad of [null, 'person:hoekstra', {}, { key: '' }, { key: 7 }, { key: 'x'.repeat(201) }, { key: 'a', exclude: 3 }, { key: 'a', exclude: 'x'.repeat(201) }, { key: 'a', limit: -1 }, { key: 'a', limit: 2.5 }, { key: 'a', limit: '5' }, { key: 'a', limit: Number.NaN }, { key: 'a', limit: Number.POSITIVE_INFINITY }]) {
      expect(validateActorDocumentsQuery(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
