/**
 * The reader's settings for the page UI — whether the panel is open, which kinds of highlight are
 * shown — remembered across pages in the extension's own storage (never the site's).
 */
import { browser } from 'wxt/browser';
import { allHighlightKinds, HIGHLIGHT_KINDS, type HighlightKind } from '@/lib/ui/highlight-kinds';

const PANEL = 'panelOpen';
const KINDS = 'highlightKinds';

/** Reads whether the panel was open; closed when unknown or when storage fails. */
export async function loadPanelOpen(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(PANEL))[PANEL] === true;
  } catch {
    return false;
  }
}

/** Remembers whether the panel is open; a failure only means it is not remembered. */
export async function savePanelOpen(open: boolean): Promise<void> {
  await save({ [PANEL]: open });
}

/** Reads the kinds of highlight shown: every kind unless the reader switched some off. */
export async function loadHighlightKinds(): Promise<Record<HighlightKind, boolean>> {
  const kinds = allHighlightKinds();
  try {
    const stored: unknown = (await browser.storage.local.get(KINDS))[KINDS];
    if (typeof stored === 'object' && stored !== null) {
      for (const kind of HIGHLIGHT_KINDS) {
        const value = (stored as Record<string, unknown>)[kind];
        if (typeof value === 'boolean') kinds[kind] = value;
      }
    }
  } catch {
    // Unreadable settings: every kind shown.
  }
  return kinds;
}

/** Remembers which kinds of highlight are shown. */
export async function saveHighlightKinds(kinds: Readonly<Record<HighlightKind, boolean>>): Promise<void> {
  await save({ [KINDS]: { ...kinds } });
}

const WIDTH = 'panelWidth';

/** Reads the panel's width the reader chose (pixels), or null when never chosen or unreadable. */
export async function loadPanelWidth(): Promise<number | null> {
  try {
    const stored: unknown = (await browser.storage.local.get(WIDTH))[WIDTH];
    return typeof stored === 'number' && Number.isFinite(stored) && stored > 0 ? stored : null;
  } catch {
    return null;
  }
}

/** Remembers the panel's width, so the next page opens it as wide as the reader left it. */
export async function savePanelWidth(width: number): Promise<void> {
  await save({ [WIDTH]: Math.round(width) });
}

async function save(values: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(values);
  } catch {
    // Not remembering a setting is harmless; the page keeps working.
  }
}
