/**
 * The fuzzy step over the whole text, for a passage that was both changed and moved away from
 * where it was expected. Myers' algorithm over the whole text is too slow to run for every orphan
 * (a deleted passage) (docs/performance.md); so this search filters, then verifies (the approach
 * approx-string-match's own notes recommend). The quote is cut into up to 16 pieces of 8–16
 * characters; a place with fewer errors than there are pieces keeps at least one piece intact
 * (each error spoils at most one piece), so the places where some piece occurs exactly
 * (`indexOf`, native) are the only ones to verify. The price: anywhere in the text, a quote is
 * found with fewer errors than it has pieces (at most 15) rather than a quarter of its length,
 * and quotes under 16 characters only exactly; a piece that occurs more than `MAX_HITS` times
 * says nothing and is skipped.
 */
import { maxErrorsFor, verify, type FuzzyPlace } from './fuzzy';

/** Pieces a quote is cut into, at most. */
export const MAX_PIECES = 16;
/** Occurrences of one piece beyond which it is too common to point anywhere. */
const MAX_HITS = 64;
/** Proposed places verified, at most (those most pieces agree on first). */
const MAX_VERIFIED = 16;

/** Places of `exact` anywhere in `text` with fewer errors than it has pieces (and at most a quarter). */
export function fuzzyPlacesAnywhere(text: string, exact: string): FuzzyPlace[] {
  const m = exact.length;
  const k = maxErrorsFor(m);
  const size = Math.min(16, Math.max(8, Math.floor(m / 12)));
  const count = Math.min(MAX_PIECES, Math.floor(m / size));
  if (k === 0 || count < 2) return [];
  const proposals: number[] = [];
  for (let i = 0; i < count; i++) {
    const offset = Math.round((i * (m - size)) / (count - 1));
    const piece = exact.slice(offset, offset + size);
    const hits: number[] = [];
    for (let at = text.indexOf(piece); at >= 0 && hits.length <= MAX_HITS; at = text.indexOf(piece, at + 1)) hits.push(at);
    if (hits.length <= MAX_HITS) for (const at of hits) proposals.push(at - offset);
  }
  const places: FuzzyPlace[] = [];
  for (const start of clusters(proposals, k).slice(0, MAX_VERIFIED)) {
    const place = verify(text, exact, Math.max(0, start));
    if (place && !places.some((p) => p.start === place.start && p.end === place.end)) places.push(place);
  }
  return places;
}

// Proposed starts grouped when within `k` of a group's first; each group's middle, most votes first.
function clusters(proposals: number[], k: number): number[] {
  proposals.sort((a, b) => a - b);
  const groups: Array<{ at: number; votes: number }> = [];
  let first = 0;
  for (let i = 1; i <= proposals.length; i++) {
    if (i === proposals.length || (proposals[i] as number) - (proposals[first] as number) > k) {
      if (i > first) groups.push({ at: proposals[(first + i - 1) >> 1] as number, votes: i - first });
      first = i;
    }
  }
  return groups.sort((a, b) => b.votes - a.votes || a.at - b.at).map((g) => g.at);
}
