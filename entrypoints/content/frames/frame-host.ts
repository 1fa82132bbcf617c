/**
 * The frames that show Kantlijn's UI on a page, one per surface (panel, card, editor, notice), each
 * an extension page the page's scripts cannot read. The host creates a frame when its surface is
 * first shown, accepts the port that frame opens (only with the token it was given), sends it the
 * surface's view and places it: the panel at the window's edge, the others where `place` says, at
 * a typical height at once when their place does not depend on it (a card below its mention: not
 * waiting for the frame's answer, which would wait for the page's busy main thread too), else once
 * the frame has said the height its content takes.
 * Everything goes when `signal` aborts.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  FRAME_PAGE,
  parseFramePortName,
  readFrameMessage,
  type FrameAction,
  type Surface,
  type SurfaceView,
  type ToFrame,
} from '@/lib/messages/frame-protocol';
import type { Report } from '@/lib/model/report';
import { startPanelDock } from './panel-dock';

/** Where a frame goes, and whether it must wait for its content's height to be shown there. */
export type PlacedStyle = Partial<Record<'left' | 'top' | 'right' | 'bottom' | 'width' | 'height', string>> & {
  /** The place depends on the height, not yet known: measure (at this width) before showing. */
  waitForHeight?: boolean;
};

/** Where a frame goes, given the height its content takes (null before the frame has said). */
export type Placement = (height: number | null) => PlacedStyle;

/** The frames of a page. */
export interface FrameHost {
  /** Shows `view` in its surface's frame at `place`; null hides the surface. */
  show(surface: Surface, view: SurfaceView | null, place: Placement): void;
  /** The report the panel draws, sent only when it changes. */
  setReport(report: Report | null): void;
  /** Moves focus into the surface's frame, onto its first control or (`restore`) where it last was (now, or once it is shown). */
  focus(surface: Surface, restore?: boolean): void;
  /** The surface whose frame has focus now, or null. */
  focused(): Surface | null;
  /** Loads the frames of `surfaces` now, hidden, so that their first showing does not wait for a load. */
  prepare(surfaces: readonly Surface[]): void;
  /** The frame element of a shown surface (the hover keeps a card open while over it), else null. */
  element(surface: Surface): HTMLIFrameElement | null;
}

const UNPLACED = { left: '', top: '', right: '', bottom: '', width: '', height: '' };

interface Slot {
  token: string;
  frame: HTMLIFrameElement;
  port: Browser.runtime.Port | null;
  /** The frame listens: it said `ready` on this port (messages before that would be lost). */
  ready: boolean;
  view: SurfaceView | null;
  sent: string;
  seq: number;
  /** The content's height for the newest view, once the frame has said it. */
  height: number | null;
  heightSeq: number;
  /** The style last written (see `layout`). */
  placed: string;
  /** The view's seq when the surface was last opened: it is shown once that view is measured. */
  openSeq: number;
  place: Placement;
  wantsFocus: boolean;
  restoreFocus: boolean;
}

/** What the host tells its owner. */
export interface FrameHostEvents {
  /** The reader did something in a frame. */
  onAction(action: FrameAction): void;
  /** The pointer came onto a surface's frame or left it. */
  onPointer(surface: Surface, over: boolean): void;
  /** A surface's frame was shown (its element) or hidden (null). */
  onShown(surface: Surface, frame: HTMLIFrameElement | null): void;
  /** A surface's frame was hidden while focus was in it (focus goes back to what opened it). */
  onClosedWithFocus?(surface: Surface): void;
}

