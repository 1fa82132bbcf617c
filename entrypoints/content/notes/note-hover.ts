/**
 * Resting on a note's highlight opens its card, with the same intent as the other cards
 * (lib/highlight/intent.ts: a rest of 300 ms, nothing while a selection is made or right where it
 * ended); leaving closes it after a short delay unless the pointer went onto the card. The actor/event/citation cards (lib/highlight/hover.ts) come first:
 * while one of them is open, or the pointer is on an actor's mention, no note card opens.
 * Events a page's script dispatches (not `isTrusted`) open and close nothing.
 * Everything is removed when `signal` aborts.
 */
import { createIntent, REST_MS } from '@/lib/highlight/intent';
import { createRestTimer } from '@/lib/highlight/rest-timer';
import { isTrusted, type TrustCheck } from '@/lib/util/trusted';
import type { NoteHit } from './note-layer';

/** Options of `startNoteHover`. */
export interface NoteHoverOptions {
  signal: AbortSignal;
  hitAt(x: number, y: number): NoteHit | null;
  /** Another card is open or would open here: the note card gives way. */
  blocked(): boolean;
  onOpen(hit: NoteHit): void;
  onClose(): void;
  closeDelayMs?: number;
  /** How long the pointer rests on a note before its card opens (default `REST_MS`). */
  restMs?: number;
  /** Which events are the reader's (default: `isTrusted`); tests pass their own. */
  trusted?: TrustCheck;
}

/** The handle: the open card's element keeps it open while hovered. */
export interface NoteHover {
  setCardElement(element: Element | null): void;
  /** The pointer went onto the card or left it, as told by the card's own frame (the page hears nothing of it). */
  pointerOnCard(over: boolean): void;
  /** Forget the open card (it was closed from elsewhere). */
  reset(): void;
}

/** Starts listening. */
export function startNoteHover(options: NoteHoverOptions): NoteHover {
  const { signal, closeDelayMs = 300, restMs = REST_MS, trusted = isTrusted } = options;
  let card: Element | null = null;
  let overCard = false;
  let openIds = '';
  let frame: number | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  let pointer: { x: number; y: number; path: EventTarget[]; pressed: boolean } | null = null;
  const intent = createIntent<string>({ same: (a, b) => a === b, restMs });
  const idsOf = (hit: NoteHit) => hit.notes.map((n) => n.note.id).join(' ');
  // The pointer rested on a note long enough: open its card if it is still under the pointer.
  const rest = createRestTimer(
    intent,
    () => performance.now(),
    (ids) => {
      if (!pointer || signal.aborted || ids === openIds || options.blocked()) return;
      const hit = options.hitAt(pointer.x, pointer.y);
      if (!hit || idsOf(hit) !== ids) return;
      cancelClose();
      openIds = ids;
      options.onOpen(hit);
    },
  );
  const stopRest = () => rest.stop();
  const cancelClose = () => {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = null;
  };
  const close = () => {
    cancelClose();
    if (!openIds) return;
    openIds = '';
    options.onClose();
  };
  const look = () => {
    frame = null;
    if (!pointer || signal.aborted) return;
    if (overCard || (card && pointer.path.includes(card))) return cancelClose();
    const hit = options.blocked() ? null : options.hitAt(pointer.x, pointer.y);
    rest.move(pointer.x, pointer.y, hit ? idsOf(hit) : null, pointer.pressed);
    if (hit)
      cancelClose(); // an open card stays until the pointer rests on another note (then that one opens)
    else if (openIds && closeTimer === null) {
      closeTimer = setTimeout(() => {
        closeTimer = null;
        if (!(overCard || (card && pointer?.path.includes(card)))) close();
      }, closeDelayMs);
    }
  };
  document.addEventListener(
    'pointermove',
    (event) => {
      if (!trusted(event)) return;
      pointer = { x: event.clientX, y: event.clientY, path: event.composedPath(), pressed: event.buttons !== 0 };
      overCard = false; // the page hears no moves while the pointer is on the card's frame
      if (frame === null) frame = requestAnimationFrame(look);
    },
    { passive: true, signal },
  );
  // A selection may be starting: nothing opens until the button is up, nor where a selecting drag ended.
  document.addEventListener('pointerdown', (event) => trusted(event) && event.pointerType !== 'touch' && intent.press(), {
    passive: true,
    signal,
  });
  document.addEventListener(
    'pointerup',
    (event) => {
      if (!trusted(event) || event.pointerType === 'touch') return;
      if (pointer) pointer.pressed = false;
      const selection = document.getSelection();
      intent.release(event.clientX, event.clientY, selection !== null && !selection.isCollapsed);
    },
    { passive: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !trusted(event)) return;
      stopRest();
      close();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    cancelClose();
    stopRest();
    if (frame !== null) cancelAnimationFrame(frame);
  });
  return {
    setCardElement: (element) => {
      card = element;
      overCard = false;
    },
    pointerOnCard: (over) => {
      overCard = over;
      if (over) cancelClose();
      else if (frame === null) frame = requestAnimationFrame(look);
    },
    reset: () => {
      cancelClose();
      stopRest();
      openIds = '';
    },
  };
}
