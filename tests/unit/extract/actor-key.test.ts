// Cross-document actor keys: the same person or body under the forms documents print.
import { describe, expect, it } from 'vitest';
import { actorKeyOf } from '@/lib/extract/actor-key';
import { KEY_PARTICLES, NAME_PARTICLES } from '@/lib/extract/name-particles';

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

  it("drops only the particles it always dropped: keys stored in readers' databases do not change", () => {
    expect([...KEY_PARTICLES]).toEqual([
      'van',
      'de',
      'der',
      'den',
      'het',
      "'t",
      'ter',
      'ten',
      'te',
      'in',
      'op',
      'von',
      "d'",
      'la',
      'le',
      'du',
      'da',
    ]);
    // The rules read more particles in names; a name that ends in one of those keeps it in its key.
    expect(NAME_PARTICLES.has('tot') && !KEY_PARTICLES.has('tot')).toBe(true);
    expect(actorKeyOf({ type: 'person', name: 'A. van Tot' })).toBe('person:tot');
    expect(actorKeyOf({ type: 'person', name: 'Mohammed bin Salman' })).toBe('person:salman');
    for (const particle of KEY_PARTICLES) expect(NAME_PARTICLES.has(particle)).toBe(true);
  });
});
