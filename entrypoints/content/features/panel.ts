/**
 * The panel feature: open or closed (the tab, Alt+Shift+K, the popup) and which kinds of highlight
 * are drawn, both remembered across pages. Opened by its key, the panel takes focus (closed, focus
 * goes back to what had it: frames/focus-requests.ts). Its key listener goes when `signal` aborts.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '@/lib/ui/highlight-kinds';
import type { SessionState, Store } from '@/entrypoints/content/page-store';
import { saveHighlightKinds, savePanelOpen } from '@/entrypoints/content/settings';
import { listenForShortcut } from '@/entrypoints/content/shortcut';

/** What the panel lets the reader do. */
export interface PanelFeature {
  /** Opens or closes the panel and remembers it; gives whether it is open. */
  setOpen(open: boolean): Promise<boolean>;
  toggle(): void;
  /** Toggles from a key (Alt+Shift+K or its command): opened so, the panel takes focus, as the reader asked for it. */
  keyToggle(): void;
  /** Shows or hides one kind of highlight, on this page at once and on the next ones. */
  toggleKind(kind: HighlightKind): void;
}

/** Starts the panel's shortcut; the panel's state is the store's `panelOpen` and `kinds`. */
export function startPanel(signal: AbortSignal, store: Store<SessionState>, focusPanel: () => void = () => undefined): PanelFeature {
  const setOpen = async (open: boolean) => {
    store.set({ panelOpen: open });
    await savePanelOpen(open);
    return store.get().panelOpen;
  };
  const toggle = () => void setOpen(!store.get().panelOpen);
  const keyToggle = () => {
    const opening = !store.get().panelOpen;
    toggle();
    if (opening) focusPanel();
  };
  listenForShortcut(signal, keyToggle);
  return {
    setOpen,
    toggle,
    keyToggle,
    toggleKind(kind) {
      const before = store.get().kinds;
      const kinds = { ...before, [kind]: !before[kind] };
      store.get().drawing?.setKinds(HIGHLIGHT_KINDS.filter((k) => kinds[k]));
      store.set({ kinds });
      void saveHighlightKinds(kinds);
    },
  };
}
