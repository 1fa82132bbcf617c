/**
 * Notices when the site replaces or rewrites the document body after load, and says so once the
 * page has been still for a moment. Only text changes count: the site's other scripting (menus,
 * share dialogs) does not make Kantlijn read the page again.
 */
import { findDocumentBody } from '@/lib/page/body';

/** Calls `onChange` (debounced) when the document body is replaced or its text changes, until `signal` aborts. */
export function watchBody(
  signal: AbortSignal,
  current: () => Element | null,
  textLength: () => number,
  onChange: () => void,
  delayMs = 400,
): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const check = () => {
    timer = null;
    if (signal.aborted) return;
    const body = findDocumentBody(document);
    if (body !== current() || (body && Math.abs((body.textContent ?? '').length - textLength()) > 0)) onChange();
  };
  const observer = new MutationObserver(() => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(check, delayMs);
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
