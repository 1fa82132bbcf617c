/**
 * The keys feature: Kantlijn's keys (lib/ui/shortcut-keys.ts), however they arrive — heard on the
 * page, pressed in one of Kantlijn's frames (frames/frame-actions.ts), or passed on by the
 * background as the browser's command — each carried out once (the gate in shortcut.ts). The
 * panel's key is heard by the panel feature and the note's by the notes' selection watch; this
 * listens for the card keys and for the commands, until `signal` aborts.
 */
import { commandOfKey, type KeyCommand } from '@/lib/ui/shortcut-keys';
import type { SessionState, Store } from '@/entrypoints/content/page-store';
import { listenForCommands, listenForKey } from '@/entrypoints/content/shortcut';
import type { CardsFeature } from './cards';
import type { PanelFeature } from './panel';

/** The features a key acts through. */
export interface KeyActors {
  panel: PanelFeature;
  cards: CardsFeature;
}

// The keys heard here on the page; the panel's and the note's have listeners of their own.
const CARD_KEYS: ReadonlySet<KeyCommand> = new Set(['open-mention', 'next-mention', 'previous-mention']);

/** Carries out one command against the current state. */
export function runCommand(command: KeyCommand, state: Readonly<SessionState>, { panel, cards }: KeyActors): void {
  switch (command) {
    case 'toggle-panel':
      panel.keyToggle();
      break;
    case 'add-note':
      state.notes?.actions.addOnSelection();
      break;
    case 'open-mention':
      cards.openAtPlace();
      break;
    case 'next-mention':
      cards.step(1);
      break;
    case 'previous-mention':
      cards.step(-1);
      break;
  }
}

/** Listens for the card keys on the page and for the browser's commands. */
export function startKeys(signal: AbortSignal, store: Store<SessionState>, actors: KeyActors): void {
  listenForKey(
    signal,
    (event) => {
      const command = commandOfKey(event);
      return command !== null && CARD_KEYS.has(command);
    },
    (event) => {
      const command = commandOfKey(event);
      if (command) runCommand(command, store.get(), actors);
    },
  );
  listenForCommands(signal, (command) => runCommand(command, store.get(), actors));
}
