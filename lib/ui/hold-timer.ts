/**
 * A timer that waits while the reader is with what it would take away: a notice such as "Notitie
 * verwijderd. Ongedaan maken" goes by itself after a while, but not while focus or the pointer is
 * in it (WCAG 2.2.1, timing adjustable); once both have left, the full time runs again.
 */

/** Why the timer waits: focus is in the thing, or the pointer is over it. */
export type HoldReason = 'focus' | 'pointer';

/** The timer's handle. */
export interface HoldTimer {
  /** The reader came (`on`) or went: while any reason holds, nothing expires. */
  hold(reason: HoldReason, on: boolean): void;
  /** Starts the full time again (a new message), unless held. */
  restart(): void;
  /** Stops for good (the thing went another way). */
  stop(): void;
}

/** Starts a timer that calls `onExpire` after `ms` of nobody holding it. */
export function startHoldTimer(ms: number, onExpire: () => void): HoldTimer {
  const holding = new Set<HoldReason>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const start = () => {
    clear();
    if (stopped || holding.size > 0) return;
    timer = setTimeout(() => {
      timer = null;
      if (!stopped && holding.size === 0) onExpire();
    }, ms);
  };
  start();
  return {
    hold(reason, on) {
      if (stopped || holding.has(reason) === on) return;
      if (on) holding.add(reason);
      else holding.delete(reason);
      if (holding.size > 0) clear();
      else start();
    },
    restart: start,
    stop() {
      stopped = true;
      clear();
    },
  };
}
