/**
 * Handlers for a `<button>` in the panel's lists that activate it by click, Enter and Space.
 * A button does this by itself in a browser; the keys are handled here too (with the browser's own
 * activation prevented) so that one key press activates exactly once in every browser — an actor
 * activated twice would skip a mention — and so that unit tests can press keys in happy-dom.
 * Enter activates on keydown (repeating while held, as a button does), Space on keyup.
 */
import type { JSX } from 'preact';

type ButtonHandlers = Pick<JSX.HTMLAttributes<HTMLButtonElement>, 'onClick' | 'onKeyDown' | 'onKeyUp'>;

// Buttons on which Space went down: only those activate when it comes up, as a browser does.
const spacePressed = new WeakSet<EventTarget>();

function plain(event: KeyboardEvent): boolean {
  return !event.altKey && !event.ctrlKey && !event.metaKey && !event.isComposing;
}

/** onClick, onKeyDown and onKeyUp for a button that calls `activate`. */
export function activation(activate: () => void): ButtonHandlers {
  return {
    onClick: () => activate(),
    onKeyDown: (event) => {
      if (!plain(event)) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        activate();
      } else if (event.key === ' ') {
        event.preventDefault(); // no click from the browser, no scrolling
        if (event.currentTarget) spacePressed.add(event.currentTarget);
      }
    },
    onKeyUp: (event) => {
      if (event.key !== ' ' || !event.currentTarget) return;
      event.preventDefault();
      if (spacePressed.delete(event.currentTarget) && plain(event)) activate();
    },
  };
}
