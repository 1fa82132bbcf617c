/**
 * Where the panel sits, and the room it makes. In a window wide enough for the panel and a
 * readable column beside it, the panel docks at the right edge and the page is pushed aside by a
 * margin on its root element for the panel's width (while the panel shows), so no text is covered.
 * The margin is a rule in one of the document's adopted style sheets: the page's DOM, its root's
 * attributes too, stays as it was. The reader resizes the panel with its splitter (the panel's
 * frame reports `panel-resize` and `panel-drag`), and the width is remembered in the extension's
 * storage. In a narrower window the panel is a bottom sheet over the text with its own close
 * button; the page then gets room at its bottom, so its last lines can be scrolled above the sheet.
 */
import { defaultFontPx } from '@/entrypoints/content/frames/default-font';
import { loadPanelWidth, savePanelWidth } from '@/entrypoints/content/settings';
import { isTrusted } from '@/lib/util/trusted';
import type { PanelDockView } from '@/lib/messages/frame-protocol';

/** A frame's place as styles (frame-host's `PlacedStyle`, named here so the two modules do not import each other). */
export type PlacedStyle = Partial<Record<'left' | 'top' | 'right' | 'bottom' | 'width' | 'height', string>>;

/** The narrowest panel (pixels): its lists and the Markeringen still fit. */
export const PANEL_MIN = 280;
/** The widest panel. */
export const PANEL_MAX = 720;
/** The narrowest text column the docked panel leaves beside it. */
export const TEXT_MIN = 360;
/** From this window width the panel docks beside the text; below it, it is a bottom sheet. */
export const SIDE_FROM = PANEL_MIN + TEXT_MIN;
/** The panel's width before the reader chose one, in `em` of the browser's default font (24rem). */
export const DEFAULT_EMS = 24;

/** The panel's place in a window: its mode, width and (as a sheet) height. */
export interface DockGeometry extends PanelDockView {
  height: number;
}

/** Where the panel goes in a window of `view` size, for the width the reader wants. Pure. */
export function dockGeometry(view: { width: number; height: number }, wanted: number): DockGeometry {
  if (view.width >= SIDE_FROM) {
    const max = Math.min(PANEL_MAX, view.width - TEXT_MIN);
    const width = Math.round(Math.min(Math.max(wanted, PANEL_MIN), max));
    return { mode: 'side', width, min: PANEL_MIN, max, height: view.height };
  }
  const height = Math.round(Math.min(view.height, Math.max(240, view.height * 0.55)));
  return { mode: 'sheet', width: view.width, min: view.width, max: view.width, height };
}

/** The frame's style for a geometry: full height at the right edge, or across the bottom. Pure. */
export function dockStyle(geometry: DockGeometry): PlacedStyle {
  return geometry.mode === 'side'
    ? { top: '0', right: '0', width: `${geometry.width}px`, height: '100vh' }
    : { left: '0', bottom: '0', width: '100%', height: `${geometry.height}px` };
}

/**
 * The room the page makes for the panel: a margin on its root element's right (docked: the panel
 * and the tab beside it, `tab` px, so neither covers the text) or bottom (sheet). Pure.
 */
export function pageRoom(geometry: DockGeometry, tab = 0): { side: 'right' | 'bottom'; px: number } {
  return geometry.mode === 'side' ? { side: 'right', px: geometry.width + tab } : { side: 'bottom', px: geometry.height };
}

/** The dock of one page. */
export interface PanelDock {
  /** The panel's placement (frame-host's `Placement`). */
  place(): PlacedStyle;
  /** The dock as the panel's frame shows it (the splitter's values). */
  view(): PanelDockView;
  /** The panel was shown or hidden: make room in the page, or give it back. */
  shown(shown: boolean): void;
  /** The reader moved the splitter to `width`; `done` remembers it. */
  resize(width: number, done: boolean): void;
  /** The reader pressed the splitter `grab` px from the panel's edge: follow the pointer until the button is up. */
  drag(grab: number): void;
}

/**
 * Starts the dock. `scope` is the element of Kantlijn's shadow root that holds the tab: it gets
 * the panel's width and the tab's place as CSS variables. `changed` is called when the panel's
 * place changes (the reader resized it, the window changed, the remembered width arrived).
 */
