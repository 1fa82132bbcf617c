/**
 * What the highlights are: one kind per actor type plus dated events and citations, each drawn
 * as one `Highlight` registered in `CSS.highlights` under `kantlijn-${kind}` (DESIGN.md, "What the
 * reader sees"), and the target a mention points at (what a card shows).
 */

// The kinds (one `CSS.highlights` entry each) are the ones the reader switches in the panel.
import { HIGHLIGHT_KINDS, type HighlightKind } from '@/lib/ui/highlight-kinds';

export { HIGHLIGHT_KINDS, type HighlightKind };

/** Names in `CSS.highlights` that Kantlijn uses besides the kinds: notes, notes placed as a guess, the brief flash. */
export type ExtraHighlight = 'note' | 'note-uncertain' | 'flash';

/** The `CSS.highlights` name of a kind: always `kantlijn-…`, so it never clashes with the site's own. */
export function highlightName(kind: HighlightKind | ExtraHighlight): `kantlijn-${HighlightKind | ExtraHighlight}` {
  return `kantlijn-${kind}`;
}

/** What a mention stands for: an actor's n-th mention, an event, or the n-th citation of the report. */
export type Target =
  | { kind: 'actor'; actorId: string; mentionIndex: number }
  | { kind: 'event'; eventId: string }
  | { kind: 'reference'; index: number };

/** A string that identifies a target (for maps and equality). */
export function targetKey(target: Target): string {
  switch (target.kind) {
    case 'actor':
      return `a\u0000${target.actorId}\u0000${target.mentionIndex}`;
    case 'event':
      return `e\u0000${target.eventId}`;
    case 'reference':
      return `r\u0000${target.index}`;
  }
}

/** Whether two targets are the same mention. */
export function sameTarget(a: Target | null, b: Target | null): boolean {
  if (a === null || b === null) return a === b;
  return targetKey(a) === targetKey(b);
}

/** Which kinds to show: a list of kinds, or a settings record (`{ person: true, event: false, … }`). */
export type KindSelection = Iterable<HighlightKind> | Readonly<Partial<Record<HighlightKind, boolean>>>;

/** The set of kinds a selection turns on (a record: the kinds set to true; unknown names ignored). */
export function selectedKinds(selection: KindSelection): Set<HighlightKind> {
  const known = new Set<string>(HIGHLIGHT_KINDS);
  const out = new Set<HighlightKind>();
  if (isIterable(selection)) {
    for (const kind of selection) if (known.has(kind)) out.add(kind);
    return out;
  }
  for (const kind of HIGHLIGHT_KINDS) if (selection[kind] === true) out.add(kind);
  return out;
}

function isIterable(value: KindSelection): value is Iterable<HighlightKind> {
  return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}
