/**
 * Kantlijn's keys on the page, handled by the content script itself (no `commands` permission):
 * Alt+Shift+K toggles the panel, Alt+Shift+N writes a note on the selection. Only the reader's own
 * key presses count: a page's script that dispatches the keys opens and writes nothing.
 */
import { isPanelShortcut } from '@/lib/ui/shortcut-keys';
import { isTrusted, type TrustCheck } from '@/lib/util/trusted';

/**
 * Calls `onKey` when a key event of the reader (`trusted`, by default `isTrusted`) matches, not on
 * auto-repeat, until `signal` aborts.
 */
export function listenForKey(
  signal: AbortSignal,
  matches: (event: KeyboardEvent) => boolean,
  onKey: () => void,
  trusted: TrustCheck = isTrusted,
): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (!trusted(event) || !matches(event) || event.repeat) return;
      event.preventDefault();
      onKey();
    },
    { capture: true, signal },
  );
}

/** Listens for the panel shortcut until `signal` aborts (`trusted` as in `listenForKey`). */
export function listenForShortcut(signal: AbortSignal, onShortcut: () => void, trusted: TrustCheck = isTrusted): void {
  listenForKey(signal, isPanelShortcut, onShortcut, trusted);
}
