/**
 * The hover controller: turns pointer movement over the page into "open the card of this mention"
 * and "close it", and clicks on a mention into `onActivate` (highlights are not DOM, so they cannot
 * be clicked themselves; a citation becomes a link this way).
 *
 * - Pointer moves on the document: `pointerrawupdate` where the browser has it (Chromium, on a
 *   secure page), which comes as soon as the pointer moves, else `pointermove`, which Chromium
 *   holds until the next frame begins (docs/performance.md). A move looks at once when the last
 *   look was at least `LOOK_GAP_MS` ago, else at the next frame, so a pointer in motion costs at
 *   most one hit-test a frame.
 * - A card opens on intent (`intent.ts`): when the pointer has rested on a mention for `restMs`
 *   (300 ms), never while a button is down (a selection being made) nor right where a selecting
 *   drag ended; a pointer passing over lines opens nothing. A different mention replaces an open
 *   card the same way, after a rest on it.
 * - Leaving a mention closes the card after `closeDelayMs` (250 ms), unless by then the pointer is
 *   over the card (given with `setCardElement`) or focus is inside it.
 * - Keyboard: `open(target)` opens a card for a mention (after `scrollToMention`, say); it stays
 *   until Escape, `close()`, another mention is opened, or a click elsewhere. Escape closes any card.
 * - Scrolling while a card is open: if its mention is still under the pointer (or the card was
 *   opened from the keyboard), `onEnter` comes again with the same target and the mention's new
 *   rect (reposition); otherwise the card closes after the delay. Scrolling opens no card.
 * - Only the reader's own input counts: events a page's script dispatches (not `isTrusted`) move,
 *   open, close and activate nothing.
 * Everything is removed when `signal` aborts; no callback runs after that.
 */
import { isTrusted, type TrustCheck } from '@/lib/util/trusted';
import { createIntent, REST_MS } from './intent';
import { createRestTimer } from './rest-timer';
import { sameTarget, type Target } from './kinds';
import type { Hit } from './hit-test';

/** What the controller asks of the drawing (a `Drawing` is one). */

/** The mark set on the page's timeline when a rest on a mention opens its card. */
export const REST_MARK = 'kantlijn-hover-rest';
export interface HoverSource {
  hitTest(x: number, y: number): Hit | null;
  rectOf(target: Target): DOMRect | null;
}

