/**
 * The unsaved text of a page's open editor, kept by the background a moment after each change,
 * so neither a page reload nor an extension reload loses what the reader typed. One draft per
 * publication (`pageDraftKey`): one editor is open at a time.
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

/** The keeper for publication `documentId`. */
export function createDraftKeeper(documentId: string): DraftKeeper {
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
        void ask({ type: 'save-draft', draft: { key, note, updated: Date.now() } });
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
