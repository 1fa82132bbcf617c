/**
 * The particles of surnames ("van", "de", "ter", "d'", "à"), kept here only. There are two lists,
 * and they differ on purpose: the one that keys persons across documents is frozen, the one the
 * rules read names with grows with the texts.
 */

/**
 * The particles `actorKeyOf` (actor-key.ts) drops from a person's name to key the person across
 * documents. Frozen: these keys are stored in readers' databases (the documents each actor was seen
 * in, "Ook in"), and a particle added here would change the key of every name that ends in it
 * ("… Tot", "… Al") and cut it off from what was stored under the old key.
 */
export const KEY_PARTICLES: ReadonlySet<string> = new Set([
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

/**
 * The particles the rules read inside a printed name (actors/person-names.ts): the key's, and more
 * that Dutch texts print in names ("Di Rupo", "dos Santos", "El Fassed", "bin Salman", "toe Laer",
 * "tot Oudenaller", "à Campo", "zu Guttenberg"). Reading a particle changes what the rules find, not
 * a key already stored.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([...KEY_PARTICLES, 'di', 'dos', 'el', 'al', 'bin', 'toe', 'tot', 'à', 'zu']);

/**
 * The token keys of the particles after which a listed place is the rest of a surname ("René van
 * der Linden", "van 't Riet": the apostrophe is a token of its own, so "'t" is "t" here).
 */
export const PLACE_SURNAME_PARTICLES: ReadonlySet<string> = new Set(['der', 'den', 't']);
