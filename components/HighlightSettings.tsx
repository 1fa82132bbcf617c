/**
 * The "Markeringen" settings: one checkbox per kind of highlight drawn in the page, its name drawn
 * in that kind's own look (tint, line colour and line style, from `LOOKS`), so the settings are
 * also the legend of what the page shows.
 */
import type { JSX } from 'preact';
import { LOOKS } from '@/lib/highlight/styles';
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

/** The look of a kind's highlight as an inline style: the same rules the page's `::highlight()` gets. */
export function sampleStyle(kind: HighlightKind): JSX.CSSProperties {
  const look = LOOKS[kind];
  return {
    backgroundColor: `rgb(${look.tint} / 0.12)`,
    textDecorationLine: look.line,
    textDecorationStyle: look.style,
    textDecorationColor: look.color,
    textDecorationThickness: look.thickness,
    textUnderlineOffset: look.offset,
  };
}

/** A fieldset of checkboxes; each change calls `onToggle` with its kind (the owner keeps the state). */
export function HighlightSettings({ kinds, onToggle }: HighlightSettingsProps) {
  return (
    <fieldset class="highlight-settings">
      <legend>{msg('panelHighlights')}</legend>
      {HIGHLIGHT_KINDS.map((kind) => (
        <label key={kind} class={`kind kind-${kind}`}>
          <input type="checkbox" name="kantlijn-highlight" value={kind} checked={kinds[kind]} onChange={() => onToggle(kind)} />
          <span class={`sample sample-${kind}`} style={sampleStyle(kind)}>
            {msg(KIND_WORDS[kind])}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
