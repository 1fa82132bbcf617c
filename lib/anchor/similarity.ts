/**
 * How alike two short strings are, for judging the context around a candidate place of a quote.
 * Edit distance (approx-string-match: insertions, deletions, substitutions) rather than plain
 * equality, so one changed character in the 32 characters before a passage costs 1/32, not all.
 */
import search from 'approx-string-match';

/**
 * Similarity in [0, 1] of `pattern` to its best approximate occurrence in `text`: 1 − errors ÷
 * pattern length, 0 when more than half of it differs. An empty pattern is 1 (nothing to differ).
 */
export function editSimilarity(text: string, pattern: string): number {
  if (!pattern.length) return 1;
  if (text === pattern || text.includes(pattern)) return 1;
  const maxErrors = pattern.length >> 1;
  if (maxErrors === 0) return 0;
  let best = maxErrors + 1;
  for (const m of search(text, pattern, maxErrors)) if (m.errors < best) best = m.errors;
  return best > maxErrors ? 0 : 1 - best / pattern.length;
}

/**
 * The cheap measure used to rank many candidates before the edit distance is paid for: the share
 * of `pattern` that agrees with `text` character by character, counting from the side that
 * touches the quote (`'end'` for a prefix: its last characters sit against the quote).
 */
export function affixAgreement(text: string, pattern: string, side: 'start' | 'end'): number {
  if (!pattern.length) return 1;
  const n = Math.min(text.length, pattern.length);
  let same = 0;
  if (side === 'end') {
    while (same < n && text.charCodeAt(text.length - 1 - same) === pattern.charCodeAt(pattern.length - 1 - same)) same++;
  } else {
    while (same < n && text.charCodeAt(same) === pattern.charCodeAt(same)) same++;
  }
  return same / pattern.length;
}
