/**
 * "Openen in document": the publication's address with `#kantlijn-note=<id>`, which the content
 * script reads to scroll to the note and flash it. Only web addresses qualify — a note from an
 * imported file could carry `javascript:` or `data:`, which must never become a link.
 */
import type { Note } from '../notes/note';

/** The fragment the content script looks for. */
export const NOTE_FRAGMENT = 'kantlijn-note';

/** The address that opens `note` in its publication, or null when its address is no http(s) URL. */
export function noteLink(note: Pick<Note, 'id' | 'url'>): string | null {
  const url = safeWebUrl(note.url);
  if (!url) return null;
  url.hash = `${NOTE_FRAGMENT}=${encodeURIComponent(note.id)}`;
  return url.href;
}

/** `raw` as a URL when it is an http(s) address; null otherwise (other schemes, junk, empty). */
export function safeWebUrl(raw: string | null | undefined): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
