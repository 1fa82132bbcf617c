/**
 * The extraction engine's entry: document text → actors, events and references (DESIGN.md
 * `lib/extract`). Pure: no DOM, no browser API. Every pass is linear in the text.
 */
import type { Actor, DatedEvent, DocumentKind, Letter, Reference } from '../page/report';
import { createExtractionStream } from './stream';

export { addressedKamer } from './kamer';

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

/** Extracts actors, events and references from the document text (stream.ts, with the text as one part). */
export function extract(text: string, context: ExtractContext): Extraction {
  const stream = createExtractionStream(text.length);
  stream.push(text);
  return stream.finish(context);
}
