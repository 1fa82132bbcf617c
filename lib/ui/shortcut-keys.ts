/**
 * Kantlijn's keys, Alt+Shift+K (the panel) and Alt+Shift+N (a note on the selection), recognised
 * the same way on the page and inside Kantlijn's own frames, where the page's listeners never see them.
 */

/** Whether a key event is Alt+Shift+<letter> (by physical key, so macOS Alt-characters still count). */
export function isAltShift(event: KeyboardEvent, letter: string): boolean {
  const upper = letter.toUpperCase();
  return (
    event.altKey &&
    event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    (event.code === `Key${upper}` || event.key.toLowerCase() === letter.toLowerCase())
  );
}

/** Tells whether a key event is the panel shortcut. */
export function isPanelShortcut(event: KeyboardEvent): boolean {
  return isAltShift(event, 'k');
}
