/**
 * "Openen in document": the publication's address with `#kantlijn-note=<id>`, which the content
 * script reads to scroll to the note and flash it. Only web addresses qualify — a note from an
 * imported file could carry `javascript:` or `data:`, which must never become a link.
 */
import { safeHref } from '@/lib/util/safe-href';
import type { Note } from '@/lib/notes/note';

/** The fragment the content script looks for. */
export const NOTE_FRAGMENT = 'kantlijn-note';

/** The address that opens `note` in its publication, or null when its address is no http(s) URL. */
export function noteLink(note: Pick<Note, 'id' | 'url'>): string | null {
  const href = safeHref(note.url);
  if (!href) return null;
  const url = new URL(href);
  url.hash = `${NOTE_FRAGMENT}=${encodeURIComponent(note.id)}`;
  return url.href;
}

/** The note id a publication's address asks for (`#kantlijn-note=<id>`), or null. */
export function noteIdFromHash(hash: string): string | null {
  const match = new RegExp(`[#&]${NOTE_FRAGMENT}=([^&]+)`).exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
