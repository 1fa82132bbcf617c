/**
 * The kinds of highlight the reader can turn on and off, in the order the settings list them.
 * Each matches a `CSS.highlights` name: `kantlijn-${kind}` (DESIGN.md, "What the reader sees").
 */
import type { Actor } from '@/lib/model/report';

/** An actor type, a dated event or a citation. */
export type HighlightKind = Actor['type'] | 'event' | 'reference';

/** Every kind, in display order: the actor types first (as the actor list groups them). */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'office', 'organisation', 'location', 'event', 'reference'];

/** The actor types, in the order the actor list groups them. */
export const ACTOR_TYPES: readonly Actor['type'][] = ['person', 'office', 'organisation', 'location'];

/** Every kind switched on: the default before the reader changes anything. */
export function allHighlightKinds(): Record<HighlightKind, boolean> {
  return { person: true, office: true, organisation: true, location: true, event: true, reference: true };
}
