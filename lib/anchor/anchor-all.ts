/**
 * Re-anchoring every note of a document in one pass over one text. The text is computed once by
 * the caller; the notes are visited in the order of their stored positions, and each one found
 * with confidence tells the next where to look: an insertion before a passage shifts every later
 * passage by the same amount, so the shift ("drift") seen at the previous note is the best
 * guess for the next: the note is expected at its stored start plus the drift, which decides
 * between repeats with the same context. The surroundings of the stored start are searched too,
 * so a wrong guess (the note before was moved) costs at most a search of the whole text.
 */
import type { PassageSelectors } from '../notes/note';
import { anchorPassage, hintOf, type Anchor } from './anchor-passage';

/** Score from which a found passage teaches the drift to the notes after it. */
export const CONFIDENT = 0.9;

/**
 * The anchor of each passage in `text`, in the order given: `null` for an orphan (or a missing or
 * malformed selector) — the caller keeps the note and lists it as not found, never drops it.
 * Deterministic and independent of the order of `passages`.
 */
export function anchorAll(text: string, passages: ReadonlyArray<PassageSelectors | null | undefined>): Array<Anchor | null> {
  const out: Array<Anchor | null> = passages.map(() => null);
  const order = passages
    .map((p, i) => ({ i, hint: hintOf(p) }))
    .sort((a, b) => (a.hint ?? Infinity) - (b.hint ?? Infinity) || a.i - b.i);
  let drift = 0;
  for (const { i, hint } of order) {
    const passage = passages[i];
    if (!passage) continue;
    const hints = hint === null ? { expected: null } : { expected: hint + drift, alsoNear: drift ? [hint] : [] };
    const anchor = anchorPassage(text, passage, hints);
    out[i] = anchor;
    if (anchor && hint !== null && anchor.score >= CONFIDENT) drift = anchor.start - hint;
  }
  return out;
}

/** One passage on its own (no drift to learn from): for re-attaching a single note. */
export function anchorOne(text: string, passage: PassageSelectors | null | undefined): Anchor | null {
  return anchorAll(text, [passage])[0] ?? null;
}
