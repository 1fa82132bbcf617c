/**
 * The page benchmark's code that runs inside the page (main world), passed to Playwright as
 * functions. Playwright sends a function's source text, so each of these must be self-contained:
 * no imports, no outer variables. tsx compiles named inner functions with a `__name(…)` helper the
 * page lacks; `INIT_SCRIPT` defines a harmless one before anything else runs.
 */

/** A main-thread task over 50 ms, as the `longtask` observer reports it. */
export interface LongTask {
  start: number;
  duration: number;
}

/** What the init script buffers from document start. */
export interface BenchBuffer {
  longTasks: LongTask[];
  /** When `<kantlijn-panel>` was attached to `<html>` (null: not yet or never). */
  panelAt: number | null;
}

/** The hover probe's state in the page. */
export interface HoverProbe {
  /** The hovered mentions' ranges, by the index `aimAt` is given (null: the mention maps to no text). */
  ranges: Array<Range | null>;
  armed: boolean;
  /** A requestAnimationFrame loop runs (the frame clock is active, as while a pointer moves). */
  ticking: boolean;
  moveAt: number | null;
  listenerAt: number | null;
  openAt: number | null;
  label: string | null;
  /** The text of the mention last aimed at. */
  aimed: string | null;
  /** When the content script sent the card's view to its frame (its `kantlijn-card-view` mark). */
  sentAt: number | null;
}

interface BenchWindow {
  __kantlijnBench?: BenchBuffer;
  __kantlijnHover?: HoverProbe;
}

/**
 * Installed at document start in every page: long tasks buffered from the first task, the panel's
 * arrival. (Long animation frames would name the scripts behind a long task, but in this Chromium
 * they list no scripts for the content script's work, so they are not collected.)
 */
export function benchInit(): void {
  const w = window as unknown as BenchWindow;
  if (w.__kantlijnBench) return;
  const buf: BenchBuffer = { longTasks: [], panelAt: null };
  w.__kantlijnBench = buf;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) buf.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the count stays 0 and the bench says so.
  }
  // `<html>` may not exist yet at document start: watch the document for it, then `<html>` for the panel's host.
  const watchHtml = (html: Element): void => {
    new MutationObserver((_records, observer) => {
      if (html.querySelector(':scope > kantlijn-panel')) {
        buf.panelAt = performance.now();
        observer.disconnect();
      }
    }).observe(html, { childList: true });
  };
  if (document.documentElement) watchHtml(document.documentElement);
  else {
    new MutationObserver((_records, observer) => {
      if (document.documentElement) {
        observer.disconnect();
        watchHtml(document.documentElement);
      }
    }).observe(document, { childList: true });
  }
}

/** The init script's source: a `__name` for tsx-compiled functions, then `benchInit`. */
export const INIT_SCRIPT = `globalThis.__name = globalThis.__name || ((f) => f);\n(${benchInit.toString()})();`;

/** The marks' times, once `kantlijn-drawn` is there (or the timeout passed: `drawn` null). */
export function waitForDrawn(timeoutMs: number): Promise<{ start: number | null; drawn: number | null }> {
  return new Promise((resolve) => {
    const read = () => ({
      start: performance.getEntriesByName('kantlijn-start', 'mark')[0]?.startTime ?? null,
      drawn: performance.getEntriesByName('kantlijn-drawn', 'mark')[0]?.startTime ?? null,
    });
    let done = false;
    const observer = new PerformanceObserver(() => {
      const r = read();
      if (r.drawn !== null && !done) {
        done = true;
        observer.disconnect();
        resolve(r);
      }
    });
    observer.observe({ type: 'mark' });
    const now = read();
    if (now.drawn !== null) {
      done = true;
      observer.disconnect();
      resolve(now);
      return;
    }
    setTimeout(() => {
      if (done) return;
      done = true;
      observer.disconnect();
      resolve(read());
    }, timeoutMs);
  });
}

/** What one annotation left in the page, read after `kantlijn-drawn`. */
export interface PageObservation {
  /** Long tasks overlapping [kantlijn-start, kantlijn-drawn]. */
  longTasks: LongTask[];
  panelAt: number | null;
  /** `performance.timeOrigin`, to place times of other processes (epoch ms) on this page's clock. */
  timeOrigin: number;
  highlights: Record<string, number>;
  textBytes: number;
  domElements: number;
}

