/**
 * Hover intent (intent.ts) on the page's timers, shared by the cards of mentions (hover.ts) and of
 * notes (entrypoints/content/notes/note-hover.ts): each move is fed to the intent, a timer waits
 * the rest it names, and when the rest is over `onRest` gets what the pointer rested on. A timer
 * may fire a moment before the clock says the rest is over; then it waits the rest of it.
 */
import type { Intent } from './intent';

/** The timer of one intent. */
export interface RestTimer<T> {
  /** The pointer is at (x, y) over `over` (null: nothing), a button down or not: wait for the rest this names. */
  move(x: number, y: number, over: T | null, pressed: boolean): void;
  /** Forgets the candidate and the timer (a card opened or closed by other means, the pointer left). */
  stop(): void;
}

/** Runs `intent` on timers; `now` is the clock the intent is fed with. */
export function createRestTimer<T>(intent: Intent<T>, now: () => number, onRest: (target: T) => void): RestTimer<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const fire = () => {
    timer = null;
    const t = now();
    const target = intent.ready(t);
    if (target !== null) {
      onRest(target);
      return;
    }
    const due = intent.due();
    if (due !== null) timer = setTimeout(fire, Math.max(1, due - t));
  };
  return {
    move(x, y, over, pressed) {
      const at = intent.move(x, y, now(), over, pressed);
      clear();
      if (at !== null) timer = setTimeout(fire, Math.max(0, at - now()));
    },
    stop() {
      intent.reset();
      clear();
    },
  };
}
