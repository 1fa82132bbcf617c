/**
 * Re-anchoring every note of a document in one pass over one text. The text is computed once by
 * the caller; the notes are visited in the order of their stored positions, and each one found
 * with confidence tells the next where to look: an insertion before a passage shifts every later
 * passage by the same amount, so the shift ("drift") seen at the previous note is the best
 * guess for the next: the note is expected at its stored start plus the drift, which decides
 * between repeats with the same context. The surroundings of the stored start are searched too,
 * so a wrong guess (the note before was moved) costs at most a search of the whole text. A note
 * found far from its guess changes the drift only when the next one agrees: a large edit shifts
 * both, while a repeat of one note's words elsewhere would lead every later note astray.
 */
import type { PassageSelectors } from '@/lib/notes/note';
import { anchorPassage, hintOf, WINDOW_ACCEPT, type Anchor } from './anchor-passage';
import { flatten } from './flatten';
import { WINDOW } from './regions';

/**
 * Score from which a passage found far from where it was expected can teach the drift (when the
 * next note confirms it). Nearer than `WINDOW`, `WINDOW_ACCEPT` is enough: the guess was nearly right.
 */
export const CONFIDENT = 0.9;

/**
 * The anchor of each passage in `text`, in the order given: `null` for an orphan (or a missing or
 * malformed selector) — the caller keeps the note and lists it as not found, never drops it.
 * Deterministic and independent of the order of `passages`.
 */
export function anchorAll(original: string, passages: ReadonlyArray<PassageSelectors | null | undefined>): Array<Anchor | null> {
  const text = flatten(original);
  const out: Array<Anchor | null> = passages.map(() => null);
  const order = passages.map((p, i) => ({ i, hint: hintOf(p) })).sort((a, b) => (a.hint ?? Infinity) - (b.hint ?? Infinity) || a.i - b.i);
  let drift = 0;
  let pending: number | null = null;
  for (const { i, hint } of order) {
    const stored = passages[i];
    if (!stored) continue;
    const passage = flattened(stored);
    const expected = hint === null ? null : hint + drift;
    const anchor = anchorPassage(text, passage, { expected, alsoNear: hint === null ? [] : [hint] }, original);
    out[i] = anchor;
    if (!anchor || hint === null || expected === null) continue;
    const seen = anchor.start - hint;
    if (anchor.score >= WINDOW_ACCEPT && Math.abs(anchor.start - expected) <= WINDOW) {
      drift = seen; // the guess was nearly right: refine it
      pending = null;
    } else if (anchor.score >= CONFIDENT) {
      // Far from the guess: a large edit before this passage, or a repeat of its words elsewhere.
      // Believed when the next such note agrees.
      if (pending !== null && Math.abs(seen - pending) <= WINDOW) drift = seen;
      pending = drift === seen ? null : seen;
    }
  }
  return out;
}

// The passage's words and context with white space flattened as the text's is.
function flattened(passage: PassageSelectors): PassageSelectors {
  const quote = passage.quote as Partial<PassageSelectors['quote']> | undefined;
  if (!quote || typeof quote.exact !== 'string') return passage;
  const flat = (s: unknown) => (typeof s === 'string' ? flatten(s) : s);
  return {
    ...passage,
    quote: { ...passage.quote, exact: flatten(quote.exact), prefix: flat(quote.prefix) as string, suffix: flat(quote.suffix) as string },
  };
}

/** One passage on its own (no drift to learn from): for re-attaching a single note. */
export function anchorOne(text: string, passage: PassageSelectors | null | undefined): Anchor | null {
  return anchorAll(text, [passage])[0] ?? null;
}
