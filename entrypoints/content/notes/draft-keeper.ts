/**
 * The unsaved text of a page's open editor, kept by the background a moment after each change,
 * so neither a page reload nor an extension reload loses what the reader typed. One draft per
 * publication (`pageDraftKey`): one editor is open at a time. A draft that could not be kept is
 * said (`onKept`), so the reader does not trust a reload with text that is not kept anywhere.
 */
import { pageDraftKey, type Note } from '@/lib/notes/note';
import { ask } from './notes-client';

/** How long after the last keystroke the draft is sent. */
export const DRAFT_DELAY_MS = 400;

/** The draft of one publication's editor. */
export interface DraftKeeper {
  /** Keeps `note` as the draft, `DRAFT_DELAY_MS` after the last call. */
  keep(note: Note): void;
  /** Forgets the draft (saved or cancelled), and any pending keep. */
  drop(): void;
  /** The draft kept from an earlier visit, if any. */
  restore(): Promise<Note | null>;
  /** Stops a pending keep (the page is going away; what was sent stays). */
  stop(): void;
}

/**
 * Hears how each keep went: `error` is why the draft of `note` was not kept (in words), or null
 * once it was.
 */
export type DraftKept = (note: Note, error: string | null) => void;

/** The keeper for publication `documentId`; `onKept` hears the outcome of every keep. */
export function createDraftKeeper(documentId: string, onKept: DraftKept = () => {}): DraftKeeper {
  const key = pageDraftKey(documentId);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    keep(note) {
      stop();
      timer = setTimeout(() => {
        timer = null;
        void ask({ type: 'save-draft', draft: { key, note, updated: Date.now() } }).then((answer) =>
          onKept(note, answer.ok ? null : answer.error),
        );
      }, DRAFT_DELAY_MS);
    },
    drop() {
      stop();
      void ask({ type: 'discard-draft', key });
    },
    async restore() {
      const answer = await ask({ type: 'get-draft', key });
      const note = answer.ok ? (answer.value.draft?.note ?? null) : null;
      return note && note.documentId === documentId ? note : null;
    },
    stop,
  };
}
