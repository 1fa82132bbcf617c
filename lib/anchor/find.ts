/**
 * Searches bounded to a stretch. `indexOf` on a megabyte runs on to the text's end when the
 * needle is not near, so every search for context around a place looks only where it may be.
 */

/** Start of the first occurrence of `needle` starting within `[from, to]`, or -1. */
export function indexIn(text: string, needle: string, from: number, to: number): number {
  const start = Math.max(0, from);
  if (to < start || !needle.length) return -1;
  const at = text.slice(start, to + needle.length).indexOf(needle);
  return at < 0 ? -1 : start + at;
}

/** Start of the last occurrence of `needle` starting within `[from, to]`, or -1. */
export function lastIndexIn(text: string, needle: string, from: number, to: number): number {
  const start = Math.max(0, from);
  if (to < start || !needle.length) return -1;
  const at = text.slice(start, to + needle.length).lastIndexOf(needle);
  return at < 0 ? -1 : start + at;
}

/** Starts of every occurrence of `needle` starting within `[from, to]`, ascending, at most `max`. */
export function occurrencesWithin(text: string, needle: string, from: number, to: number, max = Infinity): number[] {
  const start = Math.max(0, from);
  const out: number[] = [];
  if (to < start || !needle.length) return out;
  const part = text.slice(start, to + needle.length);
  for (let i = part.indexOf(needle); i >= 0 && out.length < max; i = part.indexOf(needle, i + 1)) out.push(start + i);
  return out;
}