/** Long tasks overlapping [start, drawn], the highlights drawn, the size of the page. */
export function observe(span: { start: number; drawn: number }): PageObservation {
  const buf = (window as unknown as BenchWindow).__kantlijnBench ?? { longTasks: [], panelAt: null };
  const highlights: Record<string, number> = {};
  CSS.highlights.forEach((h, name) => {
    highlights[name] = h.size;
  });
  const body = document.getElementById('broodtekst') ?? document.body;
  return {
    longTasks: buf.longTasks.filter((t) => t.start < span.drawn && t.start + t.duration > span.start),
    panelAt: buf.panelAt,
    timeOrigin: performance.timeOrigin,
    highlights,
    textBytes: new TextEncoder().encode(body.textContent ?? '').length,
    domElements: document.getElementsByTagName('*').length,
  };
}

/**
 * The issue's baseline: a bare TreeWalker read of `document.body`'s text nodes into one string,
 * then `match(/[\p{L}\p{N}]+/gu)` over it. Each sample repeats the read often enough to last at
 * least 5 ms (the page's clock has 0.1 ms steps); the figure is the median per read.
 */
export function baseline(samples: number): { ms: number; reps: number; words: number; samples: number[] } {
  const once = (): number => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let s = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) s += (n as Text).data;
    return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  };
  let reps = 1;
  let words = 0;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) words = once();
    if (performance.now() - t0 >= 5 || reps >= 4096) break;
    reps *= 2;
  }
  const out: number[] = [];
  for (let k = 0; k < samples; k++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) words = once();
    out.push((performance.now() - t0) / reps);
  }
  const sorted = [...out].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const ms = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { ms, reps, words, samples: out };
}

/**
 * Prepares hovering: takes the mentions' live ranges that page-phases.ts `mentionRanges` left on
 * `globalThis.__kantlijnMentionRanges`, adds capturing `pointerrawupdate` and `pointermove`
 * listeners on the window (they run before the content script's listener on the document). The
 * card is drawn in a frame the page cannot read: the content script marks on the page's timeline
 * when it sent the card's view (`kantlijn-card-view`) and when the frame had drawn it
 * (`kantlijn-card-drawn`, the frame's own time); the label is the hovered mention's text. Returns how many ranges there are.
 */
export function prepareHover(): number {
  const w = window as unknown as BenchWindow & { __kantlijnMentionRanges?: Array<Range | null> };
  const ranges = w.__kantlijnMentionRanges ?? [];
  const probe: HoverProbe = {
    ranges,
    armed: false,
    ticking: false,
    moveAt: null,
    listenerAt: null,
    openAt: null,
    label: null,
    aimed: null,
    sentAt: null,
  };
  w.__kantlijnHover = probe;
  const root = document.querySelector('kantlijn-panel')?.shadowRoot;
  if (!root) throw new Error('no open shadow root on <kantlijn-panel>');
  // The move's time is its event's timeStamp (when the input arrived): the earliest of the
  // events one move raises — `pointerrawupdate`, which Chromium delivers at once on a secure page
  // and the extension follows there, and `pointermove`, which it holds until the next frame.
  const onMove = (e: Event) => {
    if (!probe.armed) return;
    if (probe.moveAt === null) {
      probe.moveAt = e.timeStamp;
      probe.listenerAt = performance.now();
    } else if (probe.openAt === null) probe.moveAt = Math.min(probe.moveAt, e.timeStamp);
  };
  for (const type of ['pointerrawupdate', 'pointermove']) window.addEventListener(type, onMove, { capture: true, passive: true });
  return ranges.filter((r) => r !== null).length;
}

/** True when a card is open: its frame is shown. */
export function cardOpen(): boolean {
  return !!document.querySelector('kantlijn-panel')?.shadowRoot?.querySelector('iframe[name="kantlijn-card"][data-shown]');
}

/**
 * Scrolls range `k` to the middle of the viewport, waits three frames and 50 ms (the extension
 * redraws the highlights near the viewport after a scroll), arms the probe and returns the centre
 * of the range's first line box (null when it is not rendered or the panel covers it).
 * `moving`: a requestAnimationFrame loop keeps the frame clock running until the card opens, as
 * a pointer in motion does; Chromium then holds a pointermove until the next frame begins
 * (rAF-aligned input). Without it the pointer arrives on a settled page, whose next frame can
 * begin at once.
 */
