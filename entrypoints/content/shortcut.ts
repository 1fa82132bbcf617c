/** Alt+Shift+K toggles the panel; handled by the content script itself (no `commands` permission). */

/** Tells whether a key event is the panel shortcut (by physical key, so Alt-characters on macOS still count). */
export function isPanelShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === 'KeyK' || event.key.toLowerCase() === 'k');
}

/** Listens for the shortcut until `signal` aborts. */
export function listenForShortcut(signal: AbortSignal, onShortcut: () => void): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (!isPanelShortcut(event) || event.repeat) return;
      event.preventDefault();
      onShortcut();
    },
    { capture: true, signal },
  );
}
