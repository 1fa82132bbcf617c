/**
 * The offline zoek.officielebekendmakingen.nl: which fixture file answers which URL.
 * Pages live at the address their truth file names; `/{id}/metadata.xml` comes from
 * tests/fixtures/metadata; anything else on the site is a 404.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, so paths do not depend on the working directory. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the tests' pages, truth and metadata files live. */
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** The only host the extension works on; the one host the harness serves. */
export { SITE_HOST } from '@/lib/model/site';

/** Markup a (today's site), b (older div.stuk site) or c (bare markup): see SITE.md. */
export type Variant = 'a' | 'b' | 'c';
const VARIANT_DIRS: Record<Variant, string> = { a: 'pages', b: 'pages-b', c: 'pages-c' };

/** What a test chooses about the site before it opens a page. */
export interface SiteOptions {
  variant: Variant;
  /** false: `/{id}/metadata.xml` answers 404, so the extension must read the page alone. */
  metadata: boolean;
  /** Changes a publication page before it is served (a corrected text, an inserted paragraph). */
  transform?: ((html: string) => string) | undefined;
}

/** The address a fixture page lives at, from its truth file (`url`). */
export function fixtureUrl(id: string): string {
  const truth = JSON.parse(readFileSync(join(FIXTURES, 'truth', `${id}.json`), 'utf8')) as { url: string };
  return truth.url;
}

/** An answer of the site, ready for Playwright's `route.fulfill`. */
export interface Served {
  status: number;
  contentType: string;
  body: string;
}

/** Map from the path (and path + query) of every truth URL to its fixture id. */
function addressBook(): Map<string, string> {
  const book = new Map<string, string>();
  for (const file of readdirSync(join(FIXTURES, 'truth'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const id = file.slice(0, -'.json'.length);
    const url = new URL(fixtureUrl(id));
    book.set(url.pathname + url.search, id);
    if (!book.has(url.pathname)) book.set(url.pathname, id);
  }
  return book;
}

/** The site's answering function (null: 404), built once per browser from the truth files. */
export function createSite(): (url: URL, options: SiteOptions) => Served | null {
  const book = addressBook();
  return (url, options) => {
    const page = (id: string): Served | null => {
      const file = join(FIXTURES, VARIANT_DIRS[options.variant], `${id}.html`);
      if (!existsSync(file)) return null;
      const html = readFileSync(file, 'utf8');
      return { status: 200, contentType: 'text/html; charset=utf-8', body: options.transform ? options.transform(html) : html };
    };
    const exact = book.get(url.pathname + url.search) ?? book.get(url.pathname);
    if (exact) return page(exact);
    const meta = /\/([^/]+)\/metadata\.xml$/.exec(url.pathname);
    if (meta?.[1]) {
      const file = join(FIXTURES, 'metadata', `${meta[1]}.xml`);
      if (!options.metadata || !existsSync(file)) return null;
      return { status: 200, contentType: 'application/xml; charset=utf-8', body: readFileSync(file, 'utf8') };
    }
    // A publication behind other segments (`/dossier/kst-….html`) is the same page.
    const last = /\/([^/]+)\.html$/.exec(url.pathname)?.[1];
    if (last && book.get(`/${last}.html`) === last) return page(last);
    return null;
  };
}
