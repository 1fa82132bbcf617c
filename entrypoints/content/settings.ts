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

async function save(values: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(values);
  } catch {
    // Not remembering a setting is harmless; the page keeps working.
  }
}
