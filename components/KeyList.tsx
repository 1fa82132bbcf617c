/**
 * "Toetsen" at the foot of the panel: Kantlijn's keys and what each does, in the words the
 * browser's shortcut settings use for the same commands (lib/ui/shortcut-keys.ts), so a reader who
 * never hovers learns how to reach the panel, a note and the cards from the text.
 */
import { KEY_BINDINGS } from '@/lib/ui/shortcut-keys';
import { msg } from '@/lib/ui/words';

/** The list of keys. */
export function KeyList() {
  return (
    <section class="hint keys" aria-labelledby="kantlijn-keys">
      <h2 id="kantlijn-keys">{msg('keysHeading')}</h2>
      <ul>
        {KEY_BINDINGS.map((binding) => (
          <li key={binding.command}>
            <kbd>{binding.label}</kbd> {msg(binding.words)}
          </li>
        ))}
        <li>
          <kbd>{msg('keyEscape')}</kbd> {msg('keyEscapeAction')}
        </li>
      </ul>
    </section>
  );
}
