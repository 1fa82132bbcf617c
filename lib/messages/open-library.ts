/**
 * Opening the notes library: an extension page, so it is opened by the background (a content
 * script runs in the site's page, which may not navigate to an extension page).
 */
import { browser } from 'wxt/browser';

/** The library's address in this extension, scoped to one publication when given. */
export function libraryPath(documentId: string | null): `/notes.html${string}` {
  return documentId ? `/notes.html?document=${encodeURIComponent(documentId)}` : '/notes.html';
}

/** Opens the library in a new tab next to the reader's. */
export async function openLibraryTab(documentId: string | null): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(libraryPath(documentId)) });
}
