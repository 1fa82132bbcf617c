/**
 * Who sent a message to the background. Extension pages (the notes library, the popup) act for the
 * reader on all notes; a content script runs inside a page of the site, whose scripts Kantlijn does
 * not control, so it is held to the publication of its own address (page-scope.ts). What a sender
 * says about itself is not asked: the browser fills in its address.
 */
import { isSitePage } from '@/lib/model/site';
import { readAddress } from '@/lib/page/publication-id';

/** An extension page, or a content script on a page (with the id of the publication it shows, if any). */
export type Caller = { kind: 'extension' } | { kind: 'page'; documentId: string | null };

/** The caller of a message from one of the extension's own pages: full access. */
export const EXTENSION_CALLER: Caller = { kind: 'extension' };

/** The part of a `runtime.MessageSender` (or a port's `sender`) the background reads. */
export interface SenderLike {
  url?: string;
  tab?: { url?: string };
}

/**
 * The caller behind `sender`: an extension page when its address is of the extension's origin
 * (`extensionOrigin`, `runtime.getURL('/')`); anything else, a sender without an address too, is a
 * page limited to the publication its address names (none when it names none).
 */
export function callerOf(sender: SenderLike, extensionOrigin: string): Caller {
  const url = sender.url ?? sender.tab?.url;
  // A sender the browser gave no address is held to nothing: full access is only for what proves it.
  if (url === undefined) return { kind: 'page', documentId: null };
  if (extensionOrigin !== '' && url.startsWith(extensionOrigin)) return EXTENSION_CALLER;
  return { kind: 'page', documentId: publicationOf(url) };
}

/** The id of the publication whose text an address shows on the site (https only), or null. */
export function publicationOf(url: string): string | null {
  if (!isSitePage(url)) return null;
  const address = readAddress(url);
  return address.isPublicationText ? address.id : null;
}