/** Creates the host; frames are appended to `container` (in the page's shadow root). */
export function createFrameHost(container: HTMLElement, signal: AbortSignal, events: FrameHostEvents): FrameHost {
  const slots = new Map<Surface, Slot>();
  let report: Report | null = null;
  let reportSent = false; // to the panel's frame, the only one that draws it
  const own = browser.runtime.getURL('/');
  // The panel's place is the dock's (panel-dock.ts): beside the text or a bottom sheet, resizable.
  const dock = startPanelDock(container.parentElement ?? container, signal, () => {
    const panel = slots.get('panel');
    if (!panel) return;
    send('panel', panel);
    layout('panel', panel);
  });

  const post = (slot: Slot, message: ToFrame) => {
    try {
      slot.port?.postMessage(message);
    } catch {
      slot.port = null; // the frame went; it reconnects when loaded again
      slot.ready = false;
    }
  };
  const send = (surface: Surface, slot: Slot) => {
    if (!slot.port || !slot.ready) return;
    if (surface === 'panel' && !reportSent) {
      post(slot, { type: 'report', report });
      reportSent = true;
    }
    const view = slot.view?.surface === 'panel' ? { ...slot.view, dock: dock.view() } : slot.view;
    const text = JSON.stringify(view);
    if (text === slot.sent) return;
    slot.sent = text;
    slot.seq += 1;
    // On the page's performance timeline: the benchmark splits a card's opening here (docs/performance.md).
    if (surface === 'card' && slot.view) performance.mark('kantlijn-card-view');
    post(slot, { type: 'view', view, seq: slot.seq });
  };
  // A frame is shown once it listens and its place is known; its height is its content's once it
  // has said it for a view since the surface opened (until then the placement's own guess). While
  // hidden it is laid out at its width, so that its content can be measured.
  const layout = (surface: Surface, slot: Slot) => {
    const height = slot.heightSeq >= slot.openSeq ? slot.height : null;
    const { waitForHeight = false, ...style } = slot.view ? slot.place(height) : {};
    const shown = slot.view !== null && slot.ready && !(waitForHeight && height === null);
    // Written only when it changes: a style written on every change of state would make the next
    // read of the window's size lay out the whole page again (tens of ms on a long text).
    // A surface with nothing to show keeps its last place (placing reads the window's size).
    const place = { ...UNPLACED, ...style };
    const placed = JSON.stringify(place);
    if (slot.view && placed !== slot.placed) {
      slot.placed = placed;
      Object.assign(slot.frame.style, place);
    }
    const hidesFocus = !shown && slot.frame.hasAttribute('data-shown') && hasFocus(slot.frame);
    conceal(slot.frame, !shown);
    if (shown !== slot.frame.hasAttribute('data-shown')) {
      slot.frame.toggleAttribute('data-shown', shown);
      if (surface === 'panel') dock.shown(shown);
      events.onShown(surface, shown ? slot.frame : null);
    }
    if (hidesFocus) events.onClosedWithFocus?.(surface);
    if (!shown) return;
    if (slot.wantsFocus) {
      slot.wantsFocus = false;
      slot.frame.focus();
      post(slot, slot.restoreFocus ? { type: 'focus', restore: true } : { type: 'focus' });
    }
  };
  const create = (surface: Surface): Slot => {
    const token = crypto.randomUUID();
    const frame = document.createElement('iframe');
    frame.name = `kantlijn-${surface}`;
    frame.className = `frame frame-${surface}`;
    frame.title = 'Kantlijn';
    conceal(frame, true);
    frame.src = `${browser.runtime.getURL(FRAME_PAGE)}#surface=${surface}&token=${token}`;
    const slot: Slot = {
      token,
      frame,
      port: null,
      ready: false,
      view: null,
      sent: '',
      seq: 0,
      height: null,
      heightSeq: -1,
      placed: '',
      openSeq: 0,
      place: () => ({}),
      wantsFocus: false,
      restoreFocus: false,
    };
    slots.set(surface, slot);
    container.append(frame);
    return slot;
  };

  const onConnect = (port: Browser.runtime.Port) => {
    const named = parseFramePortName(port.name);
    if (!named) return;
    const slot = slots.get(named.surface);
    // Only the frame this host made, loaded from this extension, may draw the surface.
    if (!slot || slot.token !== named.token || !port.sender?.url?.startsWith(own)) return port.disconnect();
    slot.port?.disconnect();
    slot.port = port;
    slot.ready = false;
    slot.sent = '';
    if (named.surface === 'panel') reportSent = false;
    port.onMessage.addListener((raw: unknown) => {
      const message = readFrameMessage(raw);
      if (!message || slot.port !== port) return;
      if (message.type === 'ready') {
        slot.ready = true;
        send(named.surface, slot);
      } else if (message.type === 'size') {
        // A height of an earlier view still shows the surface (a newer view's height follows);
        // only one older than a height already taken is dropped.
        if (message.seq < slot.heightSeq) return;
        // On the page's timeline, for the benchmark: when the frame had drawn the card that opened.
        if (named.surface === 'card' && slot.heightSeq < slot.openSeq && message.drawnAt !== undefined)
          performance.mark('kantlijn-card-drawn', { startTime: Math.max(0, message.drawnAt - performance.timeOrigin) });
        slot.height = message.height;
        slot.heightSeq = message.seq;
      } else if (message.type === 'pointer') events.onPointer(named.surface, message.over);
      else if (message.action.type === 'panel-resize' || message.action.type === 'panel-drag') {
        if (named.surface !== 'panel') return;
        if (message.action.type === 'panel-drag') dock.drag(message.action.grab);
        else dock.resize(message.action.width, message.action.done);
      } else events.onAction(message.action);
      layout(named.surface, slot);
    });
    port.onDisconnect.addListener(() => {
      if (slot.port !== port) return;
      slot.port = null;
      slot.ready = false;
      layout(named.surface, slot);
    });
  };
  browser.runtime.onConnect.addListener(onConnect);
  // An extension reloaded or updated while the page is open: its API then throws on every call.
  const quietly = (action: () => void) => {
    try {
      action();
    } catch {
      // the extension's context is gone; there is nothing left to tell
    }
  };
  signal.addEventListener(
    'abort',
    () => {
      quietly(() => browser.runtime.onConnect.removeListener(onConnect));
      for (const slot of slots.values()) {
        quietly(() => slot.port?.disconnect());
        slot.frame.remove();
      }
      slots.clear();
    },
    { once: true },
  );

  return {
    show(surface, view, place) {
      if (signal.aborted) return;
      const slot = slots.get(surface) ?? (view ? create(surface) : null);
      if (!slot) return;
      if (!view) slot.wantsFocus = false;
      const opening = view !== null && slot.view === null;
      // The benchmark's marks of the card before: one pair at a time, not one per hover of the reading.
      if (opening && surface === 'card') for (const name of ['kantlijn-card-view', 'kantlijn-card-drawn']) performance.clearMarks(name);
      slot.view = view;
      slot.place = surface === 'panel' ? dock.place : place;
      send(surface, slot);
      if (opening) slot.openSeq = slot.seq;
      layout(surface, slot);
    },
    setReport(next) {
      if (next === report) return;
      report = next;
      reportSent = false;
      const panel = slots.get('panel');
      if (panel) send('panel', panel);
    },
    focus(surface, restore = false) {
      const slot = slots.get(surface);
      if (!slot) return;
      slot.wantsFocus = true;
      slot.restoreFocus = restore;
      layout(surface, slot);
    },
    focused() {
      for (const [surface, slot] of slots) if (hasFocus(slot.frame)) return surface;
      return null;
    },
    prepare(surfaces) {
      for (const surface of surfaces) if (!signal.aborted && !slots.has(surface)) create(surface);
    },
    element(surface) {
      const slot = slots.get(surface);
      return slot?.frame.hasAttribute('data-shown') ? slot.frame : null;
    },
  };
}

// Whether focus is in the frame: it is the active element of the root it is in (the page's shadow root).
function hasFocus(frame: HTMLIFrameElement): boolean {
  return (frame.getRootNode() as Document | ShadowRoot).activeElement === frame;
}

/**
 * Hides a frame without `visibility` or `display`: the browser stops rendering a frame hidden so,
 * and the card's first paint after showing it would wait for that. Transparent, not hit by the
 * pointer, and inert (out of the tab order and of the accessibility tree) it is hidden to the reader.
 */
function conceal(frame: HTMLIFrameElement, hidden: boolean): void {
  if (frame.inert === hidden && frame.style.opacity === (hidden ? '0' : '')) return;
  frame.style.opacity = hidden ? '0' : '';
  frame.style.pointerEvents = hidden ? 'none' : '';
  frame.inert = hidden;
}
