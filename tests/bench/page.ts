/**
 * `npm run bench` (second part): the extension in the page, in headless Chromium with the built
 * extension (issue 4, "Speed"). Two pages: the bundled letter kst-21501-02-2553 and a generated
 * Handeling of more than 1 MB of text (page-large.ts), served offline by the e2e harness.
 *
 * - annotateMs: `kantlijn-drawn` minus `kantlijn-start`, the content script's performance marks,
 *   read from the page's main world (marks made in the content script's isolated world are on
 *   the same performance timeline). A fresh tab per run; the first load of each page is a warm-up
 *   (`details.firstLoadMs`); the figure is the median of the other runs.
 * - baselineMs: in the same tab, after the marks: a bare TreeWalker read of `document.body`'s text
 *   nodes into one string and `match(/[\p{L}\p{N}]+/gu)` over it (page-inpage.ts `baseline`).
 * - longTasks: `longtask` entries (a PerformanceObserver that an init script starts at document
 *   start) overlapping [kantlijn-start, kantlijn-drawn], median per run; their places relative to
 *   kantlijn-start are in `details.longTaskSpans`.
 * - hoverP95Ms: 50 real pointer moves (`page.mouse.move`) onto actor mentions spread over the page,
 *   each from the move's `timeStamp` — the earliest of its `pointerrawupdate` and `pointermove`
 *   events, read by capturing listeners on the window — to the MutationObserver callback that finds
 *   the moment the card's frame had drawn the card (its own clock, `timeOrigin + now()`, marked on
 *   the page's timeline by the content script as `kantlijn-card-drawn`), less the rest that hover
 *   intent waits for on purpose (first listener → the `kantlijn-hover-rest` mark, reported as
 *   `restP50Ms`). Split into
 *   delivery (timeStamp → first listener, the browser's part) and handler (first listener → card
 *   in the DOM). The card is closed with Escape before each move. Two series: `moving` (frames
 *   running, the move at a random moment of the frame, as when a pointer in motion reaches a name:
 *   Chromium delivers `pointermove` when the next frame begins, `pointerrawupdate` at once; the
 *   extension follows the latter where the page is secure) gives the headline figure; `settled`
 *   (the page still for 50 ms) is in `details.hover`.
 * - markjsMs: mark.js 8 on `#broodtekst` of a fresh copy of the page in a browser without the
 *   extension, with the distinct surface texts of the report's actor mentions (the 40 most
 *   mentioned when there are more), phrases as wholes, case-sensitive, other options default;
 *   `speedupVsMarkjs` = markjsMs / annotateMs.
 * - where the time goes: the panel's arrival, the metadata.xml request and the end of the
 *   background's extraction on the annotation's clock; the content script's steps timed one by one
 *   in a page without the extension (page-phases.ts); the background's `extract` answer timed from
 *   an extension page with the same text.
 * Merges `"page": { "letter", "large" }` into bench/results.json. Not a test: nothing fails here.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { build } from 'vite';
import type { Report } from '@/lib/model/report';
import { CHROMIUM, EXTENSION_DIR, fixtureUrl, launch, reportOf, ROOT, type Harness } from '@/scripts/browser/harness';
import {
  aimAt,
  baseline,
  cardOpen,
  hoverResult,
  INIT_SCRIPT,
  observe,
  prepareHover,
  runMarkjs,
  waitForDrawn,
  type LongTask,
  type MarkjsRun,
  type PageObservation,
} from './page-inpage';
import { ensureBenchBuild, median, percentile, round } from './bench-kit';
import { buildLargePage, LARGE_METADATA_URL, LARGE_URL, type LargePage } from './page-large';
import type { PhaseTimes } from './page-phases';
import { RESULTS, writeResults } from './results-file';

const MARKJS = join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
const HOVERS = 50;
const MARKJS_MAX_STRINGS = 40;
const MARKJS_OPTIONS = { separateWordSearch: false, caseSensitive: true };
const TARGETS = { ratio: 8, longTasks: 0, hoverP95Ms: 16, speedupVsMarkjs: 20 };

interface Subject {
  name: 'letter' | 'large';
  url: string;
  runs: number;
  markjsRuns: number;
  phaseRuns: number;
  timeoutMs: number;
}

const SUBJECTS: Subject[] = [
  { name: 'letter', url: fixtureUrl('kst-21501-02-2553'), runs: 9, markjsRuns: 5, phaseRuns: 3, timeoutMs: 20_000 },
  { name: 'large', url: LARGE_URL, runs: 7, markjsRuns: 3, phaseRuns: 3, timeoutMs: 90_000 },
];

const log = (s: string): void => void process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------
// Setup: a current build, the large page's routes, the in-page helpers.

/** The phase probe (page-phases.ts and the library code it runs) as one classic script. */
async function bundlePhases(): Promise<string> {
  const out = await build({
    configFile: false,
    // "@/" is the project's root, as WXT's tsconfig and Vite define it.
    resolve: { alias: { '@': ROOT.replace(/\/$/, '') } },
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: { entry: join(import.meta.dirname, 'page-phases.ts'), formats: ['iife'], name: 'kantlijnPhasesBundle', fileName: 'phases' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if ('output' in o) {
      const chunk = o.output.find((c) => c.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('vite gave no bundle of page-phases.ts');
}

/** When (epoch ms) the large page's metadata.xml was asked for, most recent last. */
const metadataAsked: number[] = [];

/** Serves the large page and its metadata.xml (these routes take precedence over the harness's) and installs the init script. */
async function prepare(context: BrowserContext, large: LargePage): Promise<void> {
  await context.addInitScript(INIT_SCRIPT);
  await context.route(LARGE_URL, (route: Route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: large.html }),
  );
  await context.route(LARGE_METADATA_URL, (route: Route) => {
    metadataAsked.push(Date.now());
    return route.fulfill({ status: 200, contentType: 'application/xml; charset=utf-8', body: large.metadataXml });
  });
}

/**
 * Notes in the background service worker when an extraction was done, for both ways the page asks:
 * the extraction port (lib/messages/extract-port.ts; the first reading streams its text) — a second
 * `runtime.onConnect` listener wraps the port's `postMessage`, so the answer's time is noted as it
 * is posted — and the one `extract` message (a reading again, or the port's fallback) — a second
 * `runtime.onMessage` listener: listeners run in the order they were added, and the extension's own
 * listener extracts synchronously, so this one runs when the extraction is done. Neither answers or
 * changes anything the extension sends. Added again if the worker restarted.
 */
async function watchBackground(h: Harness): Promise<void> {
  const worker = await h.worker();
  await worker.evaluate(() => {
    interface OnMessage {
      addListener(f: (message: unknown) => undefined): void;
    }
    interface Port {
      name: string;
      postMessage(message: unknown): void;
    }
    interface OnConnect {
      addListener(f: (port: Port) => void): void;
    }
    const g = globalThis as unknown as {
      __kantlijnBenchExtract?: number[];
      chrome: { runtime: { onMessage: OnMessage; onConnect: OnConnect } };
    };
    if (g.__kantlijnBenchExtract) return;
    const seen: number[] = [];
    g.__kantlijnBenchExtract = seen;
    g.chrome.runtime.onMessage.addListener((message) => {
      if ((message as { type?: unknown } | null)?.type === 'extract') seen.push(performance.timeOrigin + performance.now());
      return undefined;
    });
    g.chrome.runtime.onConnect.addListener((port) => {
      if (port.name !== 'kantlijn-extract') return;
      const post = port.postMessage.bind(port);
      port.postMessage = (message: unknown) => {
        if ((message as { ok?: unknown } | null)?.ok === true) seen.push(performance.timeOrigin + performance.now());
        post(message);
      };
    });
  });
}

/** The epoch times of the extractions the background finished since the last call (port answers and `extract` messages). */
async function backgroundExtractions(h: Harness): Promise<number[]> {
  const worker = await h.worker();
  return worker.evaluate(() => (globalThis as unknown as { __kantlijnBenchExtract?: number[] }).__kantlijnBenchExtract?.splice(0) ?? []);
}

// ---------------------------------------------------------------------------------------------
// The extension in the page.

interface AnnotateRun {
  annotateMs: number;
  baselineMs: number;
  baselineReps: number;
  words: number;
  obs: PageObservation;
  start: number;
  drawn: number;
  /** After kantlijn-start: the panel's host attached, metadata.xml asked for, the background's extraction done (null: not seen). */
  panelAfterMs: number | null;
  metadataAskedAfterMs: number | null;
  extractedAfterMs: number | null;
}

async function annotateOnce(h: Harness, subject: Subject): Promise<{ page: Page; run: AnnotateRun }> {
  const context = h.context;
  await watchBackground(h);
  await backgroundExtractions(h);
  metadataAsked.length = 0;
  const page = await context.newPage();
  await page.goto(subject.url, { waitUntil: 'load', timeout: subject.timeoutMs });
  const marks = await page.evaluate(waitForDrawn, subject.timeoutMs);
  if (marks.start === null || marks.drawn === null)
    throw new Error(`${subject.name}: no kantlijn-drawn mark within ${subject.timeoutMs} ms (start ${marks.start})`);
  // Let the last steps after the mark (remembering the document, the panel's redraw) and the
  // observers' deliveries pass before reading the buffers and timing the baseline.
  await page.waitForTimeout(400);
  const obs = await page.evaluate(observe, { start: marks.start, drawn: marks.drawn });
  const base = await page.evaluate(baseline, 5);
  const startEpoch = obs.timeOrigin + marks.start;
  const extracted = (await backgroundExtractions(h))[0];
  const asked = metadataAsked[0];
  return {
    page,
    run: {
      annotateMs: marks.drawn - marks.start,
      baselineMs: base.ms,
      baselineReps: base.reps,
      words: base.words,
      obs,
      start: marks.start,
      drawn: marks.drawn,
      panelAfterMs: obs.panelAt !== null ? obs.panelAt - marks.start : null,
      metadataAskedAfterMs: asked !== undefined ? asked - startEpoch : null,
      extractedAfterMs: extracted !== undefined ? extracted - startEpoch : null,
    },
  };
}

/** Card-open times of one series of hovers (ms, the page's clock). */
interface HoverSeries {
  hovers: number;
  misses: number;
  /** pointermove `timeStamp` → card in the DOM. */
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Of these, the part before the page's first listener ran: the browser delivering the move. */
  deliveryP50Ms: number;
  deliveryP95Ms: number;
  /** And the part after: first listener → card in the DOM (the extension's frame wait, hit-test and render). */
  handlerP50Ms: number;
  handlerP95Ms: number;
  /** Of the handler's part: the content script until it sent the card's view to the frame, and the frame until it was shown. */
  scriptP95Ms: number;
  frameP95Ms: number;
  /** The rest hover intent waited for before opening (first listener → `kantlijn-hover-rest`), left out of the figures above. */
  restP50Ms: number;
  timesMs: number[];
}

interface HoverFigures {
  distinctMentions: number;
  actorMentions: number;
  /** Of the hovered mentions, those whose range's text is the report's mention text (the offsets agree). */
  rangesMatchingReport: number;
  /** The pointer arrives while frames are being produced, at a random moment of the frame. */
  moving: HoverSeries;
  /** The pointer arrives on a page that has been still for 50 ms. */
  settled: HoverSeries;
  labels: string[];
}

/**
 * 50 pointer moves onto actor mentions spread evenly over the page (every mention in turn when
 * there are fewer), twice: with the frame clock running and on a settled page. The ranges come
 * from the report's offsets and the probe's text index (the bundle is added to the page's main
 * world for this; it draws nothing).
 */
async function hover(page: Page, report: Report, bundle: string): Promise<HoverFigures> {
  const mentions = report.actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
  const n = mentions.length;
  if (!n) throw new Error('no actor mentions to hover');
  const picked = Array.from(
    { length: HOVERS },
    (_, i) => mentions[n >= HOVERS ? Math.floor((i * n) / HOVERS) : i % n] as Report['actors'][number]['mentions'][number],
  );
  const unique = [...new Set(picked)];
  await page.addScriptTag({ content: bundle });
  const texts = await page.evaluate(
    (spans) => {
      const probe = (globalThis as unknown as { kantlijnPhases: { mentionRanges(s: typeof spans): Array<string | null> } }).kantlijnPhases;
      return probe.mentionRanges(spans);
    },
    unique.map(({ start, end }) => ({ start, end })),
  );
  const matching = texts.filter((t, i) => t !== null && t === unique[i]?.text).length;
  if (!(await page.evaluate(prepareHover))) throw new Error('no mention ranges to hover');
  const order = picked.map((m) => unique.indexOf(m));
  const labels = new Set<string>();
  const series = async (moving: boolean): Promise<HoverSeries> => {
    const times: number[] = [];
    const delivery: number[] = [];
    const handler: number[] = [];
    const script: number[] = [];
    const inFrame: number[] = [];
    const rests: number[] = [];
    let misses = 0;
    for (const k of order) {
      if (await page.evaluate(cardOpen)) {
        await page.keyboard.press('Escape');
        await page.waitForFunction(
          () => !document.querySelector('kantlijn-panel')?.shadowRoot?.querySelector('iframe[name="kantlijn-card"][data-shown]'),
          null,
          {
            timeout: 5000,
          },
        );
      }
      const point = await page.evaluate(aimAt, { k, moving });
      if (!point) {
        misses++;
        continue;
      }
      if (moving) await new Promise((r) => setTimeout(r, Math.random() * 17)); // a random moment of the frame
      await page.mouse.move(point.x, point.y);
      const r = await page.evaluate(hoverResult, 1000);
      if (r.moveAt === null || r.openAt === null) {
        misses++;
        continue;
      }
      // The rest that hover intent waits for on purpose is the reader's, not the machinery's: it is left out.
      const waited = r.restAt === null ? 0 : r.restAt - (r.listenerAt ?? r.moveAt);
      rests.push(waited);
      times.push(r.openAt - r.moveAt - waited);
      if (r.listenerAt !== null) {
        delivery.push(r.listenerAt - r.moveAt);
        handler.push(r.openAt - r.listenerAt - waited);
        if (r.sentAt !== null) {
          script.push(r.sentAt - r.listenerAt - waited);
          inFrame.push(r.openAt - r.sentAt);
        }
      }
      if (r.label) labels.add(r.label);
    }
    return {
      hovers: times.length,
      misses,
      p50Ms: round(percentile(times, 50), 2),
      p95Ms: round(percentile(times, 95), 2),
      maxMs: round(Math.max(...times), 2),
      deliveryP50Ms: round(percentile(delivery, 50), 2),
      deliveryP95Ms: round(percentile(delivery, 95), 2),
      handlerP50Ms: round(percentile(handler, 50), 2),
      handlerP95Ms: round(percentile(handler, 95), 2),
      scriptP95Ms: round(percentile(script, 95), 2),
      frameP95Ms: round(percentile(inFrame, 95), 2),
      restP50Ms: round(percentile(rests, 50), 2),
      timesMs: times.map((t) => round(t, 1)),
    };
  };
  const moving = await series(true);
  const settled = await series(false);
  return {
    distinctMentions: unique.length,
    actorMentions: n,
    rangesMatchingReport: matching,
    moving,
    settled,
    labels: [...labels].slice(0, 12),
  };
}

/** The distinct surface texts of the actor mentions, most mentioned first (first appearance breaks ties). */
function mentionStrings(report: Report): { strings: string[]; distinct: number; mentions: number } {
  const counts = new Map<string, { n: number; first: number }>();
  for (const a of report.actors) {
    for (const m of a.mentions) {
      const c = counts.get(m.text);
      if (c) {
        c.n++;
        c.first = Math.min(c.first, m.start);
      } else counts.set(m.text, { n: 1, first: m.start });
    }
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
  const strings = sorted.slice(0, MARKJS_MAX_STRINGS).map(([t]) => t);
  const mentions = sorted.slice(0, MARKJS_MAX_STRINGS).reduce((s, [, c]) => s + c.n, 0);
  return { strings, distinct: counts.size, mentions };
}

// ---------------------------------------------------------------------------------------------
// Without the extension: mark.js and the phase probe.

async function markjs(context: BrowserContext, subject: Subject, strings: string[]): Promise<MarkjsRun[]> {
  const runs: MarkjsRun[] = [];
  for (let i = 0; i < subject.markjsRuns; i++) {
    const page = await context.newPage();
    await page.goto(subject.url, { waitUntil: 'load', timeout: subject.timeoutMs });
    await page.addScriptTag({ path: MARKJS });
    runs.push(await page.evaluate(runMarkjs, { strings, options: MARKJS_OPTIONS }));
    await page.close();
  }
  return runs;
}

/** A phase probe run, with the time to compile and evaluate the probe's script (library code, gazetteer built at import). */
type PhaseRun = PhaseTimes & { scriptEvalMs: number };

async function phases(
  context: BrowserContext,
  subject: Subject,
  bundle: string,
  report: Report,
): Promise<{ runs: PhaseRun[]; text: string }> {
  const extractContext = {
    id: report.document.id,
    documentDate: report.document.date,
    kind: report.document.kind,
    letters: report.document.letters,
  };
  const runs: PhaseRun[] = [];
  let text = '';
  for (let i = 0; i < subject.phaseRuns; i++) {
    const page = await context.newPage();
    await page.goto(subject.url, { waitUntil: 'load', timeout: subject.timeoutMs });
    await page.addScriptTag({
      content: `performance.mark('kantlijn-bench-eval-0');\n${bundle}\nperformance.mark('kantlijn-bench-eval-1');`,
    });
    const scriptEvalMs = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN;
      return at('kantlijn-bench-eval-1') - at('kantlijn-bench-eval-0');
    });
    const r = await page.evaluate(
      ({ ctx, url, withText }) => {
        const probe = (globalThis as unknown as { kantlijnPhases: { probe(c: typeof ctx, u: string, w: boolean): Promise<PhaseTimes> } })
          .kantlijnPhases;
        return probe.probe(ctx, url, withText);
      },
      { ctx: extractContext, url: subject.url, withText: i === 0 },
    );
    if (r.text !== undefined) text = r.text;
    runs.push({ ...r, text: undefined, scriptEvalMs });
    await page.close();
  }
  return { runs, text };
}

/** The background's `extract` answer timed from an extension page: messaging both ways plus the extraction in the service worker. */
async function backgroundExtract(h: Harness, text: string, report: Report, runs: number): Promise<number[]> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  const context = {
    id: report.document.id,
    documentDate: report.document.date,
    kind: report.document.kind,
    letters: report.document.letters,
  };
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const r = await page.evaluate(
      async (args: { text: string; context: object }) => {
        interface Runtime {
          sendMessage(message: object): Promise<{ ok: boolean }>;
        }
        const chromeApi = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
        const t0 = performance.now();
        const answer = await chromeApi.runtime.sendMessage({ type: 'extract', text: args.text, context: args.context });
        return { ms: performance.now() - t0, ok: answer.ok };
      },
      { text, context },
    );
    if (!r.ok) throw new Error('the background did not extract');
    if (i > 0) times.push(r.ms); // the first is a warm-up
  }
  await page.close();
  return times;
}

// ---------------------------------------------------------------------------------------------

/** Median of the finite values (NaN when there are none). */
const medianOf = (values: ReadonlyArray<number | null>): number =>
  median(values.filter((v): v is number => v !== null && Number.isFinite(v)));

async function main(): Promise<void> {
  const t0 = Date.now();
  ensureBenchBuild(EXTENSION_DIR);
  const large = buildLargePage();
  const bundle = await bundlePhases();
  const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
  log(
    `page bench: large page ${(large.htmlBytes / 1024 / 1024).toFixed(2)} MB of markup, ~${(large.textBytes / 1024 / 1024).toFixed(2)} MB of text`,
  );

  interface Collected {
    first: AnnotateRun;
    runs: AnnotateRun[];
    report: Report;
    hover: HoverFigures;
  }
  interface Plain {
    markjs: MarkjsRun[];
    phases: PhaseRun[];
    text: string;
    strings: ReturnType<typeof mentionStrings>;
  }
  const collected = new Map<Subject['name'], Collected>();
  const plainResults = new Map<Subject['name'], Plain>();
  const swTimes = new Map<Subject['name'], number[]>();

  // 1. The extension: annotation runs, the report, hovering.
  const ext = await launch();
  try {
    await prepare(ext.context, large);
    for (const subject of SUBJECTS) {
      log(`page bench: ${subject.name}: annotating (${subject.runs + 1} loads)`);
      const warm = await annotateOnce(ext, subject);
      await warm.page.close();
      const runs: AnnotateRun[] = [];
      let last: Page | null = null;
      for (let i = 0; i < subject.runs; i++) {
        const { page, run } = await annotateOnce(ext, subject);
        runs.push(run);
        if (last) await last.close();
        last = page;
      }
      if (!last) throw new Error('no runs');
      const report = await reportOf(ext, last);
      log(`page bench: ${subject.name}: ${HOVERS} hovers`);
      const hovered = await hover(last, report, bundle);
      await last.close();
      collected.set(subject.name, { first: warm.run, runs, report, hover: hovered });
    }

    // 2. Without the extension: mark.js and the phases.
    const plain = await launch({ extension: false });
    try {
      await prepare(plain.context, large);
      for (const subject of SUBJECTS) {
        const c = collected.get(subject.name) as Collected;
        const strings = mentionStrings(c.report);
        log(
          `page bench: ${subject.name}: mark.js with ${strings.strings.length} strings (${subject.markjsRuns} runs), phases (${subject.phaseRuns} runs)`,
        );
        const mj = await markjs(plain.context, subject, strings.strings);
        const ph = await phases(plain.context, subject, bundle, c.report);
        plainResults.set(subject.name, { markjs: mj, phases: ph.runs, text: ph.text, strings });
      }
    } finally {
      await plain.close();
    }

    // 3. The background's extraction of the same text, asked from an extension page.
    for (const subject of SUBJECTS) {
      const p = plainResults.get(subject.name);
      const c = collected.get(subject.name);
      if (p && c) swTimes.set(subject.name, await backgroundExtract(ext, p.text, c.report, 3));
    }
  } finally {
    await ext.close();
  }

  const figuresOf = (name: Subject['name']) => {
    const c = collected.get(name) as Collected;
    const p = plainResults.get(name);
    const annotateMs = median(c.runs.map((r) => r.annotateMs));
    const baselineMs = median(c.runs.map((r) => r.baselineMs));
    const longTaskCounts = c.runs.map((r) => r.obs.longTasks.length);
    const markjsMs = p ? median(p.markjs.map((r) => r.ms)) : NaN;
    const ph = p?.phases ?? [];
    const sw = swTimes.get(name) ?? [];
    const last = c.runs[c.runs.length - 1] as AnnotateRun;
    const phase = (f: (r: PhaseRun) => number) => round(median(ph.map(f)));
    return {
      annotateMs: round(annotateMs),
      baselineMs: round(baselineMs, 2),
      ratio: round(annotateMs / baselineMs, 2),
      longTasks: median(longTaskCounts),
      hoverP95Ms: c.hover.moving.p95Ms,
      markjsMs: round(markjsMs),
      speedupVsMarkjs: round(markjsMs / annotateMs, 2),
      details: {
        annotateRunsMs: c.runs.map((r) => round(r.annotateMs)),
        firstLoadMs: round(c.first.annotateMs),
        baselineRunsMs: c.runs.map((r) => round(r.baselineMs, 3)),
        baselineRepsPerSample: last.baselineReps,
        words: last.words,
        textBytes: last.obs.textBytes,
        domElements: last.obs.domElements,
        /** Ranges in the kantlijn-* highlights after the marks, at the top of the page (the extension may register only those near the viewport). */
        rangesRegistered: Object.values(last.obs.highlights).reduce((sum, v) => sum + v, 0),
        highlights: last.obs.highlights,
        actors: c.report.actors.length,
        actorMentions: c.report.actors.reduce((sum, a) => sum + a.mentions.length, 0),
        events: c.report.events.length,
        references: c.report.references.length,
        longTasksPerRun: longTaskCounts,
        /** Long tasks that began after kantlijn-start (the count above also has the task that was running when it was marked). */
        longTasksBegunAfterStart: median(c.runs.map((r) => r.obs.longTasks.filter((t) => t.start >= r.start).length)),
        /** Each long task: [start relative to kantlijn-start, duration], ms. */
        longTaskSpans: c.runs.flatMap((r) => r.obs.longTasks.map((t: LongTask) => [round(t.start - r.start), round(t.duration)])),
        timeline: {
          panelMountedAfterMs: round(medianOf(c.runs.map((r) => r.panelAfterMs))),
          metadataXmlAskedAfterMs: round(medianOf(c.runs.map((r) => r.metadataAskedAfterMs))),
          backgroundExtractionDoneAfterMs: round(medianOf(c.runs.map((r) => r.extractedAfterMs))),
          drawnAfterMs: round(annotateMs),
        },
        hover: c.hover,
        markjs: p
          ? {
              strings: p.strings.strings.length,
              distinctActorSurfaces: p.strings.distinct,
              chosen: p.strings.strings.length < p.strings.distinct ? `the ${MARKJS_MAX_STRINGS} most mentioned` : 'all',
              extensionMentionsOfThese: p.strings.mentions,
              marks: p.markjs[0]?.marks ?? 0,
              options: MARKJS_OPTIONS,
              runsMs: p.markjs.map((r) => round(r.ms)),
              longestTaskMs: round(Math.max(0, ...p.markjs.flatMap((r) => r.longTasks.map((t) => t.duration)))),
            }
          : null,
        phases: {
          scriptEvalMs: phase((r) => r.scriptEvalMs),
          readColdMs: phase((r) => r.readColdMs),
          bodyMs: phase((r) => r.bodyMs),
          indexMs: phase((r) => r.indexMs),
          readSyncMs: phase((r) => r.readSyncMs),
          extractColdMainThreadMs: phase((r) => r.extractColdMs),
          backgroundExtractRoundTripMs: round(median(sw)),
          drawMs: phase((r) => r.drawMs),
          drawYieldMs: phase((r) => r.drawYieldMs),
          textLength: ph[0]?.textLength ?? 0,
          mentions: ph[0]?.mentions ?? 0,
        },
        runs: {
          annotate: c.runs.length,
          warmup: 1,
          hovers: c.hover.moving.hovers + c.hover.settled.hovers,
          markjs: p?.markjs.length ?? 0,
          phases: ph.length,
          backgroundExtract: sw.length,
        },
        chromium,
        date: new Date().toISOString(),
      },
    };
  };
  type Figures = ReturnType<typeof figuresOf>;
  const L: Figures = figuresOf('letter');
  const G: Figures = figuresOf('large');

  writeResults({ page: { letter: L, large: G } });

  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const ms = (n: number) => (Number.isFinite(n) ? `${n}` : '—');
  const both = (f: (x: Figures) => string): [string, string] => [f(L), f(G)];
  const table: Array<[string, string, string, string]> = [
    ['', 'letter', 'large', 'target'],
    [
      'text of #broodtekst (UTF-8)',
      `${(L.details.textBytes / 1024).toFixed(1)} KB`,
      `${(G.details.textBytes / 1024 / 1024).toFixed(2)} MiB`,
      '≥ 1 MB',
    ],
    ['annotateMs', ...both((x) => `${x.annotateMs}`), ''],
    ['baselineMs', ...both((x) => `${x.baselineMs}`), ''],
    ['ratio', ...both((x) => `${x.ratio} ${verdict(x.ratio <= TARGETS.ratio)}`), `≤ ${TARGETS.ratio}`],
    ['longTasks (median per run)', ...both((x) => `${x.longTasks} ${verdict(x.longTasks <= TARGETS.longTasks)}`), `= ${TARGETS.longTasks}`],
    [
      'hoverP95Ms (pointer moving)',
      ...both((x) => `${x.hoverP95Ms} ${verdict(x.hoverP95Ms <= TARGETS.hoverP95Ms)}`),
      `≤ ${TARGETS.hoverP95Ms}`,
    ],
    ['markjsMs', ...both((x) => `${x.markjsMs}`), ''],
    [
      'speedupVsMarkjs',
      ...both((x) => `${x.speedupVsMarkjs} ${verdict(x.speedupVsMarkjs >= TARGETS.speedupVsMarkjs)}`),
      `≥ ${TARGETS.speedupVsMarkjs}`,
    ],
    ['— where the time goes —', '', '', ''],
    [
      'long tasks [at, ms], first runs',
      ...both((x) =>
        x.details.longTaskSpans
          .slice(0, 3)
          .map((t) => `[${t.join(', ')}]`)
          .join(' '),
      ),
      '',
    ],
    ['long tasks begun after start', ...both((x) => `${x.details.longTasksBegunAfterStart}`), ''],
    ['panel mounted at', ...both((x) => ms(x.details.timeline.panelMountedAfterMs)), ''],
    ['metadata.xml asked at', ...both((x) => ms(x.details.timeline.metadataXmlAskedAfterMs)), ''],
    ['background extraction done at', ...both((x) => ms(x.details.timeline.backgroundExtractionDoneAfterMs)), ''],
    ['probe: script eval (lib + gazetteer)', ...both((x) => `${x.details.phases.scriptEvalMs}`), ''],
    ['probe: read, cold sliced / warm one go', ...both((x) => `${x.details.phases.readColdMs} / ${x.details.phases.readSyncMs}`), ''],
    ['probe: extract, background round trip', ...both((x) => `${x.details.phases.backgroundExtractRoundTripMs}`), ''],
    ['probe: extract, cold on main thread', ...both((x) => `${x.details.phases.extractColdMainThreadMs}`), ''],
    ['probe: draw (of which yielding)', ...both((x) => `${x.details.phases.drawMs} (${x.details.phases.drawYieldMs})`), ''],
    ['hover moving: p50 / max', ...both((x) => `${x.details.hover.moving.p50Ms} / ${x.details.hover.moving.maxMs}`), ''],
    [
      'hover moving p95: delivery / handler',
      ...both((x) => `${x.details.hover.moving.deliveryP95Ms} / ${x.details.hover.moving.handlerP95Ms}`),
      '',
    ],
    [
      'hover moving p95: script / frame',
      ...both((x) => `${x.details.hover.moving.scriptP95Ms} / ${x.details.hover.moving.frameP95Ms}`),
      '',
    ],
    [
      'hover settled: p50 / p95 / max',
      ...both((x) => `${x.details.hover.settled.p50Ms} / ${x.details.hover.settled.p95Ms} / ${x.details.hover.settled.maxMs}`),
      '',
    ],
    [
      'hover settled p95: delivery / handler',
      ...both((x) => `${x.details.hover.settled.deliveryP95Ms} / ${x.details.hover.settled.handlerP95Ms}`),
      '',
    ],
    ['first load (warm-up) annotateMs', ...both((x) => `${x.details.firstLoadMs}`), ''],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  for (const row of table)
    process.stdout.write(
      `${row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd()}\n`,
    );
  process.stdout.write(`written ${RESULTS} ("page") in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}

await main();
