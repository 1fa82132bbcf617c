/**
 * The extraction engine's entry: document text → actors, events and references (DESIGN.md
 * `lib/extract`). Pure: no DOM, no browser API. Every pass is linear in the text.
 */
import type { ExtractContext, Extraction } from '@/lib/model/extraction';
import { createExtractionStream } from './stream';

export { addressedKamer } from './kamer';
export type { ExtractContext, Extraction } from '@/lib/model/extraction';

/** Extracts actors, events and references from the document text (stream.ts, with the text as one part). */
export function extract(text: string, context: ExtractContext): Extraction {
  const stream = createExtractionStream(text.length);
  stream.push(text);
  return stream.finish(context);
}
