/**
 * The extraction as it crosses from the background to the page: every actor's mentions as one
 * short string of numbers instead of objects with a copy of their text. Chrome's extension
 * messaging converts a message to its own values and JSON on both sides; for a long page the
 * mention objects, and then arrays of numbers, were most of the answer's size and of its cost.
 * Mentions are sorted, so each is written as the distance from the previous one and its length,
 * as variable-length numbers of 5 bits per character (`encodeSpans`), a few characters a mention
 * (docs/performance.md).
 */
import type { Extraction } from '@/lib/extract/extract';
import type { Actor } from '@/lib/model/report';

/** An actor with its mentions packed (`encodeSpans`). */
export type PackedActor = Omit<Actor, 'mentions'> & { spans: string };

/** The extraction with packed actors. */
export type PackedExtraction = Omit<Extraction, 'actors'> & { actors: PackedActor[] };

/** Packs the actors' mentions (the background's side). */
export function packExtraction(extraction: Extraction): PackedExtraction {
  return { ...extraction, actors: packActors(extraction.actors) };
}

/** Unpacks them again, taking each mention's text from the same document text (the page's side). */
export function unpackExtraction(packed: PackedExtraction, text: string): Extraction {
  return { ...packed, actors: unpackActors(packed.actors, text) };
}

/** Packs actors alone (the extraction port sends them ahead of the events). */
export function packActors(actors: readonly Actor[]): PackedActor[] {
  return actors.map(({ mentions, ...actor }) => ({ ...actor, spans: encodeSpans(mentions) }));
}

/** Unpacks actors packed by `packActors`, their mentions' text from the document text. */
export function unpackActors(packed: readonly PackedActor[], text: string): Actor[] {
  return packed.map(({ spans, ...actor }) => ({ ...actor, mentions: decodeSpans(spans, text) }));
}

// 32 characters for 5 bits each, and 32 more for 5 bits each with more to follow: letters and
// digits only, so the string needs no escaping in JSON.
const LAST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const MORE = 'abcdefghijklmnopqrstuvwxyz6789+-';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 32; i++) {
  VALUE[LAST.charCodeAt(i)] = i;
  VALUE[MORE.charCodeAt(i)] = 32 + i;
}

function writeNumber(out: string[], n: number): void {
  let high = 1; // the place value of the number's first digit
  while (n / high >= 32) high *= 32;
  for (; high > 1; high /= 32) out.push(MORE.charAt(Math.floor(n / high) % 32));
  out.push(LAST.charAt(n % 32));
}

/**
 * Mentions (any order; written sorted by start, then end) as a string: for each, the distance of
 * its start from the previous start and its length, each a number written most significant first,
 * five bits a character, the last character of a number from `LAST`, the others from `MORE`.
 * Starts and lengths must be whole numbers ≥ 0 (lengths may not be negative: a mention ends after it starts).
 */
export function encodeSpans(mentions: ReadonlyArray<{ start: number; end: number }>): string {
  const sorted = inOrder(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let previous = 0;
  for (const { start, end } of sorted) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= previous && end >= start))
      throw new RangeError(`not a span: ${start}–${end}`);
    writeNumber(out, start - previous);
    writeNumber(out, end - start);
    previous = start;
  }
  return out.join('');
}

// Whether mentions are sorted by start, then end, already (an actor's are: merging sorts them).
function inOrder(mentions: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1] as { start: number; end: number };
    const b = mentions[i] as { start: number; end: number };
    if (b.start < a.start || (b.start === a.start && b.end < a.end)) return false;
  }
  return true;
}

/**
 * The mentions of `encodeSpans`, sorted; throws on a string it did not write. With `text`, each
 * mention carries its words (made here rather than in a second pass over new objects).
 */
export function decodeSpans(spans: string): Array<{ start: number; end: number }>;
export function decodeSpans(spans: string, text: string): Array<{ start: number; end: number; text: string }>;
export function decodeSpans(spans: string, text?: string): Array<{ start: number; end: number; text?: string }> {
  const found: Array<{ start: number; end: number; text?: string }> = [];
  let previous = 0;
  let n = 0;
  let start = 0;
  // Whether a start was read and its length is still to come. The check after the loop tests only
  // truthiness: a comparison there would throw away the loop's compiled code at the end of every
  // actor's spans (docs/performance.md).
  let open = false;
  for (let i = 0; i < spans.length; i++) {
    const c = spans.charCodeAt(i);
    const v = c < 128 ? (VALUE[c] as number) : -1;
    if (v < 0) throw new RangeError('not packed spans');
    n = n * 32 + (v & 31);
    if (v >= 32) continue;
    if (!open) {
      start = previous + n;
      previous = start;
    } else {
      found.push(text === undefined ? { start, end: start + n } : { start, end: start + n, text: text.slice(start, start + n) });
    }
    open = !open;
    n = 0;
  }
  if (open || n) throw new RangeError('not packed spans');
  return found;
}
