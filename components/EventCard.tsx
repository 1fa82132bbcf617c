/**
 * The card of a dated event (`role="dialog"`, labelled with what happened): the date written out
 * with its weekday ("zondag 2 oktober 2022"), the words in the text it was read from, how it was
 * resolved ('"jl." → de laatste 2 oktober vóór 23 november 2022'), a flag when the text's weekday
 * contradicts the date, what happened and who took part. All of it rendered as text.
 */
import type { ComponentChildren, Ref } from 'preact';
import { formatEventDate } from '@/lib/ui/format-date';
import { msg } from '@/lib/ui/words';
import { CardFrame } from './ActorCard';

/** An actor taking part in the event. */
export interface EventActor {
  id: string;
  name: string;
}

/** Props of `EventCard`. */
export interface EventCardProps {
  what: string;
  /** "2022-10-02", "2022-10", "2020", or null when undated. */
  date: string | null;
  /** The words in the text the date was read from ("zondag 2 oktober jl."). */
  cue: string;
  /** How the date was resolved, in words; null when it was written in full. */
  resolution: string | null;
  /** The text names a weekday that does not fall on this date. */
  weekdayMismatch: boolean;
  actors: readonly EventActor[];
  /** An actor was chosen (renders the names as buttons when given). */
  onActorSelect?: (actorId: string) => void;
  onClose?: () => void;
  cardRef?: Ref<HTMLDivElement>;
  style?: Record<string, string | number>;
  children?: ComponentChildren;
}

/** The event's card. */
export function EventCard(props: EventCardProps) {
  const { what, date, cue, resolution, weekdayMismatch, actors, onActorSelect } = props;
  const when = date ? formatEventDate(date) : msg('cardUndated');
  return (
    <CardFrame
      label={what}
      variant="k-card-event"
      swatch="event"
      kindLabel={msg('cardTypeEvent')}
      title={when}
      onClose={props.onClose}
      cardRef={props.cardRef}
      style={props.style}
    >
      {weekdayMismatch && (
        <p class="k-card-flag">
          <span aria-hidden="true">⚠ </span>
          {msg('cardWeekdayMismatch')}
        </p>
      )}
      <dl class="k-card-facts">
        <dt>{msg('cardWhat')}</dt>
        <dd>{what}</dd>
        {cue.trim() && (
          <>
            <dt>{msg('cardAsWritten')}</dt>
            <dd class="k-card-cue">“{cue}”</dd>
          </>
        )}
        {resolution && (
          <>
            <dt>{msg('cardResolution')}</dt>
            <dd>{resolution}</dd>
          </>
        )}
        {actors.length > 0 && (
          <>
            <dt>{msg('cardInvolved')}</dt>
            <dd>
              <ul class="k-card-list k-card-actors">
                {actors.map((a) => (
                  <li key={a.id}>
                    {onActorSelect ? (
                      <button type="button" class="k-card-linkish" onClick={() => onActorSelect(a.id)}>
                        {a.name}
                      </button>
                    ) : (
                      a.name
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {props.children}
    </CardFrame>
  );
}
