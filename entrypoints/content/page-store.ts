/**
 * The one state of Kantlijn on a page, and the small store that holds it. Features change it with
 * `set`; the UI follows it through `subscribe` (features/ui.ts), so nothing is redrawn by hand.
 */
import type { OtherDocument } from '@/components/ActorCard';
import type { Drawing, HoverController, Target } from '@/lib/highlight';
import type { Report, ReportDocument } from '@/lib/model/report';
import type { PageReading } from '@/lib/page/read-page';
import type { HighlightKind } from '@/lib/ui/highlight-kinds';
import type { NotesSession } from './notes/notes-session';

/** The card of an actor, event or citation the reader opened, and where its mention is on screen. */
export interface OpenCard {
  target: Target;
  rect: DOMRect;
}

/** Everything a page's features share: what was read, what was found, what the reader chose. */
export interface SessionState {
  /** The page as last read (the site may replace the text; then it is read again). */
  reading: PageReading;
  /** The document's facts, completed by metadata.xml when the page lacks them. */
  document: ReportDocument;
  /** What went wrong, in the reader's words. */
  problems: readonly string[];
  /** The current pass's report; null while it is read and analysed. */
  report: Report | null;
  panelOpen: boolean;
  kinds: Readonly<Record<HighlightKind, boolean>>;
  card: OpenCard | null;
  /** "Ook in" per actor key: the other publications that name it (null while asked). */
  alsoIn: ReadonlyMap<string, readonly OtherDocument[] | null>;
  /** The current pass's highlights and their hover; null until drawn. */
  drawing: Drawing | null;
  hover: HoverController | null;
  /** The reader's notes on the current pass; null until the highlights are drawn. */
  notes: NotesSession | null;
}

/** A state that tells its followers of every change. */
export interface Store<S extends object> {
  get(): Readonly<S>;
  set(change: Partial<S>): void;
  /** A part of the state changed in place (the notes keep their own state): tell the followers. */
  touch(): void;
  /** Calls `listener` after every change until `signal` aborts. */
  subscribe(listener: () => void, signal: AbortSignal): void;
}

/** Makes a store; followers are told at once, in the order they subscribed. */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  const tell = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => state,
    set(change) {
      state = { ...state, ...change };
      tell();
    },
    touch: tell,
    subscribe(listener, signal) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}
