/**
 * End-to-end harness: the built extension in Debian's Chromium, with the site served offline.
 * Every page of zoek.officielebekendmakingen.nl comes from tests/fixtures; every other http(s)
 * request is aborted and recorded, so a test can prove that nothing left the site.
 * No vitest imports here: scripts/demo.ts uses the same harness.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page, type Route, type Worker } from 'playwright-core';

/** The project root, so paths do not depend on the working directory. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the tests' pages, truth and metadata files live. */
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** The Chromium build that `npm run build` writes (KANTLIJN_EXTENSION_DIR to try another build). */
export const EXTENSION_DIR = process.env.KANTLIJN_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
/** The only host the extension works on; the one host the harness serves. */
export const SITE_HOST = 'zoek.officielebekendmakingen.nl';
/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.KANTLIJN_CHROMIUM ?? '/usr/bin/chromium';

/** Markup a (today's site), b (older div.stuk site) or c (bare markup): see SITE.md. */
export type Variant = 'a' | 'b' | 'c';
const VARIANT_DIRS: Record<Variant, string> = { a: 'pages', b: 'pages-b', c: 'pages-c' };

/** What a test chooses about the site before it opens a page. */
export interface SiteOptions {
  variant: Variant;
  /** false: `/{id}/metadata.xml` answers 404, so the extension must read the page alone. */
  metadata: boolean;
}

/** One running Chromium (a persistent context) and what the harness recorded in it. */
export interface Harness {
  context: BrowserContext;
  /** Host of the extension's service worker URL; null when launched without the extension. */
  extensionId: string | null;
  /** Every http(s) request to a host other than the site: must stay empty. */
  offHost: string[];
  /** Fixture requests that had no file (404): useful when a test fails. */
  notFound: string[];
  /** Mutable: the markup and metadata served from now on. */
  site: SiteOptions;
  /** The extension's background service worker (throws when launched without the extension). */
  worker(): Promise<Worker>;
  /** Opens the fixture with this id at its real address, in a new tab unless `page` is given. */
  open(id: string, options?: Partial<SiteOptions> & { page?: Page }): Promise<Page>;
  /** Closes every tab `open` made that is still open (an afterEach, so a failed test leaves none). */
  closePages(): Promise<void>;
  /** Closes Chromium and removes its profile. */
  close(): Promise<void>;
}

/** The address a fixture page lives at, from its truth file (`url`). */
export function fixtureUrl(id: string): string {
  const truth = JSON.parse(readFileSync(join(FIXTURES, 'truth', `${id}.json`), 'utf8')) as { url: string };
  return truth.url;
}

/** Map from the path (and query) of every truth URL to its fixture id. */
function addressBook(): Map<string, string> {
  const ids = ['ah-tk-20242025-1028', 'gmb-2025-548487', 'h-tk-20232024-4-26', 'kst-21501-02-2553',
    'kst-21501-02-2602', 'kst-35165-9', 'kst-36045-55', 'search-results', 'stcrt-2017-20099'];
  const book = new Map<string, string>();
  for (const id of ids) {
    const url = new URL(fixtureUrl(id));
    book.set(url.pathname + url.search, id);
    if (!book.has(url.pathname)) book.set(url.pathname, id);
  }
  return book;
}

interface Served {
  status: number;
  contentType: string;
  body: string;
}

/** What the site answers for one URL, from the fixture files. */
function serve(url: URL, site: SiteOptions, book: Map<string, string>): Served | null {
  const page = (id: string): Served | null => {
    const file = join(FIXTURES, VARIANT_DIRS[site.variant], `${id}.html`);
    return existsSync(file) ? { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') } : null;
  };
  const exact = book.get(url.pathname + url.search) ?? book.get(url.pathname);
  if (exact) return page(exact);
  const meta = /\/([^/]+)\/metadata\.xml$/.exec(url.pathname);
  if (meta?.[1]) {
    const file = join(FIXTURES, 'metadata', `${meta[1]}.xml`);
    if (!site.metadata || !existsSync(file)) return null;
    return { status: 200, contentType: 'application/xml; charset=utf-8', body: readFileSync(file, 'utf8') };
  }
  // A publication behind other segments (`/dossier/kst-….html`) is the same page.
  const last = /\/([^/]+)\.html$/.exec(url.pathname)?.[1];
  if (last && book.get(`/${last}.html`) === last) return page(last);
  return null;
}

/** Chromium flags for a run with or without the extension. */
function chromiumArgs(extension: boolean): string[] {
  const common = ['--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--no-default-browser-check', '--lang=nl', '--no-sandbox'];
  return extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...common] : common;
}

/** Launch options a test or the demo may choose. */
export interface LaunchOptions {
  /** Load the built extension (default true). false gives a plain browser to compare against. */
  extension?: boolean;
  headless?: boolean;
  site?: Partial<SiteOptions>;
}

