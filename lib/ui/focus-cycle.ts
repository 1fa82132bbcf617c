/**
 * Tab and Shift+Tab that go round inside a card or the note editor. Each is drawn in a frame at the
 * end of the page: without this, Tab past its last control would leave the frame for the page's
 * top while the card or editor stays open. Both are dialogs the reader came to on purpose (with a
 * key, from the panel), so focus stays in them, as WAI-ARIA's dialog pattern has it, until Escape
 * or "Sluiten" closes them and focus goes back to what opened them.
 */

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The controls Tab reaches inside `root`, in order (tabindex order is not used by Kantlijn's UI). */
export function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && !element.closest('[inert], [hidden]'),
  );
}

/**
 * Keeps a Tab key press inside `root`: from the last control to the first, with Shift from the first
 * to the last (or from outside the controls, into them). Returns whether it moved focus itself
 * (the event's default is then prevented); a Tab between two inner controls is left to the browser.
 */
export function cycleTab(event: KeyboardEvent, root: ParentNode, active: Element | null): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const all = tabbables(root);
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return false;
  const at = active ? all.indexOf(active as HTMLElement) : -1;
  const to = event.shiftKey ? (at <= 0 ? last : null) : at === -1 || at === all.length - 1 ? first : null;
  if (!to) return false;
  event.preventDefault();
  to.focus();
  return true;
}
