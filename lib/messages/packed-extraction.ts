/**
 * The extraction as it crosses from the background to the page: every actor mention as two numbers
 * in one flat array instead of an object with a copy of its text. Chrome's extension messaging
 * writes messages as JSON, and for a long page (16,000 mentions a megabyte) the objects and their
 * texts were most of the answer's size and of the page's time to read it.
 */
import type { Extraction } from '../extract/extract';
import type { Actor } from '../page/report';

/** An actor with its mentions packed: [start, end, start, end, …]. */
export type PackedActor = Omit<Actor, 'mentions'> & { spans: number[] };

/** The extraction with packed actors. */
export type PackedExtraction = Omit<Extraction, 'actors'> & { actors: PackedActor[] };

/** Packs the actors' mentions (the background's side). */
export function packExtraction(extraction: Extraction): PackedExtraction {
  return {
    ...extraction,
    actors: extraction.actors.map(({ mentions, ...actor }) => ({ ...actor, spans: mentions.flatMap((m) => [m.start, m.end]) })),
  };
}

/** Unpacks them again, taking each mention's text from the same document text (the page's side). */
export function unpackExtraction(packed: PackedExtraction, text: string): Extraction {
  return {
    ...packed,
    actors: packed.actors.map(({ spans, ...actor }) => {
      const mentions: Actor['mentions'] = [];
      for (let i = 0; i + 1 < spans.length; i += 2) {
        const start = spans[i] as number;
        const end = spans[i + 1] as number;
        mentions.push({ start, end, text: text.slice(start, end) });
      }
      return { ...actor, mentions };
    }),
  };
}
