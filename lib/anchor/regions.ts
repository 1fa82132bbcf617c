/**
 * Stretches of the text to search. Re-anchoring looks near the position hints first and in the
 * whole text only when that finds nothing good enough; these helpers make those stretches.
 */
import type { TextSpan } from './describe';

/**
 * Characters searched on each side of a hint. The hints of a pass are corrected for the drift
 * seen at earlier notes (see anchor-all.ts), so the passage is usually within a few characters of
 * its hint; 4,096 leaves room for an edit of a page or so when there is no earlier note to learn
 * from, and keeps the fuzzy search of a window to a few hundred microseconds.
 */
export const WINDOW = 4096;

/** The merged windows `[hint − WINDOW, hint + length + WINDOW)` around each hint, clipped to the text. */
export function windowsAround(hints: readonly number[], length: number, textLength: number): TextSpan[] {
  const spans = hints
    .map((h) => ({ start: Math.max(0, h - WINDOW), end: Math.min(textLength, h + length + WINDOW) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  return mergeSpans(spans);
}

/** Sorted spans with overlapping or touching ones joined. */
export function mergeSpans(sorted: readonly TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * The parts of `spans` outside the occurrences `[o, o + length)`: where a fuzzy match may lie
 * that is not just an exact occurrence seen again. (approx-string-match reports only the matches
 * with the fewest errors, so a stretch holding an exact copy would hide every corrected one.)
 */
export function gapsBetween(spans: readonly TextSpan[], occurrences: readonly number[], length: number): TextSpan[] {
  const out: TextSpan[] = [];
  const sorted = [...occurrences].sort((a, b) => a - b);
  for (const span of spans) {
    let from = span.start;
    for (const o of sorted) {
      if (o + length <= span.start || o >= span.end) continue;
      if (o > from) out.push({ start: from, end: o });
      from = Math.max(from, o + length);
    }
    if (span.end > from) out.push({ start: from, end: span.end });
  }
  return out;
}
