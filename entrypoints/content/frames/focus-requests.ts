/**
 * Focus into a frame, and back to what opened it. A surface that takes focus (the panel by its key,
 * a card from the text or the panel, the editor, the notice after a delete) remembers its opener:
 * an element of the page, another surface's frame, or the reader's place in the text (the
 * selection or caret). When the surface closes while focus is in it — Escape, saving, deleting,
 * closing the panel — focus goes back to that opener, or to the opener's opener when it has closed
 * too, else to the panel's tab: never to `<body>`, where the next Tab would start at the top of the
 * page. Requests made before the frames exist (the cards and the notes start before the UI mounts,
 * features/ui.tsx) are carried out once they do.
 */
import type { Surface } from '@/lib/messages/frame-protocol';

/** What a surface was opened from. */
export type Opener = { kind: 'surface'; surface: Surface } | { kind: 'element'; element: HTMLElement } | { kind: 'text'; range: Range };

/** What the requests need of the frames (a FrameHost, plus the tab to fall back on). */
export interface FocusTarget {
  /** Moves focus into the surface's frame: its first control, or (`restore`) where it was last. */
  focus(surface: Surface, restore?: boolean): void;
  /** Whether the surface's frame is shown now. */
  shown(surface: Surface): boolean;
  /** The surface whose frame has focus now, or null. */
  focused(): Surface | null;
  /** Where focus goes when nothing that opened a surface is left: the panel's tab. */
  fallback(): HTMLElement | null;
}

/** Requests of focus, answered by whoever connects. */
export interface FocusRequests {
  /** Moves focus into `surface`, remembering what had it; nothing when focus is in that surface already. */
  request(surface: Surface): void;
  connect(target: FocusTarget): void;
  /** A surface closed while focus was in its frame: focus goes back to its opener. */
  closedWithFocus(surface: Surface): void;
  /** Focus goes into `surface` when it next shows (the notice, once the background has answered a delete). */
  requestOnShow(surface: Surface): void;
  /** A surface's frame was shown. */
  shown(surface: Surface): void;
}

/** Makes the requests; those made before `connect` wait for it. */
export function createFocusRequests(doc: Document = document): FocusRequests {
  let target: FocusTarget | null = null;
  const waiting = new Set<Surface>();
  const openers = new Map<Surface, Opener | null>();
  const onShow = new Set<Surface>();

  const restore = (opener: Opener | null | undefined, seen: Set<Surface>): void => {
    if (!target) return;
    if (opener?.kind === 'surface' && !seen.has(opener.surface)) {
      seen.add(opener.surface);
      if (target.shown(opener.surface)) target.focus(opener.surface, true);
      else restore(openers.get(opener.surface), seen);
      return;
    }
    if (opener?.kind === 'element' && opener.element.isConnected) {
      opener.element.focus();
      if (deepActive(doc) === opener.element) return;
    }
    if (opener?.kind === 'text') {
      backToText(doc, opener.range);
      return;
    }
    target.fallback()?.focus();
  };

  const requests: FocusRequests = {
    request(surface) {
      const opener = openerNow(doc, target?.focused() ?? null);
      if (opener?.kind === 'surface' && opener.surface === surface) return;
      openers.set(surface, opener);
      if (target) target.focus(surface);
      else waiting.add(surface);
    },
    connect(next) {
      target = next;
      for (const surface of waiting) next.focus(surface);
      waiting.clear();
    },
    closedWithFocus(surface) {
      restore(openers.get(surface), new Set([surface]));
    },
    requestOnShow(surface) {
      if (target?.shown(surface)) requests.request(surface);
      else onShow.add(surface);
    },
    shown(surface) {
      if (onShow.delete(surface)) requests.request(surface);
    },
  };
  return requests;
}

/** What has focus now, as an opener: a frame's surface, a page element, or the place in the text. */
export function openerNow(doc: Document, focusedSurface: Surface | null): Opener | null {
  if (focusedSurface) return { kind: 'surface', surface: focusedSurface };
  const active = deepActive(doc);
  if (active && active !== doc.body && active !== doc.documentElement && !(active instanceof HTMLIFrameElement))
    return { kind: 'element', element: active };
  const selection = doc.getSelection();
  if (selection && selection.rangeCount > 0) return { kind: 'text', range: selection.getRangeAt(0).cloneRange() };
  return null;
}

/**
 * Back to the reader's place in the text: focus leaves Kantlijn's frame, and the selection is the
 * one the reader left (or one a key moved since, which is newer and kept).
 */
function backToText(doc: Document, range: Range): void {
  const active = doc.activeElement;
  if (active instanceof HTMLElement && active !== doc.body) active.blur();
  const selection = doc.getSelection();
  if (!selection) return;
  const now = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const place = now && doc.body.contains(now.commonAncestorContainer) ? now.cloneRange() : range;
  if (!place.startContainer.isConnected) return;
  // Set again even when unchanged: the browser's next Tab starts from the selection it was last given.
  selection.removeAllRanges();
  selection.addRange(place);
}

// The focused element, through open shadow roots.
function deepActive(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
