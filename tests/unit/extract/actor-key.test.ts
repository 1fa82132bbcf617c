// Cross-document actor keys: the same person or body under the forms documents print.
import { describe, expect, it } from 'vitest';
import { actorKeyOf } from '@/lib/extract/actor-key';

describe('actorKeyOf', () => {
  it('keys a person by surname, whatever initials, titles or particles', () => {
    expect(actorKeyOf({ type: 'person', name: 'W.B. Hoekstra' })).toBe(actorKeyOf({ type: 'person', name: 'Hoekstra' }));
    expect(actorKeyOf({ type: 'person', name: 'mr. H.M. de Jonge' })).toBe('person:jonge');
    expect(actorKeyOf({ type: 'person', name: 'D. Yeşilgöz-Zegerius' })).toBe('person:yesilgoz-zegerius');
  });

  it('keys other actors by type and name, without case, diacritics or a leading article', () => {
    expect(actorKeyOf({ type: 'location', name: 'Armenië' })).toBe(actorKeyOf({ type: 'location', name: 'Armenie' }));
    expect(actorKeyOf({ type: 'organisation', name: 'de Europese Commissie' })).toBe('organisation:europese commissie');
    expect(actorKeyOf({ type: 'office', name: 'Minister van Financiën' })).not.toBe(
      actorKeyOf({ type: 'organisation', name: 'Minister van Financiën' }),
    );
  });
});