/** Starts one Chromium with a fresh profile and the offline site; one per test file. */
export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extension = options.extension ?? true;
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR}/manifest.json is missing: run npm run build`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium chromium-l10n`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'kantlijn-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: chromiumArgs(extension),
    // On Linux Chromium takes its UI language (chrome.i18n, navigator.language) from LANGUAGE,
    // not from --lang; Dutch also needs Debian's chromium-l10n (locales/nl.pak).
    env: { ...process.env, LANGUAGE: 'nl', LANG: 'nl_NL.UTF-8' },
    viewport: { width: 1280, height: 900 },
  });
  const site: SiteOptions = { variant: 'a', metadata: true, ...options.site };
  const offHost: string[] = [];
  const notFound: string[] = [];
  const record = (href: string): void => {
    if (!offHost.includes(href)) offHost.push(href);
  };
  const book = addressBook();
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    if (url.hostname !== SITE_HOST) {
      record(url.href);
      return route.abort('blockedbyclient');
    }
    const served = serve(url, site, book);
    if (!served) notFound.push(url.href);
    return route.fulfill(served ?? { status: 404, contentType: 'text/plain', body: 'Niet gevonden' });
  });
  // Requests that bypass routing (should none exist) are still seen here.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== SITE_HOST) record(url.href);
  });

  let extensionId: string | null = null;
  const isOurs = (w: Worker): boolean => w.url().startsWith('chrome-extension://') && (!extensionId || new URL(w.url()).host === extensionId);
  const worker = async (): Promise<Worker> => {
    if (!extension) throw new Error('launched without the extension');
    const waiting = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 });
    const existing = context.serviceWorkers().find(isOurs);
    if (existing) {
      waiting.catch(() => undefined);
      return existing;
    }
    return waiting;
  };
  if (extension) extensionId = new URL((await worker()).url()).host;
  const opened = new Set<Page>();

  return {
    context,
    extensionId,
    offHost,
    notFound,
    site,
    worker,
    async open(id, opts = {}) {
      if (opts.variant) site.variant = opts.variant;
      if (opts.metadata !== undefined) site.metadata = opts.metadata;
      const page = opts.page ?? (await context.newPage());
      opened.add(page);
      await page.goto(fixtureUrl(id), { waitUntil: 'load' });
      return page;
    },
    async closePages() {
      for (const page of opened) await page.close().catch(() => undefined);
      opened.clear();
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Locators for the extension's UI on a page (Playwright CSS pierces the open shadow root). */
export interface PanelLocators {
  host: Locator;
  toggle: Locator;
  aside: Locator;
  status: Locator;
}

/** The contract's elements, named once so every test looks for the same things. */
export function panel(page: Page): PanelLocators {
  const host = page.locator('kantlijn-panel');
  const aside = host.getByRole('complementary', { name: 'Kantlijn', exact: true });
  return {
    host,
    // The tab at the page's edge: the panel may have its own close button named "Kantlijn sluiten" too.
    toggle: host.getByRole('button', { name: /^Kantlijn (openen|sluiten)$/ }).and(host.locator('[aria-expanded]')),
    aside,
    status: aside.getByRole('status'),
  };
}

/** Presses the panel's shortcut on the page, as a reader would. */
export async function pressShortcut(page: Page): Promise<void> {
  await page.keyboard.press('Alt+Shift+KeyK');
}

/** Opens the panel with Alt+Shift+K (closing it first if it was remembered open). */
export async function openWithShortcut(page: Page): Promise<PanelLocators> {
  const p = panel(page);
  await p.toggle.waitFor({ state: 'attached', timeout: 15_000 });
  if ((await p.toggle.getAttribute('aria-expanded')) === 'true') {
    await pressShortcut(page);
    await p.aside.waitFor({ state: 'detached', timeout: 5_000 });
  }
  await pressShortcut(page);
  await p.aside.waitFor({ state: 'visible', timeout: 5_000 });
  return p;
}

/** What the panel's "Brief"/"Document" list says, read out of the shadow root. */
export interface PanelFacts {
  headings: string[];
  /** dt label → text of its dd(s), whitespace collapsed. */
  facts: Record<string, string>;
  /** Text of each `li` under "Ondertekenaars". */
  signatories: string[];
  /** Text of the role="status" element, or null when there is none. */
  status: string | null;
}

/** Collapses whitespace, as a reader sees text. */
const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Reads the panel as text so a test can compare it with the truth in one assertion. */
export async function readPanel(page: Page): Promise<PanelFacts> {
  // No named functions inside: tsx (the demo) would wrap them in a `__name` helper the page lacks.
  const raw = await panel(page).aside.evaluate((aside: Element) => {
    const lists = [...aside.querySelectorAll('dl')];
    const dl = lists.find((l) => [...l.querySelectorAll('dt')].some((dt) => (dt.textContent ?? '').trim() === 'Soort')) ?? lists[0];
    const status = aside.querySelector('[role="status"]');
    return {
      headings: [...aside.querySelectorAll('h2')].map((e) => (e as HTMLElement).innerText),
      // dt/dd directly in the dl or grouped in a div (both are valid HTML), in document order.
      items: [...(dl?.querySelectorAll(':scope > dt, :scope > dd, :scope > div > dt, :scope > div > dd') ?? [])].map((e) => ({
        tag: e.tagName,
        text: (e as HTMLElement).innerText,
        lis: [...e.querySelectorAll('li')].map((li) => (li as HTMLElement).innerText),
      })),
      status: status ? (status as HTMLElement).innerText : null,
    };
  });
  const facts: Record<string, string> = {};
  let signatories: string[] = [];
  let label: string | null = null;
  for (const item of raw.items) {
    if (item.tag === 'DT') label = clean(item.text);
    else if (label !== null) {
      facts[label] = clean(`${facts[label] ?? ''} ${item.text}`);
      if (label === 'Ondertekenaars') signatories = [...signatories, ...item.lis.map(clean)];
    }
  }
  return { headings: raw.headings.map(clean), facts, signatories, status: raw.status === null ? null : clean(raw.status) };
}

/** The browser's tab id of the tab showing `url`, asked of the service worker (for popup `?tab=`). */
export async function tabIdOf(h: Harness, url: string): Promise<number> {
  const worker = await h.worker();
  const id = await worker.evaluate(async (wanted: string) => {
    interface Tabs { query(q: object): Promise<Array<{ id?: number; url?: string }>> }
    const chromeApi = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const tabs = await chromeApi.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens the popup as a tab describing `tabId`, as the toolbar would for that tab. */
export async function openPopup(h: Harness, tabId: number): Promise<Page> {
  if (!h.extensionId) throw new Error('launched without the extension');
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  return page;
}