export function startPanelDock(scope: HTMLElement, signal: AbortSignal, changed: () => void): PanelDock {
  // The width the reader wants; its default is measured when the panel is first placed, not at the page's start.
  let wanted: number | null = null;
  const wantedNow = () => (wanted ??= DEFAULT_EMS * defaultFontPx(scope));
  let chosen = false; // the reader resized it on this page: a late stored width must not undo that
  let open = false;
  let applied: DockGeometry | null = null;
  const root = document.documentElement;
  const room = pageRoomRule();
  const geometry = () => dockGeometry({ width: window.innerWidth, height: window.innerHeight }, wantedNow());

  const restore = () => {
    room.clear();
    for (const name of ['--k-panel-width', '--k-tab-top']) scope.style.removeProperty(name);
    applied = null;
  };
  const apply = () => {
    if (!open) {
      if (applied) restore();
      return;
    }
    const g = geometry();
    if (applied && JSON.stringify(applied) === JSON.stringify(g)) return;
    applied = g;
    room.set(pageRoom(g, scope.querySelector('.tab')?.getBoundingClientRect().width ?? 0));
    scope.style.setProperty('--k-panel-width', g.mode === 'side' ? `${g.width}px` : '0px');
    if (g.mode === 'sheet') scope.style.setProperty('--k-tab-top', `calc(${window.innerHeight - g.height}px - 4rem)`);
    else scope.style.removeProperty('--k-tab-top');
  };

  const resize = (width: number, done: boolean) => {
    const g = geometry();
    if (g.mode !== 'side') return;
    chosen = true;
    wanted = Math.min(Math.max(width, g.min), g.max);
    apply();
    changed();
    if (done) void savePanelWidth(wanted);
  };
  // A drag: a transparent shield over the whole window (the panel's frame too) hears the pointer
  // until the button comes up, so the pointer is followed on either side of the splitter.
  let shield: HTMLElement | null = null;
  const drag = (grab: number) => {
    if (shield || !open || geometry().mode !== 'side') return;
    const cover = document.createElement('div');
    cover.className = 'drag-shield';
    cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;cursor:col-resize;touch-action:none';
    shield = cover;
    scope.append(cover);
    const ends = new AbortController();
    let next = wantedNow();
    let frame: number | null = null;
    const follow = (event: PointerEvent) => {
      if (!isTrusted(event)) return;
      next = root.clientWidth - event.clientX + grab;
      if (event.buttons === 0) return end(event);
      frame ??= requestAnimationFrame(() => {
        frame = null;
        resize(next, false);
      });
    };
    const end = (event: Event) => {
      if (!isTrusted(event) || ends.signal.aborted) return;
      ends.abort();
      if (frame !== null) cancelAnimationFrame(frame);
      cover.remove();
      shield = null;
      resize(next, true);
    };
    const opts = { signal: AbortSignal.any([ends.signal, signal]) };
    cover.addEventListener('pointermove', follow, opts);
    cover.addEventListener('pointerup', end, opts);
    cover.addEventListener('pointercancel', end, opts);
    signal.addEventListener('abort', () => cover.remove(), { once: true, signal: ends.signal });
  };

  void loadPanelWidth().then((stored) => {
    if (stored === null || chosen || signal.aborted) return;
    wanted = stored;
    apply();
    changed();
  });
  window.addEventListener(
    'resize',
    () => {
      apply();
      changed();
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', restore, { once: true });

  return {
    place: () => dockStyle(geometry()),
    view() {
      const { mode, width, min, max } = geometry();
      return { mode, width, min, max };
    },
    shown(shown) {
      open = shown;
      apply();
    },
    resize,
    drag,
  };
}

/** The room made in the page: one margin on its root element, set and taken away. */
interface RoomRule {
  set(room: { side: 'right' | 'bottom'; px: number }): void;
  clear(): void;
}

// The margin as a rule in an adopted style sheet of the document. Where the adopted sheets cannot
// be read as a list (Firefox content scripts before 153, bug 1751346), an inline style on the root
// element instead, put back as it was when cleared.
function pageRoomRule(): RoomRule {
  const root = document.documentElement;
  const Sheet = document.defaultView?.CSSStyleSheet;
  const listed = typeof (document.adoptedStyleSheets as { length?: unknown } | undefined)?.length === 'number';
  if (Sheet && listed) {
    const sheet = new Sheet();
    const sheets = () => Array.from(document.adoptedStyleSheets);
    return {
      set({ side, px }) {
        sheet.replaceSync(`html { margin-${side}: ${px}px !important; }`);
        if (!sheets().includes(sheet)) document.adoptedStyleSheets = [...sheets(), sheet];
      },
      clear() {
        if (sheets().includes(sheet)) document.adoptedStyleSheets = sheets().filter((s) => s !== sheet);
      },
    };
  }
  let saved: { style: string | null } | null = null;
  return {
    set({ side, px }) {
      saved ??= { style: root.getAttribute('style') };
      if (saved.style === null) root.removeAttribute('style');
      else root.setAttribute('style', saved.style);
      root.style.setProperty(`margin-${side}`, `${px}px`, 'important');
    },
    clear() {
      if (!saved) return;
      if (saved.style === null) root.removeAttribute('style');
      else root.setAttribute('style', saved.style);
      saved = null;
    },
  };
}
