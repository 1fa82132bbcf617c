/**
 * Whether the panel is open, remembered across pages and reloads in the extension's own
 * storage (never the site's localStorage).
 */
import { browser } from 'wxt/browser';

const KEY = 'panelOpen';

/** Reads the remembered state; closed when unknown or when storage fails. */
export async function loadPanelOpen(): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return stored[KEY] === true;
  } catch {
    return false;
  }
}

/** Remembers the state; a failure only means it is not remembered. */
export async function savePanelOpen(open: boolean): Promise<void> {
  try {
    await browser.storage.local.set({ [KEY]: open });
  } catch {
    // Not remembering the panel's state is harmless; the page keeps working.
  }
}
