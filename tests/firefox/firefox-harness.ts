/**
 * The Firefox end-to-end harness: the built Firefox extension in Debian's `firefox-esr`, driven over
 * WebDriver BiDi by puppeteer-core, with the site served offline from tests/fixtures by the same
 * answering function as the Chromium harness (scripts/browser/site.ts). Every request to another
 * host is aborted and recorded, so a test can prove that nothing left the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { createSite, fixtureUrl, ROOT, SITE_HOST, type SiteOptions } from '@/scripts/browser/site';
import { firstHighlightBox, selectInPage } from '@/tests/e2e/use-harness';

/** The Firefox build (`npm run build:firefox`, or KANTLIJN_OUT_DIR's; KANTLIJN_FIREFOX_EXTENSION_DIR for another). */
export const FIREFOX_EXTENSION_DIR =
  process.env.KANTLIJN_FIREFOX_EXTENSION_DIR ?? join(process.env.KANTLIJN_OUT_DIR ?? join(ROOT, '.output'), 'firefox-mv3');
/** Debian's Firefox ESR; never a downloaded browser. */
export const FIREFOX = process.env.KANTLIJN_FIREFOX ?? '/usr/bin/firefox-esr';
/** The extension's id in Firefox (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'kantlijn@kantlijn.nl';
/** A fixed internal UUID, so the extension's pages have a known `moz-extension://` address. */
export const EXTENSION_UUID = '6f0a1c3e-4b2d-4e8f-9a7c-1d2e3f405162';
/** The origin of the extension's pages. */
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** One running Firefox with the extension installed, and what the harness recorded in it. */
export interface FirefoxHarness {
  browser: Browser;
  /** The browser's version, as "firefox/140.12.0". */
  version: string;
  /** The built manifest that was installed. */
  manifest: { browser_specific_settings?: { gecko?: { strict_min_version?: string } }; web_accessible_resources?: object[] };
  /** Every http(s) request to a host other than the site: must stay empty. */
  offHost: string[];
  /** Uncaught errors of the pages (content scripts' errors show here too): must stay empty. */
  errors: string[];
  /** Opens a fixture publication at its real address in a new tab (or `page`). */
  open(id: string, page?: Page): Promise<Page>;
  /** Opens one of the extension's pages (`/notes.html`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Firefox (headless, Dutch), installs the built extension and serves the site offline. */
export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${FIREFOX_EXTENSION_DIR}/manifest.json is missing: run npm run build:firefox`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox over BiDi cannot set a viewport; the window's own size stands.
    defaultViewport: null,
    extraPrefsFirefox: {
      'intl.locale.requested': 'nl',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== GECKO_ID) throw new Error(`installed as ${installed}, not ${GECKO_ID}`);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as FirefoxHarness['manifest'];
  const site: SiteOptions = { variant: 'a', metadata: true };
  const serve = createSite();
  const offHost: string[] = [];
  const errors: string[] = [];

  const answer = async (request: HTTPRequest): Promise<void> => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return request.continue();
    if (url.hostname !== SITE_HOST) {
      if (!offHost.includes(url.href)) offHost.push(url.href);
      return request.abort('blockedbyclient');
    }
    const served = serve(url, site);
    return request.respond(served ?? { status: 404, contentType: 'text/plain', body: 'Niet gevonden' });
  };
  const watch = async (page: Page): Promise<Page> => {
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setRequestInterception(true);
    // A request the browser dropped meanwhile (a closed tab) cannot be answered: nothing to do.
    page.on('request', (request) => void answer(request).catch(() => undefined));
    return page;
  };

  return {
    browser,
    version: await browser.version(),
    manifest,
    offHost,
    errors,
    async open(id, page) {
      const tab = page ?? (await watch(await browser.newPage()));
      await tab.goto(fixtureUrl(id), { waitUntil: 'load' });
      return tab;
    },
    async openExtensionPage(path) {
      const tab = await watch(await browser.newPage());
      await tab.goto(`${EXTENSION_ORIGIN}${path}`, { waitUntil: 'load' });
      return tab;
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

/** Waits until the content script has drawn the page's highlights (its `kantlijn-drawn` mark). */
export async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('kantlijn-drawn').length > 0, { timeout: 20_000 });
}

/**
 * The frame of one of Kantlijn's surfaces in `page` (`kantlijn-frame.html#surface=…`), once it
 * exists. Over BiDi, puppeteer keeps an extension frame's first address (`about:blank`), so each
 * frame is asked its own address.
 */
export async function surfaceFrame(page: Page, surface: 'panel' | 'card' | 'editor' | 'notice'): Promise<Frame> {
  const wanted = `${EXTENSION_ORIGIN}/kantlijn-frame.html#surface=${surface}&`;
  return poll(async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(wanted)) return frame;
    }
    return null;
  }, `the ${surface} frame in ${page.url()}`);
}

/** Sizes of the `kantlijn-…` entries in `CSS.highlights`, by name. */
export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
    const out: Record<string, number> = {};
    for (const [name, highlight] of registry) if (name.startsWith('kantlijn-')) out[name] = highlight.size;
    return out;
  });
}

/** The viewport point at the middle of the first range of highlight `name` (scrolled into view), or null. */
export async function pointOnHighlight(page: Page, name: string): Promise<{ x: number; y: number; text: string } | null> {
  const box = await page.evaluate(firstHighlightBox, name);
  return box && { x: box.x + box.width / 2, y: box.y + box.height / 2, text: box.text };
}

/** The words under each range of highlight `name`. */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((wanted: string) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    return [...(registry.get(wanted) ?? [])].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    });
  }, name);
}

/** Selects `text` in the publication, as a reader dragging over it would (throws when it is not there). */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(selectInPage, text);
}

/**
 * Asks `check` again every 150 ms until it gives a value (at most ~15 s). For extension pages and
 * frames, whose CSP blocks the `Function()` that puppeteer's `waitForFunction` builds there.
 */
export async function poll<T>(check: () => Promise<T | null | undefined | false>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = await check().catch(() => null);
    if (value !== null && value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/**
 * Clicks the `index`-th element matching `selector` in a surface's frame with the mouse, at its
 * middle as the page shows it. (Firefox 140's BiDi cannot locate a frame's element for
 * puppeteer's `ElementHandle.click`.)
 */
export async function clickInSurface(
  page: Page,
  surface: 'panel' | 'card' | 'editor' | 'notice',
  frame: Frame,
  selector: string,
  index = 0,
): Promise<void> {
  const inner = await poll(
    () =>
      frame.evaluate(
        (sel: string, at: number) => {
          const element = document.querySelectorAll(sel)[at];
          if (!element) return null;
          element.scrollIntoView({ block: 'nearest' });
          const r = element.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        },
        selector,
        index,
      ),
    `${selector} in the ${surface} frame`,
  );
  const outer = await page.evaluate((name: string) => {
    const frameElement = document.querySelector('kantlijn-panel')?.shadowRoot?.querySelector(`iframe[name="${name}"]`);
    if (!frameElement) return null;
    const r = frameElement.getBoundingClientRect();
    return { x: r.left + frameElement.clientLeft, y: r.top + frameElement.clientTop };
  }, `kantlijn-${surface}`);
  if (!outer) throw new Error(`no ${surface} frame in the page`);
  await page.mouse.click(outer.x + inner.x, outer.y + inner.y);
}
