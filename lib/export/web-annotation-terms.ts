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
 *
 * Kantlijn's own terms. The model lets an annotation carry properties beyond its own vocabulary
 * when a context names them (model §3.3; Vocabulary §4, "Extensions"). What a note needs and the model has no word for — the note's
 * kind (an event note), an event's date, the publication's title, an actor note's mention, an id
 * that is no UUID, and the passage's offsets in Kantlijn's own UTF-16 units — is written as
 * `kantlijn:…` properties, with the export's `@context` mapping the prefix `kantlijn` to the
 * vocabulary IRI `urn:kantlijn:vocab:` (a URN like the actors' IRIs: it names, it is not fetched;
 * docs/notes-formats.md lists the terms). Other tools read the standard parts and pass these by;
 * the import reads them back only when the file's context maps the prefix to this IRI, so a note
 * makes the round trip Kantlijn → W3C → Kantlijn whole.
 */

/** The JSON-LD context of the Web Annotation Data Model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The media type the W3C recommends for Web Annotation JSON-LD. */
export const ANNO_MIME = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

/** The IRI of Kantlijn's own vocabulary, for which the export's context defines the prefix `kantlijn`. */
export const KANTLIJN_VOCAB = 'urn:kantlijn:vocab:';

/** The export's `@context`: the model's first (§3.1: it MUST be one of them), then Kantlijn's prefix. */
export const EXPORT_CONTEXT: readonly [typeof ANNO_CONTEXT, { kantlijn: typeof KANTLIJN_VOCAB }] = [
  ANNO_CONTEXT,
  { kantlijn: KANTLIJN_VOCAB },
];

/** Kantlijn's own properties of an annotation, each a compact IRI under `KANTLIJN_VOCAB`. */
export const KANTLIJN_TERMS = {
  /** The note's kind: `passage`, `actor` or `event`. */
  subject: 'kantlijn:subject',
  /** The note's id when it is no UUID (a UUID is the annotation's own `urn:uuid:` id). */
  noteId: 'kantlijn:noteId',
  /** The title of the publication the note was written in. */
  documentTitle: 'kantlijn:documentTitle',
  /** An event note's ISO date. */
  eventDate: 'kantlijn:eventDate',
  /** An actor note's mention: the selectors of the words where it was written. */
  mention: 'kantlijn:mention',
  /** The passage's (or mention's) start and end as UTF-16 offsets into Kantlijn's text of the page. */
  utf16Start: 'kantlijn:utf16Start',
  utf16End: 'kantlijn:utf16End',
} as const;

/** True when a JSON-LD `@context` value maps the prefix `kantlijn` to Kantlijn's vocabulary. */
export function definesKantlijnTerms(context: unknown): boolean {
  const contexts = Array.isArray(context) ? context : [context];
  return contexts.some(
    (item) => typeof item === 'object' && item !== null && (item as Record<string, unknown>).kantlijn === KANTLIJN_VOCAB,
  );
}

/** Kantlijn's own properties as read from an annotation, each null (or undefined) when absent or not of its type. */
export interface OwnTerms {
  subject: string | null;
  noteId: string | null;
  documentTitle: string | null;
  eventDate: string | null;
  /** The mention's selectors, as found; the importer reads them as it reads a target's. */
  mention: unknown;
  utf16: { start: number; end: number } | null;
}

/** Reads Kantlijn's own properties of an annotation (beside `KANTLIJN_TERMS`, so writer and reader agree). */
export function readOwnTerms(annotation: Readonly<Record<string, unknown>>): OwnTerms {
  const text = (key: string) => {
    const value = annotation[key];
    return typeof value === 'string' ? value : null;
  };
  const start = annotation[KANTLIJN_TERMS.utf16Start];
  const end = annotation[KANTLIJN_TERMS.utf16End];
  return {
    subject: text(KANTLIJN_TERMS.subject),
    noteId: text(KANTLIJN_TERMS.noteId),
    documentTitle: text(KANTLIJN_TERMS.documentTitle),
    eventDate: text(KANTLIJN_TERMS.eventDate),
    mention: annotation[KANTLIJN_TERMS.mention],
    utf16: typeof start === 'number' && typeof end === 'number' ? { start, end } : null,
  };
}

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
