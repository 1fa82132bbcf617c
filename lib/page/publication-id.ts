/**
 * Publication ids from addresses. The id is the LAST path segment ending in `.html`
 * (`/dossier/kst-31271-14.html`, `/kst-32827-124.html/kst-29279-685.html`); `/{id}` without
 * `.html` is an "Informatie over deze publicatie" page, not the text.
 */

/** Where an address points on the site. */
export interface AddressInfo {
  /** The publication id named by the address, or null. */
  id: string | null;
  /** True only for the text of a publication (`/{id}.html`). */
  isPublicationText: boolean;
}

// Site ids: a lower-case prefix, then dash-separated parts of letters and digits.
const ID = /^([a-z]{1,6}(?:-[a-z]{2})?)-([0-9A-Za-z]+(?:-[0-9A-Za-z]+)*)$/;
const NOT_IDS = new Set(['resultaten', 'zoeken', 'index', 'home']);

/** Reads the publication id (if any) from a URL; tolerates malformed URLs. */
export function readAddress(url: string): AddressInfo {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return { id: null, isPublicationText: false };
  }
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  const last = segments.at(-1);
  if (!last) return { id: null, isPublicationText: false };
  const isHtml = /\.html?$/i.test(last);
  const stem = last.replace(/\.html?$/i, '');
  if (NOT_IDS.has(stem.toLowerCase()) || !ID.test(stem) || !/\d/.test(stem)) {
    return { id: null, isPublicationText: false };
  }
  return { id: stem, isPublicationText: isHtml };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
