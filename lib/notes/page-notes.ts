/**
 * A page's notes once anchored: which are in the text (and where), which are orphans, which cover
 * a given offset, which belong to an actor. Pure and DOM-free, so the panel, the note highlights
 * and the hover all read the same answer and it can be tested without a browser.
 */
import type { Note } from './note';

/** Where a note's passage is in the page's text now: UTF-16 offsets into the `TextIndex` text. */
export interface Span {
  start: number;
  end: number;
}

/** A note found in the text. */
export interface AnchoredNote {
  note: Note;
  span: Span;
}

/**
 * A note whose passage may be at `span`: the words there (`words`) are not surely the ones it was
 * written on ("Onzeker"). The reader confirms the place or attaches the note elsewhere.
 */
export interface UncertainNote {
  note: Note;
  span: Span;
  /** The words at `span` now, shown beside the note's own. */
  words: string;
}

/** The page's passage and event notes split by whether they were found, the found ones in text order. */
export interface PageNotes {
  anchored: AnchoredNote[];
  /** Placed, but only as a guess, in text order. */
  uncertain: UncertainNote[];
  orphans: Note[];
}

/** Where a note's passage was placed, and whether surely (`certainty` absent counts as sure). */
export interface Placement extends Span {
  certainty?: 'sure' | 'uncertain';
}

/** No notes at all. */
export const NO_PAGE_NOTES: Readonly<PageNotes> = Object.freeze({ anchored: [], uncertain: [], orphans: [] });

/**
 * Splits `notes` by their placements in `text` (same order as `notes`; null = not found).
 * Anchored and uncertain notes are sorted by start, then end, then creation; orphans keep
 * creation order. Actor notes are none of these: they belong to the actor, not to a passage.
 */
export function splitByAnchor(notes: readonly Note[], anchors: readonly (Placement | null)[], text = ''): PageNotes {
  const anchored: AnchoredNote[] = [];
  const uncertain: UncertainNote[] = [];
  const orphans: Note[] = [];
  notes.forEach((note, i) => {
    if (note.subject === 'actor') return;
    const placed = anchors[i] ?? null;
    if (!placed) orphans.push(note);
    else if (placed.certainty === 'uncertain') {
      const span = { start: placed.start, end: placed.end };
      uncertain.push({ note, span, words: text.slice(span.start, span.end) });
    } else anchored.push({ note, span: { start: placed.start, end: placed.end } });
  });
  const inOrder = (a: { note: Note; span: Span }, b: { note: Note; span: Span }) =>
    a.span.start - b.span.start || a.span.end - b.span.end || a.note.created - b.note.created;
  anchored.sort(inOrder);
  uncertain.sort(inOrder);
  orphans.sort((a, b) => a.created - b.created);
  return { anchored, uncertain, orphans };
}

/** The anchored notes whose passage covers `offset` (start inclusive, end exclusive), in text order. */
export function notesAt(page: PageNotes, offset: number): AnchoredNote[] {
  const found: AnchoredNote[] = [];
  for (const entry of page.anchored) {
    if (entry.span.start > offset) break; // sorted by start
    if (offset < entry.span.end) found.push(entry);
  }
  return found;
}

/** The notes on one actor, newest change first. */
export function notesOnActor(actorNotes: readonly Note[], key: string): Note[] {
  return actorNotes.filter((n) => n.actorKey === key).sort((a, b) => b.updated - a.updated);
}

/**
 * The event notes of an event: those whose passage is the event's mention (same span) — an event
 * note is anchored on the words its date was read from.
 */
export function notesOnSpan(page: PageNotes, span: Span, subject: Note['subject']): Note[] {
  return page.anchored
    .filter((a) => a.note.subject === subject && a.span.start === span.start && a.span.end === span.end)
    .map((a) => a.note);
}

/** `notes` with `note` put in (replacing the one with its id) or taken out (`remove`). */
export function withNote(notes: readonly Note[], note: Note, remove = false): Note[] {
  const rest = notes.filter((n) => n.id !== note.id);
  return remove ? rest : [...rest, note];
}
