/**
 * The one site Kantlijn reads: its host written once, for the manifest, the content scripts, the
 * links Kantlijn makes and the checks of addresses it follows.
 */

/** The site's host. */
export const SITE_HOST = 'zoek.officielebekendmakingen.nl';

/** The origin of the site's pages. */
export const SITE_ORIGIN = `https://${SITE_HOST}`;

/**
 * The match pattern of the site's pages (manifest, content scripts, tabs): https only, so Kantlijn
 * never runs on, nor sends notes to, a page whose text anyone on the network could have changed.
 */
export const SITE_MATCH = `https://${SITE_HOST}/*`;

/** The address of a publication by its id ("kst-36045-55" → ".../kst-36045-55.html"). */
export function publicationUrl(id: string): string {
  return `${SITE_ORIGIN}/${id}.html`;
}

/** Whether an address is a page of the site (https only: Kantlijn never follows a link elsewhere). */
export function isSitePage(url: string): boolean {
  if (!url.startsWith(`${SITE_ORIGIN}/`)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.host === SITE_HOST;
  } catch {
    return false;
  }
}
