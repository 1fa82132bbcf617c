/**
 * The card for a target: an actor, an event or a citation of the report, with what the reader
 * needs around it ("Ook in", previous/next mention), placed next to its mention on screen.
 */
import type { ComponentChildren, Ref } from 'preact';
import { ActorCard, type OtherDocument } from '@/components/ActorCard';
import { EventCard } from '@/components/EventCard';
import { ReferenceCard } from '@/components/ReferenceCard';
import { placeCard, type Target } from '@/lib/highlight';
import type { Actor, DatedEvent, Report } from '@/lib/model/report';

/** What the card needs from the content script. */
export interface CardContext {
  report: Report;
  target: Target;
  rect: DOMRect;
  alsoIn: readonly OtherDocument[] | null;
  cardRef: Ref<HTMLDivElement>;
  onClose(): void;
  onActor(actorId: string, mentionIndex: number): void;
  onEvent(eventId: string): void;
  /** The reader's notes at the card's foot ("Uw notities", "Notitie bij …"), when notes are on. */
  notes?: CardNotes | null;
}

/** The notes part of actor and event cards. */
export interface CardNotes {
  actor(actor: Actor, mentionIndex: number): ComponentChildren;
  event(event: DatedEvent): ComponentChildren;
}

// Room a card takes at most; placeCard keeps it on screen and caps its height.
const CARD_SIZE = { width: 352, height: 360 }; // .k-card is 22rem wide

/**
 * The inline style that puts a box of `size` next to `rect` (viewport pixels) and on screen;
 * without a rect, centred in the upper part of the view. Cards, the note editor and note cards.
 */
export function placedStyle(rect: DOMRect | null, size: { width: number; height: number }): Record<string, string> {
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const anchor = rect ?? new DOMRect((viewport.width - size.width) / 2, viewport.height / 4, size.width, 0);
  const place = placeCard(anchor, size, viewport);
  return {
    position: 'fixed',
    left: `${place.left}px`,
    top: `${place.top}px`,
    maxHeight: `${place.maxHeight}px`,
    maxWidth: `${place.maxWidth}px`,
  };
}

/** The card of a target, or null when the report does not know it. */
export function cardView(c: CardContext) {
  const style = placedStyle(c.rect, CARD_SIZE);
  const { report, target } = c;
  if (target.kind === 'actor') {
    const actor = report.actors.find((a) => a.id === target.actorId);
    if (!actor) return null;
    const count = actor.mentions.length;
    const step = (by: number) => c.onActor(actor.id, (target.mentionIndex + by + count) % count);
    return (
      <ActorCard
        name={actor.name}
        type={actor.type}
        roles={actor.roles.map((role) => ({ role, evidence: actor.roleEvidence?.[role] ?? null }))}
        aliases={actor.aliases}
        mentionCount={count}
        mentionIndex={target.mentionIndex}
        onPreviousMention={count > 1 ? () => step(-1) : undefined}
        onNextMention={count > 1 ? () => step(1) : undefined}
        events={report.events.filter((e) => e.actors.includes(actor.id)).map((e) => ({ id: e.id, date: e.date, what: e.what }))}
        onEventSelect={c.onEvent}
        alsoIn={c.alsoIn}
        onClose={c.onClose}
        cardRef={c.cardRef}
        style={style}
      >
        {c.notes?.actor(actor, target.mentionIndex)}
      </ActorCard>
    );
  }
  if (target.kind === 'event') {
    const event = report.events.find((e) => e.id === target.eventId);
    if (!event) return null;
    const names = new Map(report.actors.map((a) => [a.id, a.name]));
    return (
      <EventCard
        what={event.what}
        date={event.date}
        cue={event.cue}
        resolution={event.resolution ?? null}
        weekdayMismatch={event.weekdayMismatch ?? false}
        actors={event.actors.map((id) => ({ id, name: names.get(id) ?? id }))}
        onActorSelect={(id) => c.onActor(id, 0)}
        onClose={c.onClose}
        cardRef={c.cardRef}
        style={style}
      >
        {c.notes?.event(event)}
      </EventCard>
    );
  }
  const reference = report.references[target.index];
  if (!reference) return null;
  return (
    <ReferenceCard
      target={reference.target}
      text={reference.text}
      url={reference.url}
      onClose={c.onClose}
      cardRef={c.cardRef}
      style={style}
    />
  );
}
