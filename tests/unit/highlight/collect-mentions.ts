/**
 * The report's mentions as plain spans, in the order the drawing keeps them — written the simplest
 * way, as the reference the drawing's own making (lib/highlight/lazy-mentions.ts, then
 * `sortByPosition`) is checked against, and a ready list for the interval-search tests.
 */
import { byPosition, type MentionSpan } from '@/lib/highlight/mentions';
import type { Report } from '@/lib/model/report';

/** The actor, event and citation mentions, sorted by start (longer first at the same start); empty or inverted spans left out. */
export function collectMentions(report: Pick<Report, 'actors' | 'events' | 'references'>): MentionSpan[] {
  const out: MentionSpan[] = [];
  for (const actor of report.actors) {
    actor.mentions.forEach((m, mentionIndex) => {
      if (m.end > m.start)
        out.push({ start: m.start, end: m.end, kind: actor.type, target: { kind: 'actor', actorId: actor.id, mentionIndex } });
    });
  }
  for (const event of report.events) {
    const m = event.mention;
    if (m.end > m.start) out.push({ start: m.start, end: m.end, kind: 'event', target: { kind: 'event', eventId: event.id } });
  }
  report.references.forEach((ref, index) => {
    const m = ref.mention;
    if (m.end > m.start) out.push({ start: m.start, end: m.end, kind: 'reference', target: { kind: 'reference', index } });
  });
  out.sort(byPosition);
  return out;
}
