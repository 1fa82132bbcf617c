/**
 * Hover intent, as a pure state machine fed with the pointer's moves and buttons and a clock: a
 * card opens only when the pointer rests on a mention — stays on it, slowly, for `restMs` — so a
 * pointer passing over lines on its way elsewhere opens nothing. While a button is down (a
 * selection being made) nothing opens, and after a drag that left a selection nothing opens until
 * the pointer has moved away from where the button was released (it would cover the note button).
 * No timers and no DOM here: the caller asks `ready` at the time `move` names.
 */

/** How long the pointer rests on a mention before its card opens (ms). */
export const REST_MS = 300;

/** Above this speed (px per ms, 300 px/s) the pointer is passing by, not resting. */
export const REST_SPEED = 0.3;

/** How far the pointer must move from where a selecting drag ended before cards open again (px). */
export const RELEASE_SLOP = 24;

/** Options of `createIntent`. */
export interface IntentOptions<T> {
  /** Whether two candidates are the same mention. */
  same(a: T, b: T): boolean;
  restMs?: number;
  maxSpeed?: number;
  slop?: number;
}

/** The intent's handle. */
export interface Intent<T> {
  /**
   * The pointer is at (x, y) at time `t` (ms), over `over` (null: over no mention), with a button
   * down or not. Gives the time at which to ask `ready` (null: nothing to wait for).
   */
  move(x: number, y: number, t: number, over: T | null, pressed: boolean): number | null;
  /** A button went down: a selection may be starting; nothing opens until it is released. */
  press(): void;
  /** The button came up at (x, y); `selected`: a selection now exists (the drag made one). */
  release(x: number, y: number, selected: boolean): void;
  /** The mention the pointer has rested on long enough at time `t`, or null. */
  ready(t: number): T | null;
  /** When the current candidate's rest will be complete (a timer may fire a little early), or null when nothing is pending. */
  due(): number | null;
  /** Forgets the candidate (a card opened or closed by other means). */
  reset(): void;
}

/** Creates the state machine (see the file comment). */
export function createIntent<T>({ same, restMs = REST_MS, maxSpeed = REST_SPEED, slop = RELEASE_SLOP }: IntentOptions<T>): Intent<T> {
  let candidate: T | null = null;
  let since = 0;
  let last: { x: number; y: number; t: number } | null = null;
  let pressed = false;
  let held: { x: number; y: number } | null = null;

  return {
    move(x, y, t, over, down) {
      const previous = last;
      last = { x, y, t };
      pressed = down;
      if (held && Math.hypot(x - held.x, y - held.y) > slop) held = null;
      if (pressed || held || over === null) {
        candidate = null;
        return null;
      }
      if (candidate === null || !same(candidate, over)) {
        candidate = over;
        since = t;
      } else if (previous) {
        const distance = Math.hypot(x - previous.x, y - previous.y);
        const speed = distance / Math.max(1, t - previous.t);
        if (speed > maxSpeed) since = t; // still moving fast across it: the rest starts again
      }
      return since + restMs;
    },
    press() {
      pressed = true;
      candidate = null;
    },
    release(x, y, selected) {
      pressed = false;
      held = selected ? { x, y } : null;
      candidate = null;
    },
    ready(t) {
      if (candidate === null || pressed || held || t - since < restMs) return null;
      return candidate;
    },
    due() {
      return candidate === null || pressed || held ? null : since + restMs;
    },
    reset() {
      candidate = null;
    },
  };
}
