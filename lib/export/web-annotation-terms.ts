/**
 * The W3C Web Annotation terms Kantlijn writes and reads back, in one place so the exporter and
 * the importer cannot drift apart.
 *
 * Actor notes. A note on an actor belongs to the actor, not to a passage: it shows in that actor's
 * card in every publication. Its annotation therefore targets the actor itself, as a resource
 * named by an IRI made from the actor's key — `urn:kantlijn:actor:person:hoekstra` — with the
 * actor's name as its `label`, and with the publication where the note was written as the target's
 * `scope` (the Web Annotation model's "context in which the resource was seen"). A tool that knows
 * nothing of Kantlijn shows a comment on "Hoekstra" seen in that publication and does not try to
 * anchor it on a passage; an anchored `TextQuoteSelector` target would have claimed the note is
 * about those few words in that one document, which it is not.
 */

/** The JSON-LD context of the Web Annotation Data Model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The media type the W3C recommends for Web Annotation JSON-LD. */
export const ANNO_MIME = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

const ACTOR_PREFIX = 'urn:kantlijn:actor:';

/** The IRI of an actor: its key, percent-encoded except for the `:` between type and name. */
export function actorIri(actorKey: string): string {
  return ACTOR_PREFIX + encodeURIComponent(actorKey).replace(/%3A/gi, ':');
}

/** The actor key of an actor IRI, or null when the IRI names no actor. */
export function actorKeyOfIri(iri: string): string | null {
  if (!iri.startsWith(ACTOR_PREFIX)) return null;
  try {
    const key = decodeURIComponent(iri.slice(ACTOR_PREFIX.length));
    return key === '' ? null : key;
  } catch {
    return null;
  }
}
