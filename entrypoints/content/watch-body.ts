/**
 * Notices when the site replaces or rewrites the document body after load, and says so once the
 * page has been still for a moment. Only text changes count: the site's other scripting (menus,
 * share dialogs) does not make Kantlijn read the page again.
 *
 * Each re-read reads, extracts and re-anchors the whole text, so a text that keeps changing is not
 * followed at its own pace: the wait before a re-read doubles after each re-read that follows
 * soon after the one before, returns to the first wait after a quiet while, and a minute holds
 * at most a few re-reads; a change past that cap is read when the minute is up.
 */
import { findDocumentBody } from '@/lib/page/body';

/** How often the page may be read again. */
export interface RereadPace {
  /** The stillness a change waits for before it is read (and the first wait of a back-off). */
  delayMs: number;
  /** The longest the back-off makes a re-read wait after the previous one. */
  maxDelayMs: number;
  /** A re-read this long after the previous one starts the back-off afresh. */
  quietMs: number;
  /** At most this many re-reads in any minute. */
  perMinute: number;
}

/** The pace of the content script: 400 ms of stillness, doubling to 12.8 s, six re-reads a minute. */
export const REREAD_PACE: RereadPace = { delayMs: 400, maxDelayMs: 12_800, quietMs: 30_000, perMinute: 6 };

const MINUTE_MS = 60_000;

/** Calls `onChange` (debounced, paced by `pace`) when the document body is replaced or its text changes, until `signal` aborts. */
export function watchBody(
  signal: AbortSignal,
  current: () => Element | null,
  textLength: () => number,
  onChange: () => void,
  pace: Partial<RereadPace> = {},
): void {
  const { delayMs, maxDelayMs, quietMs, perMinute } = { ...REREAD_PACE, ...pace };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let gap = delayMs; // the least time from one re-read to the next
  let lastRead = Number.NEGATIVE_INFINITY;
  let reads: number[] = []; // the times of the re-reads of the last minute
  // The earliest a re-read may come: after the stillness, the back-off and the minute's cap.
  const earliest = (now: number): number => {
    reads = reads.filter((time) => now - time < MINUTE_MS);
    const capped = reads.length >= perMinute ? (reads[reads.length - perMinute] as number) + MINUTE_MS : now;
    return Math.max(now, lastRead + gap, capped);
  };
  const schedule = (wait: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(check, wait);
  };
  const check = () => {
    timer = null;
    if (signal.aborted) return;
    const body = findDocumentBody(document);
    if (body === current() && !(body && Math.abs((body.textContent ?? '').length - textLength()) > 0)) return;
    const now = Date.now();
    const allowed = earliest(now);
    if (allowed > now) return schedule(allowed - now);
    gap = now - lastRead < quietMs ? Math.min(gap * 2, maxDelayMs) : delayMs;
    lastRead = now;
    reads.push(now);
    onChange();
  };
  const observer = new MutationObserver(() => {
    const now = Date.now();
    schedule(Math.max(delayMs, earliest(now) - now));
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
    },
    { once: true },
  );
}
