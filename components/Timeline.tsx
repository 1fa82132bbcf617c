/**
 * The document's dated events, past to future, undated last: each with its date written out
 * (with the weekday for a full date), what happened, and the words the date came from. Each event
 * is a button: activating it asks the page to go to its mention.
 */
import { useMemo } from 'preact/hooks';
import type { DatedEvent } from '@/lib/model/report';
import { activation } from '@/lib/ui/activate';
import { firstDay, formatEventDate, uiLanguage, type UiLanguage } from '@/lib/ui/format-date';
import { msg } from '@/lib/ui/words';

/**
 * Events by date: a month or a year counts as its first day; events without a (readable) date go
 * last; events on the same key keep their order in the text.
 */
export function timelineOrder(events: readonly DatedEvent[]): DatedEvent[] {
  return events
    .map((event, index) => ({ event, index, key: firstDay(event.date) }))
    .sort((a, b) => {
      if (a.key !== b.key) {
        if (a.key === null) return 1;
        if (b.key === null) return -1;
        return a.key < b.key ? -1 : 1;
      }
      return a.event.mention.start - b.event.mention.start || a.index - b.index;
    })
    .map((x) => x.event);
}

function EventItem({ event, lang, onActivate }: { event: DatedEvent; lang: UiLanguage; onActivate: (id: string) => void }) {
  return (
    <li>
      <button type="button" class="item event" data-event={event.id} {...activation(() => onActivate(event.id))}>
        <span class="item-main">
          {event.date !== null && firstDay(event.date) !== null ? (
            <time class="when" dateTime={event.date}>
              {formatEventDate(event.date, lang)}
            </time>
          ) : (
            <span class="when undated">{event.date ?? msg('panelUndated')}</span>
          )}
          <span class="what">{event.what}</span>
          {event.cue && <span class="muted">{event.cue}</span>}
        </span>
      </button>
    </li>
  );
}

/** The timeline; `onActivate` receives the event's id. */
export function Timeline({ events, onActivate }: { events: readonly DatedEvent[]; onActivate: (eventId: string) => void }) {
  const ordered = useMemo(() => timelineOrder(events), [events]);
  if (events.length === 0) return <p class="empty">{msg('panelNoEvents')}</p>;
  const lang = uiLanguage();
  return (
    <ol class="items timeline">
      {ordered.map((e) => (
        <EventItem key={e.id} event={e} lang={lang} onActivate={onActivate} />
      ))}
    </ol>
  );
}
