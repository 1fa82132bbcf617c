/**
 * Kantlijn's keys, recognised the same way on the page, inside Kantlijn's own frames (where the
 * page's listeners never see them) and named the same way in the manifest's `commands` and in the
 * panel's "Toetsen". All are Alt+Shift+<key>: no browser or screen reader binds those on the page.
 */
import type { WordKey } from './words';

/** What a key (or the browser's command of the same name) asks for. */
export type KeyCommand = 'toggle-panel' | 'add-note' | 'open-mention' | 'next-mention' | 'previous-mention';

/** One key: its command, the physical key (`KeyboardEvent.code`), how it is written, and what it does in words. */
export interface KeyBinding {
  command: KeyCommand;
  code: string;
  /** The character (lower case) that counts too, where another layout puts it on another physical key. */
  key: string;
  /** As the reader reads it: "Alt+Shift+K". */
  label: string;
  words: WordKey;
}

/**
 * The keys, in the order the panel lists them. The manifest (wxt.config.ts) suggests the first four
 * to the browser, the most it takes; the last one the reader may set there.
 */
export const KEY_BINDINGS: readonly KeyBinding[] = [
  { command: 'toggle-panel', code: 'KeyK', key: 'k', label: 'Alt+Shift+K', words: 'commandTogglePanel' },
  { command: 'add-note', code: 'KeyN', key: 'n', label: 'Alt+Shift+N', words: 'commandAddNote' },
  { command: 'open-mention', code: 'KeyM', key: 'm', label: 'Alt+Shift+M', words: 'commandOpenMention' },
  { command: 'next-mention', code: 'Period', key: '.', label: 'Alt+Shift+.', words: 'commandNextMention' },
  { command: 'previous-mention', code: 'Comma', key: ',', label: 'Alt+Shift+,', words: 'commandPreviousMention' },
];

const COMMANDS = new Set<string>(KEY_BINDINGS.map((b) => b.command));

/** Whether a value (from a message) names one of the commands. */
export function isKeyCommand(value: unknown): value is KeyCommand {
  return typeof value === 'string' && COMMANDS.has(value);
}

// Alt+Shift and nothing else, on the physical key `code` or giving the character `key` (another layout).
function isAltShiftKey(event: KeyboardEvent, code: string, key: string): boolean {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
  return event.code === code || event.key.toLowerCase() === key;
}

/** The command a key event asks for, or null. */
export function commandOfKey(event: KeyboardEvent): KeyCommand | null {
  for (const binding of KEY_BINDINGS) if (isAltShiftKey(event, binding.code, binding.key)) return binding.command;
  return null;
}

/** Tells whether a key event is the panel shortcut. */
export function isPanelShortcut(event: KeyboardEvent): boolean {
  return commandOfKey(event) === 'toggle-panel';
}

// The names browsers give the keys of "." and "," in a shortcut, in the languages of Kantlijn's words.
const KEY_NAMES: Readonly<Record<string, readonly string[]>> = {
  '.': ['period', 'periode', 'punt'],
  ',': ['comma', 'komma'],
};

/**
 * Whether the browser's shortcut of a command ("Alt+Shift+K", "Alt+Shift+Periode": Chromium names
 * a key in its own language) is the binding's own key, so the panel need not name it twice.
 */
export function isOwnShortcut(binding: KeyBinding, shortcut: string): boolean {
  const parts = shortcut.toLowerCase().replace(/\s+/g, '').split('+');
  const last = parts.pop() ?? '';
  const modifiers = new Set(parts);
  if (modifiers.size !== 2 || !modifiers.has('alt') || !modifiers.has('shift')) return false;
  return last === binding.key || (KEY_NAMES[binding.key] ?? []).includes(last);
}
