/**
 * The shapes of a page's notes: what the notes need from the page's session, and the state the
 * frames draw (frames/surface-views.ts) — kept apart from the actions that change it (notes-session.ts).
 */
import type { Note } from '@/lib/notes/note';
import type { PageNotes } from '@/lib/notes/page-notes';
import type { Report } from '@/lib/model/report';
import type { TextIndex } from '@/lib/page/text-index';
import type { NoteHit } from './note-layer';
import type { SelectedSpan } from './selection-watch';

/** What the notes need from the page's session. */
export interface NotesHost {
  signal: AbortSignal;
  documentId: string;
  url: string;
  title: () => string | null;
  index: TextIndex;
  report: () => Report | null;
  /** Something changed: draw the UI again. */
  redraw: () => void;
  /** An actor, event or citation card is open (the note card gives way). */
  otherCardOpen: () => boolean;
  /** Moves focus into the open card (shown from the panel or a link). */
  focusCard: () => void;
}

/** An open editor. */
export interface EditorState {
  note: Note;
  label: string;
  quote: string | null;
  /** The note as saved (empty for a new one): what Escape compares with before asking. */
  saved: { text: string; tags: string[] };
  error: string | null;
  /** Why the last draft of this editor could not be kept (in words), until a later one is. */
  draftError: string | null;
  saving: boolean;
  /** Where the passage is on screen when the editor opened (null: centre it). */
  rect: DOMRect | null;
  /** Changes when another note is opened, so the editor starts afresh. */
  key: string;
}

/** Everything the view draws. */
export interface NotesState {
  loading: boolean;
  /** Why notes cannot be used, in words (the database failed); null when they can. */
  unavailable: string | null;
  page: PageNotes;
  actorNotes: Note[];
  knownTags: string[];
  adder: SelectedSpan | null;
  editor: EditorState | null;
  card: NoteHit | null;
  /** A message for the reader, with the deleted note when it can be undone. */
  notice: { message: string; undo: Note | null } | null;
}

/** The state before anything is loaded. */
export function initialNotesState(): NotesState {
  return {
    loading: true,
    unavailable: null,
    page: { anchored: [], uncertain: [], orphans: [] },
    actorNotes: [],
    knownTags: [],
    adder: null,
    editor: null,
    card: null,
    notice: null,
  };
}
