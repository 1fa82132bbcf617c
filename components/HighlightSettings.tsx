/**
 * The "Markeringen" settings: one checkbox per kind of highlight drawn in the page.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '@/lib/ui/highlight-kinds';
import { msg, type WordKey } from '@/lib/ui/words';
import { ACTOR_TYPE_WORDS } from './ActorList';

export type { HighlightKind } from '@/lib/ui/highlight-kinds';

const KIND_WORDS: Readonly<Record<HighlightKind, WordKey>> = {
  ...ACTOR_TYPE_WORDS,
  event: 'panelEvents',
  reference: 'panelCitations',
};

/** What the settings show and whom they tell. */
export interface HighlightSettingsProps {
  kinds: Readonly<Record<HighlightKind, boolean>>;
  onToggle: (kind: HighlightKind) => void;
}

/** A fieldset of checkboxes; each change calls `onToggle` with its kind (the owner keeps the state). */
export function HighlightSettings({ kinds, onToggle }: HighlightSettingsProps) {
  return (
    <fieldset class="highlight-settings">
      <legend>{msg('panelHighlights')}</legend>
      {HIGHLIGHT_KINDS.map((kind) => (
        <label key={kind} class={`kind kind-${kind}`}>
          <input type="checkbox" name="kantlijn-highlight" value={kind} checked={kinds[kind]} onChange={() => onToggle(kind)} />
          {msg(KIND_WORDS[kind])}
        </label>
      ))}
    </fieldset>
  );
}
