/**
 * The extraction benches' baseline: a bare Unicode word tokenisation of the same text, what any
 * text tool costs at least. Timed in the same turn as the extraction, it says how fast the machine
 * is at that moment, and the ratio of the two is the figure that carries from one machine to another.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** The number of words of `text`, found the bare way. */
export function baseline(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
