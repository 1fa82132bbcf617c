/**
 * A reader's note: the one record shape shared by the store, the protocol, the overlay, the
 * library and the exports. Notes are the reader's own work, so the shape is plain data (it goes
 * through `structuredClone`, JSON backups and messages unchanged) and every field is explicit.
 */

/** W3C Web Annotation `TextQuoteSelector` over the `TextIndex` text of a publication. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * A stretch `[start, end)` counted in Unicode code points, the unit the W3C model's
 * `TextPositionSelector` counts in (JavaScript strings count UTF-16 code units, which differ after
 * any character outside the Basic Multilingual Plane, such as 𝑥 or 📄).
 */
export interface CodePointSpan {
  start: number;
  end: number;
}

/**
 * W3C Web Annotation `TextPositionSelector`, with Kantlijn's `start`/`end` in UTF-16 offsets into
 * the `TextIndex` text (what re-anchoring indexes by). `codePoints` is the same stretch in code
 * points when it was known where the note was described or imported; the W3C export writes it,
 * because only the page text can convert one unit into the other (`lib/notes/code-points.ts`).
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
  codePoints?: CodePointSpan;
}

/** Where a passage is: the two selectors a note keeps, checked against each other on re-anchoring. */
export interface PassageSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * What a note is about.
 * - `passage`: words the reader selected in one publication.
 * - `actor`: an actor (by `actorKeyOf` key), shown in that actor's card in every publication.
 * - `event`: a dated event of one publication, anchored on its mention.
 */
export type NoteSubject = 'passage' | 'actor' | 'event';

/** One note. */
export interface Note {
  /** `crypto.randomUUID()`, made where the note is first written; never changes. */
  id: string;
  subject: NoteSubject;
  /** What the reader wrote. */
  text: string;
  /** Free words, each once, in the order given. */
  tags: string[];
  /** The publication the note was written in (for actor notes: where it was written). */
  documentId: string;
  /** That publication's address. */
  url: string;
  /** Its title when known, so exports and the library can name it without the documents table. */
  documentTitle: string | null;
  /**
   * The passage: for `passage` and `event` notes, the words the note hangs on; for `actor` notes,
   * the mention where it was written (informative only — the note belongs to the actor).
   */
  selectors: PassageSelectors | null;
  /** For `actor` notes: the actor's key (`actorKeyOf`) — indexed; null otherwise. */
  actorKey: string | null;
  /** For `actor` notes: the actor's name as shown when the note was written. */
  actorName: string | null;
  /** For `event` notes: the event's ISO date (or null when undated). */
  eventDate: string | null;
  /** Milliseconds since the epoch. */
  created: number;
  /** Milliseconds since the epoch; the newer `updated` wins when notes are merged. */
  updated: number;
}

/** A note being written and not yet saved: kept by the background until saved or cancelled. */
export interface NoteDraft {
  /** `draftKeyOf(...)`: one draft per document and subject. */
  key: string;
  /** The note as typed so far (its `id` is the id it will be saved under). */
  note: Note;
  updated: number;
}

/** The key of the draft for a subject in a document: one open editor per thing. */
export function draftKeyOf(documentId: string, subject: NoteSubject, about: string): string {
  return `${documentId}\u0000${subject}\u0000${about}`;
}

/**
 * The key of a publication's open-editor draft: one editor is open per page at a time, so one
 * draft per publication is what a reload must find again (its note says what it was about).
 */
export function pageDraftKey(documentId: string): string {
  return draftKeyOf(documentId, 'passage', 'editor');
}
