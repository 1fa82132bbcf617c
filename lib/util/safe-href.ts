/**
 * The one test every link Kantlijn draws passes: cards, the library and the panel link only to
 * web addresses, never to `javascript:` or `data:`, whatever a page or an imported file holds.
 */

/** The address a link may point to: http(s) only, else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
