/**
 * "Toetsen" at the foot of the panel: Kantlijn's keys and what each does, in the words the
 * browser's shortcut settings use for the same commands (lib/ui/shortcut-keys.ts), so a reader who
 * never hovers learns how to reach the panel, a note and the cards from the text. Where the reader
 * gave a command another shortcut in the browser, that one is named too: both work on the page.
 */
import { isOwnShortcut, KEY_BINDINGS, type KeyBinding } from '@/lib/ui/shortcut-keys';
import { msg } from '@/lib/ui/words';

/** Props of `KeyList`. */
export interface KeyListProps {
  /** The browser's shortcut of each command now, by command name (none while unknown). */
  shortcuts?: Readonly<Record<string, string>>;
}

/** The list of keys. */
export function KeyList({ shortcuts = {} }: KeyListProps) {
  const chosen = (binding: KeyBinding) => {
    const shortcut = shortcuts[binding.command];
    return shortcut && !isOwnShortcut(binding, shortcut) ? <span class="key-chosen"> ({msg('keyChosenInBrowser', shortcut)})</span> : null;
  };
  return (
    <section class="hint keys" aria-labelledby="kantlijn-keys">
      <h2 id="kantlijn-keys">{msg('keysHeading')}</h2>
      <ul>
        {KEY_BINDINGS.map((binding) => (
          <li key={binding.command}>
            <kbd>{binding.label}</kbd> {msg(binding.words)}
            {chosen(binding)}
          </li>
        ))}
        <li>
          <kbd>{msg('keyEscape')}</kbd> {msg('keyEscapeAction')}
        </li>
      </ul>
    </section>
  );
}
