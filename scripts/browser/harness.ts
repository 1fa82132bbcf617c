/**
 * End-to-end harness: the built extension in Debian's Chromium, with the site served offline.
 * Every page of zoek.officielebekendmakingen.nl comes from tests/fixtures; every other http(s)
 * request is aborted and recorded, so a test can prove that nothing left the site.
 * No vitest imports here: scripts/demo.ts uses the same harness.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Route, type Worker } from 'playwright-core';
import { createSite, fixtureUrl, ROOT, SITE_HOST, type SiteOptions } from './site';
import type { Report } from '@/lib/model/report';

// Re-exported so tests and the demo import the whole harness from one place.
export { FIXTURES, ROOT, SITE_HOST, fixtureUrl, type SiteOptions, type Variant } from './site';

/** The Chromium build that `npm run build` writes (KANTLIJN_EXTENSION_DIR to try another build). */
export const EXTENSION_DIR = process.env.KANTLIJN_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.KANTLIJN_CHROMIUM ?? '/usr/bin/chromium';

/** One running Chromium (a persistent context) and what the harness recorded in it. */
export interface Harness {
  context: BrowserContext;
  /** Host of the extension's service worker URL; null when launched without the extension. */
  extensionId: string | null;
  /** Every http(s) request to a host other than the site: must stay empty. */
  offHost: string[];
  /** Fixture requests that had no file (404): useful when a test fails. */
  notFound: string[];
  /** The markup and metadata served now: set by each `open` (launch's `site` for what it omits). */
  site: SiteOptions;
  /** The extension's background service worker (throws when launched without the extension). */
  worker(): Promise<Worker>;
  /** Opens the fixture with this id at its real address, in a new tab unless `page` is given;
   *  its options hold for every request until the next `open` (reloads, metadata.xml). */
  open(id: string, options?: Partial<SiteOptions> & { page?: Page }): Promise<Page>;
  /** Closes every tab `open` made that is still open (an afterEach, so a failed test leaves none). */
  closePages(): Promise<void>;
  /** Closes Chromium and removes its profile. */
  close(): Promise<void>;
}