export async function aimAt(args: { k: number; moving: boolean }): Promise<{ x: number; y: number } | null> {
  const k = args.k;
  const probe = (window as unknown as BenchWindow).__kantlijnHover;
  const range = probe?.ranges[k];
  if (!probe || !range) return null;
  const firstRect = (): DOMRect | null => {
    const rects = range.getClientRects();
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i];
      if (r && r.width > 0 && r.height > 0) return r;
    }
    return null;
  };
  const before = firstRect();
  if (!before) return null;
  window.scrollBy(0, before.top - window.innerHeight / 2);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r))));
  await new Promise((r) => setTimeout(r, 50));
  const rect = firstRect();
  if (!rect) return null;
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const el = document.elementFromPoint(x, y);
  if (!el || el.closest('kantlijn-panel')) return null;
  probe.moveAt = null;
  probe.listenerAt = null;
  probe.openAt = null;
  probe.label = null;
  probe.sentAt = null;
  probe.aimed = range.toString();
  probe.armed = true;
  if (args.moving) {
    probe.ticking = true;
    const tick = (): void => {
      if (probe.ticking) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
  return { x, y };
}

/** Waits (up to `timeoutMs`) for the card armed by `aimAt` and returns the probe's times. */
export async function hoverResult(timeoutMs: number): Promise<{
  moveAt: number | null;
  listenerAt: number | null;
  restAt: number | null;
  sentAt: number | null;
  openAt: number | null;
  label: string | null;
}> {
  const probe = (window as unknown as BenchWindow).__kantlijnHover;
  if (!probe) return { moveAt: null, listenerAt: null, restAt: null, sentAt: null, openAt: null, label: null };
  const until = performance.now() + timeoutMs;
  // Inline: this function runs in the page, where the module's other functions are not.
  const after = probe.listenerAt ?? Number.POSITIVE_INFINITY;
  const first = (name: string) => performance.getEntriesByName(name).find((mark) => mark.startTime >= after)?.startTime ?? null;
  while (probe.openAt === null && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 5));
    probe.openAt = first('kantlijn-card-drawn');
  }
  // The first view sent after the move: a later one ("Ook in" answered) may pass it on the way.
  probe.sentAt = first('kantlijn-card-view');
  // The end of the rest that hover intent waits for (lib/highlight/hover.ts REST_MARK).
  const restAt = first('kantlijn-hover-rest');
  probe.label = probe.openAt === null ? null : probe.aimed;
  probe.armed = false;
  probe.ticking = false;
  return { moveAt: probe.moveAt, listenerAt: probe.listenerAt, restAt, sentAt: probe.sentAt, openAt: probe.openAt, label: probe.label };
}

/** What mark.js did in one run. */
export interface MarkjsRun {
  /** From calling `mark()` to its `done` callback. */
  ms: number;
  /** From calling `mark()` to its return (mark.js works synchronously without iframes). */
  syncMs: number;
  marks: number;
  longTasks: LongTask[];
}

/** Runs mark.js (injected as `window.Mark`) on `#broodtekst` with these strings and options. */
export function runMarkjs(args: { strings: string[]; options: Record<string, unknown> }): Promise<MarkjsRun> {
  interface MarkInstance {
    mark(keywords: string[], options: Record<string, unknown>): void;
  }
  const Mark = (window as unknown as { Mark?: new (ctx: Element) => MarkInstance }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded');
  const buf = (window as unknown as BenchWindow).__kantlijnBench;
  const ctx = document.getElementById('broodtekst') ?? document.body;
  return new Promise((resolve) => {
    let doneAt: number | null = null;
    let count = 0;
    const t0 = performance.now();
    new Mark(ctx).mark(args.strings, {
      ...args.options,
      done: (n: number) => {
        doneAt = performance.now();
        count = n;
      },
    });
    const returned = performance.now();
    const finish = () => {
      if (doneAt === null) {
        setTimeout(finish, 10);
        return;
      }
      const end = doneAt;
      // Long task entries arrive after the task: wait a moment before reading them.
      setTimeout(() => {
        resolve({
          ms: end - t0,
          syncMs: returned - t0,
          marks: count,
          longTasks: (buf?.longTasks ?? []).filter((t) => t.start < end && t.start + t.duration > t0),
        });
      }, 200);
    };
    finish();
  });
}