/** Modifier keys and button of an activating click (ctrl/meta-click may open a new tab). */
export interface Activation {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Options of `startHover`. */
export interface HoverOptions {
  source: HoverSource;
  signal: AbortSignal;
  /** A card should open (or move) for `target`, near `rect` (viewport coordinates). */
  onEnter(target: Target, rect: DOMRect): void;
  /** The open card should close. */
  onLeave(): void;
  /** The reader clicked a mention (not inside a page link, not ending a text selection). */
  onActivate?(target: Target, how: Activation): void;
  /** Whether to follow `pointerrawupdate` rather than `pointermove` (default: when the window has it). */
  rawUpdates?: boolean;
  /** Delay before a card closes after the pointer left its mention (default 250 ms). */
  closeDelayMs?: number;
  /** How long the pointer rests on a mention before its card opens (default `REST_MS`, 300 ms). */
  restMs?: number;
  document?: Document;
  /** Which events are the reader's (default: `isTrusted`); tests, whose events are synthetic, pass their own. */
  trusted?: TrustCheck;
}

/** The controller's handle. */
export interface HoverController {
  /** The target whose card is open, or null. */
  readonly current: Target | null;
  /** Opens the card of a target (keyboard, panel): false when the mention is not rendered and no `rect` was given. */
  open(target: Target, rect?: DOMRect): boolean;
  /** Closes the open card now. */
  close(): void;
  /** The card's element (or null when none is shown): while the pointer is over it or focus is in it, it stays open. */
  setCardElement(element: Element | null): void;
  /**
   * The pointer went onto the card or left it, as told by the card itself: a card drawn in a frame
   * of another origin gets the pointer's events, and the page around it gets none of them.
   */
  pointerOnCard(over: boolean): void;
}

/** The least time between two hit-tests of a moving pointer: a frame. */
export const LOOK_GAP_MS = 16;

/** Starts the controller on the document. */
export function startHover(options: HoverOptions): HoverController {
  const { source, signal, closeDelayMs = 250, restMs = REST_MS, trusted = isTrusted } = options;
  const doc = options.document ?? document;
  const view = doc.defaultView ?? window;
  let current: Target | null = null;
  let mode: 'pointer' | 'keyboard' = 'pointer';
  let pointer: { x: number; y: number } | null = null;
  let frame: number | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  let card: Element | null = null;
  let overCard = false;
  let cardListeners: AbortController | null = null;
  // The latest move had a button down (a selection being made, or a drag).
  let pressed = false;
  const intent = createIntent<Target>({ same: sameTarget, restMs });
  const live = () => !signal.aborted;
  const now = () => view.performance.now();

  const cancelClose = () => {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = null;
  };
  const cardHolds = () => overCard || (card !== null && focusWithin(card));
  const close = () => {
    cancelClose();
    if (current === null || !live()) return;
    current = null;
    mode = 'pointer';
    options.onLeave();
  };
  const scheduleClose = () => {
    if (current === null || closeTimer !== null || mode === 'keyboard') return;
    closeTimer = setTimeout(() => {
      closeTimer = null;
      if (live() && !cardHolds()) close();
    }, closeDelayMs);
  };
  const enter = (target: Target, rect: DOMRect, how: 'pointer' | 'keyboard') => {
    cancelClose();
    current = target;
    mode = how;
    options.onEnter(target, rect);
  };
  // The pointer rested long enough: open the card of the mention still under it.
  const rest = createRestTimer(intent, now, (target) => {
    if (!live() || !pointer || sameTarget(target, current)) return;
    const hit = source.hitTest(pointer.x, pointer.y);
    if (hit && sameTarget(hit.mention.target, target)) {
      // The end of the reader's rest on the page's timeline: the page benchmark measures the card's latency from here.
      performance.clearMarks(REST_MARK);
      performance.mark(REST_MARK);
      enter(target, hit.rect, 'pointer');
    }
  });
  // Feeds the intent where the pointer is now; waits for the rest it names.
  const follow = (over: Target | null) => {
    if (pointer) rest.move(pointer.x, pointer.y, over, pressed);
  };
  const stopRest = () => rest.stop();

  // One look per frame at the latest pointer position, after moves and scrolls.
  let pendingMove = false;
  let pendingScroll = false;
  let lastLook = -Infinity;
  const look = () => {
    frame = null;
    lastLook = view.performance.now();
    const moved = pendingMove;
    const scrolled = pendingScroll;
    pendingMove = false;
    pendingScroll = false;
    if (!live()) return;
    if (current !== null && mode === 'keyboard') {
      // A card opened from the keyboard: another mention the pointer rests on replaces it;
      // scrolling moves it along with its mention; nothing else closes it but Escape or a click.
      if (moved && pointer && !overCard) {
        const hit = source.hitTest(pointer.x, pointer.y);
        follow(hit && !sameTarget(hit.mention.target, current) ? hit.mention.target : null);
      }
      if (scrolled) {
        const rect = source.rectOf(current);
        if (rect) options.onEnter(current, rect);
      }
      return;
    }
    if (!pointer) return;
    if (overCard) return cancelClose();
    const hit = source.hitTest(pointer.x, pointer.y);
    if (moved) follow(hit?.mention.target ?? null);
    if (!hit) return scheduleClose();
    if (sameTarget(hit.mention.target, current)) {
      if (scrolled)
        enter(hit.mention.target, hit.rect, 'pointer'); // same mention, new place
      else cancelClose();
    } else if (moved && !pressed)
      cancelClose(); // moved onto another mention: this card stays until that one's rest opens its own (no flicker)
    else scheduleClose(); // scrolled onto another mention: no card hopping under a still pointer
  };
  const requestLook = () => {
    if (frame === null) frame = view.requestAnimationFrame(look);
  };
  const lookNow = () => {
    if (frame !== null) view.cancelAnimationFrame(frame);
    look();
  };

  const listen = { signal, passive: true } as const;
  const raw = options.rawUpdates ?? 'onpointerrawupdate' in view;
  doc.addEventListener(
    raw ? 'pointerrawupdate' : 'pointermove',
    (event: Event) => {
      const e = event as PointerEvent;
      if (!trusted(e) || e.pointerType === 'touch') return;
      pointer = { x: e.clientX, y: e.clientY };
      pressed = e.buttons !== 0;
      // A move the page hears is over the card only when the card is in its path: a card in a
      // frame hears its own moves, so the page hearing one means the pointer has left it.
      overCard = card !== null && e.composedPath().includes(card);
      pendingMove = true;
      if (raw && view.performance.now() - lastLook >= LOOK_GAP_MS) lookNow();
      else requestLook();
    },
    listen,
  );
  // The pointer left the window.
  doc.addEventListener(
    'pointerout',
    (event) => {
      if (!trusted(event) || event.relatedTarget !== null || event.pointerType === 'touch') return;
      pointer = null;
      stopRest();
      if (!cardHolds()) scheduleClose();
    },
    listen,
  );
  // Scrolling (the page or a box in it) moves mentions under a still pointer.
  doc.addEventListener(
    'scroll',
    (event) => {
      if (current === null || !trusted(event)) return;
      pendingScroll = true;
      requestLook();
    },
    { signal, passive: true, capture: true },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && current !== null && trusted(event)) {
        stopRest();
        close();
      }
    },
    { signal },
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!trusted(event)) return;
      // A selection may be starting: no card opens until the button is up.
      if (event.pointerType !== 'touch') intent.press();
      if (mode === 'keyboard' && current !== null && !(card && event.composedPath().includes(card))) close();
    },
    listen,
  );
  doc.addEventListener(
    'pointerup',
    (event) => {
      if (!trusted(event) || event.pointerType === 'touch') return;
      pressed = false;
      const selection = doc.getSelection();
      intent.release(event.clientX, event.clientY, selection !== null && !selection.isCollapsed);
    },
    listen,
  );
  doc.addEventListener(
    'click',
    (event) => {
      if (!options.onActivate || !trusted(event) || event.defaultPrevented || event.button !== 0) return;
      const path = event.composedPath();
      if (card && path.includes(card)) return;
      if (
        path.some(
          (n) =>
            n instanceof view.Element &&
            n.matches('a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"]'),
        )
      )
        return;
      const selection = doc.getSelection();
      if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return;
      const hit = source.hitTest(event.clientX, event.clientY);
      if (!hit) return;
      const { button, ctrlKey, metaKey, shiftKey, altKey } = event;
      options.onActivate(hit.mention.target, { button, ctrlKey, metaKey, shiftKey, altKey });
    },
    { signal },
  );

  const onCard = (over: boolean) => {
    if (!live() || over === overCard) return;
    overCard = over;
    if (over) return cancelClose();
    // Back on the mention: the next frame's hit-test keeps the card; elsewhere it closes.
    scheduleClose();
    requestLook();
  };

  signal.addEventListener(
    'abort',
    () => {
      cancelClose();
      stopRest();
      if (frame !== null) view.cancelAnimationFrame(frame);
      frame = null;
      cardListeners?.abort();
      cardListeners = null;
      card = null;
      current = null;
    },
    { once: true },
  );

  return {
    get current() {
      return current;
    },
    open(target, rect) {
      if (!live()) return false;
      const where = rect ?? source.rectOf(target);
      if (!where) return false;
      stopRest();
      enter(target, where, 'keyboard');
      return true;
    },
    close() {
      stopRest();
      close();
    },
    pointerOnCard: onCard,
    setCardElement(element) {
      if (element === card) return;
      cardListeners?.abort();
      cardListeners = null;
      card = element;
      overCard = false;
      if (!element || !live()) return;
      cardListeners = new AbortController();
      const opts = { signal: cardListeners.signal, passive: true } as const;
      element.addEventListener('pointerenter', (event) => trusted(event) && onCard(true), opts);
      element.addEventListener('pointerleave', (event) => trusted(event) && onCard(false), opts);
      element.addEventListener(
        'focusout',
        (event) => {
          if (trusted(event) && !overCard) scheduleClose();
        },
        opts,
      );
    },
  };
}

// Focus inside the card: its root's active element (a shadow root keeps its own) is in it.
function focusWithin(element: Element): boolean {
  const root = element.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement ?? null;
  return active !== null && element.contains(active);
}