/** Chromium flags for a run with or without the extension. */
function chromiumArgs(extension: boolean): string[] {
  const common = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--no-default-browser-check',
    '--lang=nl',
    '--no-sandbox',
  ];
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
  const defaults: SiteOptions = { variant: 'a', metadata: true, ...options.site };
  const site: SiteOptions = { ...defaults };
  const offHost: string[] = [];
  const notFound: string[] = [];
  const record = (href: string): void => {
    if (!offHost.includes(href)) offHost.push(href);
  };
  const serve = createSite();
  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    if (url.hostname !== SITE_HOST) {
      record(url.href);
      return route.abort('blockedbyclient');
    }
    const served = serve(url, site);
    if (!served) notFound.push(url.href);
    return route.fulfill(served ?? { status: 404, contentType: 'text/plain', body: 'Niet gevonden' });
  });
  // Requests that bypass routing (should none exist) are still seen here.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== SITE_HOST) record(url.href);
  });

  let extensionId: string | null = null;
  const isOurs = (w: Worker): boolean =>
    w.url().startsWith('chrome-extension://') && (!extensionId || new URL(w.url()).host === extensionId);
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
  if (extension) {
    try {
      extensionId = new URL((await worker()).url()).host;
    } catch (error) {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      throw new Error(`the extension's service worker did not start (${EXTENSION_DIR}): ${String(error)}`);
    }
  }
  const opened = new Set<Page>();

  return {
    context,
    extensionId,
    offHost,
    notFound,
    site,
    worker,
    async open(id, opts = {}) {
      site.variant = opts.variant ?? defaults.variant;
      site.metadata = opts.metadata ?? defaults.metadata;
      site.transform = opts.transform;
      const page = opts.page ?? (await context.newPage());
      opened.add(page);
      // The tab in front, as the reader sees it: Chromium holds back a hidden tab's animation frames.
      await page.bringToFront();
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

/**
 * Locators for the extension's UI on a page. The tab and the note button are in the page's shadow
 * root (Playwright's CSS pierces it); the panel, the cards, the editor and the notice are each in a
 * frame of the extension's origin, which locators enter by the frame's name.
 */
export interface PanelLocators {
  /** The shadow host on `<html>`. */
  host: Locator;
  toggle: Locator;
  /** The "Notitie toevoegen" button by a selection. */
  adder: Locator;
  /** Inside the panel's frame. */
  panelFrame: Locator;
  aside: Locator;
  status: Locator;
  /** Inside the card's frame: an actor, event or citation card, or a note card. */
  card: Locator;
  /** Inside the note editor's frame. */
  editor: Locator;
  /** Inside the notice's frame ("Notitie verwijderd", "Ongedaan maken"). */
  notice: Locator;
}

/** The root of a surface's frame, by the frame's name (`kantlijn-panel`, `kantlijn-card`, …). */
export function surface(page: Page, name: 'panel' | 'card' | 'editor' | 'notice'): Locator {
  return page.locator(`kantlijn-panel iframe[name="kantlijn-${name}"]`).contentFrame().locator('body');
}

/** The contract's elements, named once so every test looks for the same things. */
export function panel(page: Page): PanelLocators {
  const host = page.locator('kantlijn-panel');
  const panelFrame = surface(page, 'panel');
  const aside = panelFrame.getByRole('complementary', { name: 'Kantlijn', exact: true });
  return {
    host,
    toggle: host.getByRole('button', { name: /^Kantlijn (openen|sluiten)$/ }).and(host.locator('[aria-expanded]')),
    adder: host.getByRole('button', { name: 'Notitie toevoegen' }),
    panelFrame,
    aside,
    status: aside.getByRole('status'),
    card: surface(page, 'card'),
    editor: surface(page, 'editor'),
    notice: surface(page, 'notice'),
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
/** Rendered lines joined on one line ("W.B. Hoekstra, De Minister van …"). */
const joinLines = (s: string, separator: string): string => s.split('\n').map(clean).filter(Boolean).join(separator);

/** Reads the panel as text so a test can compare it with the truth in one assertion. */
export async function readPanel(page: Page): Promise<PanelFacts> {
  // No named functions inside: tsx (the demo) would wrap them in a `__name` helper the page lacks.
  const raw = await panel(page).aside.evaluate((aside: Element) => {
    const lists = [...aside.querySelectorAll('dl')];
    const dl = lists.find((l) => [...l.querySelectorAll('dt')].some((dt) => (dt.textContent ?? '').trim() === 'Soort')) ?? lists[0];
    const status = aside.querySelector('[role="status"]');
    return {
      // Headings and labels as in the DOM (CSS may print them in capitals); values as rendered
      // (innerText keeps the line breaks between a name and its role).
      headings: [...aside.querySelectorAll('h2')].map((e) => e.textContent ?? ''),
      // dt/dd directly in the dl or grouped in a div (both are valid HTML), in document order.
      items: [...(dl?.querySelectorAll(':scope > dt, :scope > dd, :scope > div > dt, :scope > div > dd') ?? [])].map((e) => ({
        tag: e.tagName,
        text: e.tagName === 'DT' ? (e.textContent ?? '') : (e as HTMLElement).innerText,
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
      facts[label] = [facts[label], joinLines(item.text, ' · ')].filter(Boolean).join(' · ');
      if (label === 'Ondertekenaars') signatories = [...signatories, ...item.lis.map((li) => joinLines(li, ', '))];
    }
  }
  return { headings: raw.headings.map(clean), facts, signatories, status: raw.status === null ? null : clean(raw.status) };
}

/** The browser's tab id of the tab showing `url`, asked of the service worker (for popup `?tab=`). */
export async function tabIdOf(h: Harness, url: string): Promise<number> {
  const worker = await h.worker();
  const id = await worker.evaluate(async (wanted: string) => {
    interface Tabs {
      query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    }
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

/** The page's report, asked of its content script through the service worker (it is ready a moment after the panel mounts). */
export async function reportOf(h: Harness, page: Page): Promise<Report> {
  const tabId = await tabIdOf(h, page.url());
  const worker = await h.worker();
  for (let n = 0; n < 40; n++) {
    const answer = await worker.evaluate((tab: number) => {
      interface Tabs {
        sendMessage(tab: number, message: object): Promise<unknown>;
      }
      const chromeApi = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      return chromeApi.tabs.sendMessage(tab, { type: 'get-report' }) as Promise<{ report: Report | null }>;
    }, tabId);
    if (answer?.report) return answer.report;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no report from the tab showing ${page.url()}`);
}
