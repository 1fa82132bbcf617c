/**
 * Which address a saved page stands for. `annotate` reads only the pages of the one site Kantlijn
 * runs on: a page saved from another site (it says so itself, or `--url` does) is refused with an
 * error rather than reported as if it were a publication.
 */
import { SITE_HOST, SITE_ORIGIN } from '@/lib/model/site';
import { UsageError } from './args';

// Chrome and Edge write `<!-- saved from url=(0061)https://… -->` at the top of a saved page.
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

/** The address the page names itself: the browser's "saved from" note, its canonical link or og:url. */
export function ownAddress(html: string, doc: Document): string | null {
  const saved = SAVED_FROM.exec(html.slice(0, 4096))?.[1];
  if (saved && /^https?:/i.test(saved)) return saved;
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  if (canonical && /^https?:/i.test(canonical)) return canonical;
  const og = doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
  return og && /^https?:/i.test(og) ? og : null;
}

/** The host of an address ("nl.wikipedia.org"); the address itself when it has none. */
function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/**
 * The address to report the page at: `--url` when given, else the page's own address, else the
 * file's name on the site. Throws when either address is not a page of the site.
 */
export function pageAddress(file: string, given: string | null, own: string | null): string {
  if (given !== null && hostOf(given) !== SITE_HOST) {
    throw new UsageError(`--url ${given} is not a page of ${SITE_HOST}; annotate reads only that site's publications`);
  }
  if (own !== null && hostOf(own) !== SITE_HOST) {
    throw new UsageError(`${file} is a page of ${hostOf(own)}, not of ${SITE_HOST}; annotate reads only that site's publications`);
  }
  return given ?? own ?? fileAddress(file);
}

/** The file's name on the site: a page saved as `kst-21501-02-2553.html` needs no `--url`. */
export function fileAddress(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return `${SITE_ORIGIN}/${encodeURIComponent(name)}`;
}
