/**
 * What the extraction is given and what it gives back: shared by the extraction, the messages that
 * carry a text to the background and the report built from it.
 */
import type { Actor, DatedEvent, DocumentKind, Letter, Reference } from './report';

/** What the extraction knows about the document besides its text. */
export interface ExtractContext {
  /** The publication id ("h-ek-…" tells the Eerste Kamer's Handelingen). */
  id?: string | null;
  /** The document's date (ISO), the reference point for "jl." and "a.s.". */
  documentDate: string | null;
  kind: DocumentKind;
  letters: readonly Letter[];
}

/** The report's extracted parts. */
export interface Extraction {
  actors: Actor[];
  events: DatedEvent[];
  references: Reference[];
}
