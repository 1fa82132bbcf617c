/**
 * The context step: places bracketed by the stored context. Where the end of the prefix is found
 * and the start of the suffix follows it at about the quote's length, the words between are where
 * the passage was, however much they changed: words inserted into a short quote put it beyond the
 * fuzzy step's quarter of errors, and a rewritten passage is exactly what the reader must be shown
 * ("Onzeker", the old words beside the new). What lies between is compared with the quote as a
 * whole, by characters and by words (the better of `wholeSimilarity` and `wordingKept`), so the
 * evidence says how much of it survived.
 */
import type { TextQuoteSelector } from '@/lib/notes/note';
import type { TextSpan } from './describe';
import { wholeSimilarity, wordingKept } from './similarity';
import { indexIn, occurrencesWithin } from './find';
import { toQuoteEdges } from './snap';
import { WINDOW } from './regions';

/** Characters of each side's context looked for: long enough not to occur by chance in a page. */
export const PROBE = 16;
/** Characters a few words take: a short quote may lose that many and still be bracketed, a long one half its length. */
const FEW_WORDS = 40;
/** Occurrences of the prefix's probe followed up, at most (a probe that common says little). */
const MAX_PROBES = 32;

/** A bracketed place and how alike its words are to the quote. */
export interface BracketPlace {
  start: number;
  end: number;
  quote: number;
  wording: number;
}

/**
 * Places in `spans` where the prefix's end and the suffix's start bracket a stretch of between a
 * half and twice the quote's length (plus a few words). A passage that began or ended the text
 * has the text's edge for that side; none when a side's context is too short to say anything.
 */
export function bracketedPlaces(text: string, quote: TextQuoteSelector, spans: readonly TextSpan[]): BracketPlace[] {
  const head = quote.prefix.slice(-PROBE);
  const tail = quote.suffix.slice(0, PROBE);
  const fromStart = quote.prefix === '';
  const toEnd = quote.suffix === '';
  if ((!fromStart && head.length < PROBE / 2) || (!toEnd && tail.length < PROBE / 2) || (fromStart && toEnd)) return [];
  const m = quote.exact.length;
  // A side whose probe the passage itself holds (the items of a list begin alike) brackets part of
  // it as readily as all of it: then only a few words may have gone.
  const repeats = (!fromStart && quote.exact.includes(head)) || (!toEnd && quote.exact.includes(tail));
  const shortest = Math.max(1, repeats ? m - FEW_WORDS : Math.min(Math.floor(m / 2), m - FEW_WORDS));
  const longest = 2 * m + 64;
  const out: BracketPlace[] = [];
  const between = (start: number, next: number) => {
    if (next - start < shortest || next - start > longest) return;
    const stretch = trimmed(text, start, next);
    const place = stretch && toQuoteEdges(text, stretch, quote.exact);
    // The quote itself inside: what else lies between is an insertion against the passage, not a change of it.
    if (!place || text.slice(place.start, place.end).includes(quote.exact)) return;
    const words = text.slice(place.start, place.end);
    const wording = wordingKept(words, quote.exact);
    out.push({ ...place, quote: Math.max(wholeSimilarity(words, quote.exact), wording), wording });
  };
  if (fromStart) {
    const next = indexIn(text, tail, shortest, longest);
    if (next >= 0) between(0, next);
    return out;
  }
  let probes = 0;
  for (const span of spans) {
    for (const at of occurrencesWithin(text, head, span.start, span.end - 1, MAX_PROBES + 1)) {
      if (++probes > MAX_PROBES) return out;
      const start = at + head.length;
      const next = toEnd ? text.length : indexIn(text, tail, start + shortest, start + longest);
      if (next >= 0) between(start, next);
    }
  }
  return out;
}

/**
 * Whether the text shows the passage deleted: the end of its prefix right against the start of
 * its suffix, within `WINDOW` of where the passage was expected. Then the place found is at best
 * a guess, however well it scores: the passage's own place is known, and empty. Not at a place
 * whose whole prefix agrees (`placeHasPrefix`): a quote that begins like its suffix shows the same there.
 */
export function deletedBetweenContext(
  text: string,
  quote: TextQuoteSelector,
  expected: number | null,
  place: TextSpan & { placeHasPrefix: boolean },
): boolean {
  const head = quote.prefix.slice(-PROBE);
  const tail = quote.suffix.slice(0, PROBE);
  if (head.length < PROBE / 2 || tail.length < PROBE / 2) return false;
  const from = expected === null ? 0 : expected - WINDOW - head.length;
  const to = expected === null ? text.length : expected + WINDOW;
  for (const joined of [head + tail, `${head.trimEnd()} ${tail.trimStart()}`]) {
    for (const at of occurrencesWithin(text, joined, from, to)) {
      if (!place.placeHasPrefix || at + head.length !== place.start) return true;
    }
  }
  return false;
}

// The stretch without white space at its edges; null when nothing is left.
function trimmed(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}
