/**
 * Kantlijn's keys on the page (lib/ui/shortcut-keys.ts). They are the manifest's `commands` too, so
 * a reader sees and changes them in the browser's shortcut settings; the background passes a command
 * on to this tab (`command`). The page's own key listener stays as the fallback where no command
 * reaches: a key the browser left unassigned (it refuses some suggestions), one the reader removed,
 * a browser that gives commands to none. One key press may come both ways (as a key on the page and
 * as the command), in either order: the gate takes it once. Only the reader's own key presses count:
 * a page's script that dispatches the keys opens and writes nothing.
 */
import { browser } from 'wxt/browser';
import { commandOfKey, isKeyCommand, isPanelShortcut, type KeyCommand } from '@/lib/ui/shortcut-keys';
import { isTrusted, type TrustCheck } from '@/lib/util/trusted';

/** Where a command came from: a key heard on the page (or in a frame), or the browser's command. */
export type CommandSource = 'key' | 'command';

/** Takes each key press once, whichever way (or both) it arrives. */
export interface KeyGate {
  /** Whether to carry out `command` now: false when it is the other half of a press already taken. */
  take(command: KeyCommand, source: CommandSource): boolean;
}

/**
 * How long the two halves of one key press may lie apart: the command travels through the
 * background, the key does not. A second press within it comes the same way as the first, so it is
 * never mistaken for a half.
 */
export const PAIR_MS = 1000;

/**
 * Makes a gate: a command from one source is the other half of a press when the last one taken of
 * that command came from the other source less than `PAIR_MS` before, and not yet paired.
 */
export function createKeyGate(now: () => number = () => performance.now()): KeyGate {
  const unpaired = new Map<KeyCommand, { source: CommandSource; at: number }>();
  return {
    take(command, source) {
      const last = unpaired.get(command);
      const at = now();
      if (last && last.source !== source && at - last.at < PAIR_MS) {
        unpaired.delete(command);
        return false;
      }
      unpaired.set(command, { source, at });
      return true;
    },
  };
}

/** The gate of this page's content script: the page's listeners, the frames and the commands share it. */
export const pageKeyGate: KeyGate = createKeyGate();

/**
 * Calls `onKey` when a key event of the reader (`trusted`, by default `isTrusted`) matches, not on
 * auto-repeat, until `signal` aborts. A key that is one of Kantlijn's commands passes the gate first.
 */
export function listenForKey(
  signal: AbortSignal,
  matches: (event: KeyboardEvent) => boolean,
  onKey: (event: KeyboardEvent) => void,
  trusted: TrustCheck = isTrusted,
  gate: KeyGate = pageKeyGate,
): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (!trusted(event) || !matches(event) || event.repeat) return;
      event.preventDefault();
      const command = commandOfKey(event);
      if (command && !gate.take(command, 'key')) return;
      onKey(event);
    },
    { capture: true, signal },
  );
}

/** Listens for the panel shortcut until `signal` aborts (`trusted` as in `listenForKey`). */
export function listenForShortcut(signal: AbortSignal, onShortcut: () => void, trusted: TrustCheck = isTrusted): void {
  listenForKey(signal, isPanelShortcut, onShortcut, trusted);
}

/** The message the background sends this tab when the reader used one of the browser's commands. */
export interface CommandMessage {
  type: 'command';
  command: KeyCommand;
}

/** Reads a command message; null for anything else. */
export function readCommandMessage(message: unknown): CommandMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, command } = message as { type?: unknown; command?: unknown };
  return type === 'command' && isKeyCommand(command) ? { type, command } : null;
}

/**
 * Calls `onCommand` for each browser command the background passes on (only from this extension),
 * after the gate, until `signal` aborts.
 */
export function listenForCommands(signal: AbortSignal, onCommand: (command: KeyCommand) => void, gate: KeyGate = pageKeyGate): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    const read = readCommandMessage(message);
    if (!read || sender.id !== browser.runtime.id) return undefined;
    if (gate.take(read.command, 'command')) onCommand(read.command);
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
