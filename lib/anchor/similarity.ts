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

/** Above this many cells the full edit distance is not paid for; the chunk measure stands in. */
const MAX_CELLS = 4_000_000;
const CHUNK = 32;

/**
 * How alike two whole strings are, in [0, 1]: 1 − edit distance ÷ the longer length. For long
 * strings, the share of the quote's 32-character pieces that occur in `text` stands in (the
 * quadratic distance would cost too much there, and a passage of paragraphs differs by pieces).
 */
export function wholeSimilarity(text: string, quote: string): number {
  if (text === quote) return 1;
  const longer = Math.max(text.length, quote.length);
  if (!longer) return 1;
  if (text.length * quote.length > MAX_CELLS) {
    let found = 0;
    let pieces = 0;
    for (let o = 0; o < quote.length; o += CHUNK, pieces++) if (text.includes(quote.slice(o, o + CHUNK))) found++;
    return (found / pieces) * (Math.min(text.length, quote.length) / longer);
  }
  return 1 - levenshtein(text, quote) / longer;
}

// Edit distance by the two-row dynamic programme, on UTF-16 code units.
function levenshtein(a: string, b: string): number {
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = c === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length] as number;
}

/** Above this many word pairs the word measure is not computed (the character measure stands alone). */
const MAX_WORD_CELLS = 1_000_000;

/**
 * How much of a quote's wording `text` holds, in [0, 1]: the words the two share in order (their
 * longest common subsequence), twice, over the words of both (Dice's coefficient). Words put into
 * a passage or taken out of it leave most of it; a rewrite leaves little, though as many
 * characters may agree by chance.
 */
export function wordingKept(text: string, quote: string): number {
  const a = text.split(/\s+/).filter(Boolean);
  const b = quote.split(/\s+/).filter(Boolean);
  if (!a.length || !b.length) return a.length === b.length ? 1 : 0;
  if (a.length * b.length > MAX_WORD_CELLS) return wholeSimilarity(text, quote);
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (const word of a) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = word === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, row[j - 1] as number);
    }
    [prev, row] = [row, prev];
  }
  return (2 * (prev[b.length] as number)) / (a.length + b.length);
}
