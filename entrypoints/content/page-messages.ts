/**
 * Answers the popup's questions about this tab (the tab side of the protocol) until `signal` aborts.
 */
import { browser } from 'wxt/browser';
import { isMessage, type NotesChange, type PageState } from '@/lib/messages/protocol';
import { validateNotesChange } from '@/lib/messages/validate';
import type { Report } from '@/lib/model/report';

/** What the content script lets the popup see and do. */
export interface PageControls {
  state: () => PageState;
  setOpen: (open: boolean) => Promise<boolean>;
  report: () => Report | null;
  /** The background says notes changed somewhere (another tab, the library, an import). */
  notesChanged?: (change: NotesChange) => void;
}

/** Starts answering `page-state`, `get-report`, `toggle-panel` and `notes-changed`. */
export function answerPageMessages(signal: AbortSignal, controls: PageControls): void {
  const listener = (message: unknown) => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'page-state') return Promise.resolve(controls.state());
    if (message.type === 'get-report') return Promise.resolve({ report: controls.report() });
    if (message.type === 'notes-changed') {
      const change = validateNotesChange(message);
      if (change) controls.notesChanged?.(change);
      return Promise.resolve({ ok: true });
    }
    if (message.type === 'toggle-panel') {
      const { open } = message as { open?: unknown };
      const wanted = typeof open === 'boolean' ? open : !controls.state().panelOpen;
      return controls.setOpen(wanted).then((isOpen) => ({ open: isOpen }));
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
