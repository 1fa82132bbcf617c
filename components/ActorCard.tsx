/**
 * The card of an actor (`role="dialog"`, labelled with the actor's name): its type, its roles with
 * where the document says so, other names it goes by, its mentions with previous/next, the events
 * it takes part in, and the other publications the reader opened that mention it ("Ook in").
 * Everything from the page or the store is rendered as text; links only to http(s) addresses.
 * Positioned by the caller (see `placeCard` in lib/highlight/place.ts).
 */
import type { ComponentChildren, Ref } from 'preact';
import type { Actor } from '@/lib/model/report';
import { actorTypeLabel, mentionCount, roleEvidenceLabel, shortDate } from '@/lib/highlight/card-words';
import { citationForm } from '@/lib/ui/citation-form';
import { safeHref } from '@/lib/util/safe-href';
import { msg } from '@/lib/ui/words';

/**
 * Shared by the cards: the dialog, its head (kind and close button, a plain `div`: a `<header>`
 * here would be a second banner landmark), its title (a level-2 heading, with the card's sections
 * at level 3 beneath it) and its body.
 */
export interface CardFrameProps {
  /** The dialog's accessible name. */
  label: string;
  /** Extra class: `k-card-actor`, `k-card-event`, `k-card-reference`. */
  variant: string;
  /** The highlight kind whose line sample stands beside `kindLabel` (`person`, `event`, …). */
  swatch: string;
  kindLabel: string;
  title: string;
  onClose?: () => void;
  /** The card's root element (for the hover controller's `setCardElement`, and for measuring). */
  cardRef?: Ref<HTMLDivElement>;
  /** Position and size from the caller (e.g. `placeCard`). */
  style?: Record<string, string | number>;
  children?: ComponentChildren;
}

/** The frame every card shares. */
export function CardFrame({ label, variant, swatch, kindLabel, title, onClose, cardRef, style, children }: CardFrameProps) {
  return (
    <div class={`k-card ${variant}`} role="dialog" aria-label={label} ref={cardRef} style={style}>
      <div class="k-card-head">
        <span class="k-card-kind">
          <span class={`k-swatch k-swatch-${swatch}`} aria-hidden="true">
            Aa
          </span>
          <span class="k-card-kind-label">{kindLabel}</span>
        </span>
        {onClose && (
          <button type="button" class="k-card-close" aria-label={msg('cardClose')} title={msg('cardClose')} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <h2 class="k-card-title">{title}</h2>
      {children}
    </div>
  );
}

/** A role of the actor and, when known, why the document gives it ("ondertekenaar", "apposition"). */
export interface ActorRole {
  role: string;
  evidence: string | null;
}

/** An event the actor takes part in. */
export interface ActorEvent {
  id: string;
  date: string | null;
  what: string;
}

/** Another publication the reader opened that mentions the actor. */
export interface OtherDocument {
  id: string;
  /** The title as printed ("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN"). */
  title: string | null;
  date: string | null;
  url: string;
  /** Its dossier numbers ("21501-02"), for the citation form. */
  dossier?: readonly string[];
  /** Its dossiers' titles, what it is about; absent for a publication last opened before they were kept. */
  dossierTitles?: readonly string[];
}

/** Props of `ActorCard`. */
export interface ActorCardProps {
  name: string;
  type: Actor['type'];
  roles: readonly ActorRole[];
  aliases: readonly string[];
  /** How many mentions the actor has in this document. */
  mentionCount: number;
  /** The mention the card is for (0-based), shown as "vermelding 2 van 5"; null when opened for the actor as a whole. */
  mentionIndex?: number | null;
  onPreviousMention?: () => void;
  onNextMention?: () => void;
  /** The events it takes part in, in the order to show. */
  events: readonly ActorEvent[];
  /** An event was chosen (renders the events as buttons when given). */
  onEventSelect?: (eventId: string) => void;
  /** Other publications that mention it; null while they are being looked up. */
  alsoIn: readonly OtherDocument[] | null;
  onClose?: () => void;
  cardRef?: Ref<HTMLDivElement>;
  style?: Record<string, string | number>;
  /** More at the card's foot (the reader's notes, "Notitie bij …"). */
  children?: ComponentChildren;
}

const fold = (s: string): string => s.trim().toLocaleLowerCase('nl');

/** The actor's card. */
export function ActorCard(props: ActorCardProps) {
  const { name, type, roles, events, alsoIn, onEventSelect } = props;
  const count = Math.max(0, props.mentionCount);
  const index = props.mentionIndex ?? null;
  // Aliases that repeat the name or a role add nothing.
  const known = new Set([fold(name), ...roles.map((r) => fold(r.role))]);
  const aliases = [...new Set(props.aliases.filter((a) => a.trim() && !known.has(fold(a))))];
  return (
    <CardFrame
      label={name}
      variant="k-card-actor"
      swatch={type}
      kindLabel={actorTypeLabel(type)}
      title={name}
      onClose={props.onClose}
      cardRef={props.cardRef}
      style={props.style}
    >
      {roles.length > 0 && (
        <section class="k-card-section">
          <h3 class="k-card-heading">{msg('cardRoles')}</h3>
          <ul class="k-card-list k-card-roles">
            {roles.map((r, i) => {
              const evidence = roleEvidenceLabel(r.evidence);
              return (
                <li key={i}>
                  <span class="k-card-role">{r.role}</span>
                  {evidence && <span class="k-card-evidence"> ({evidence})</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {aliases.length > 0 && (
        <section class="k-card-section">
          <h3 class="k-card-heading">{msg('cardAliases')}</h3>
          <ul class="k-card-list k-card-aliases">
            {aliases.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      <div class="k-card-mentions">
        <span class="k-card-count">
          {mentionCount(count)}
          {index !== null && count > 1 && index >= 0 && index < count && (
            <span class="k-card-position"> · {msg('cardMentionPosition', index + 1, count)}</span>
          )}
        </span>
        {count > 1 && (props.onPreviousMention || props.onNextMention) && (
          <span class="k-card-steps">
            <button
              type="button"
              class="k-card-step"
              aria-label={msg('cardPreviousMention')}
              title={msg('cardPreviousMention')}
              disabled={!props.onPreviousMention}
              onClick={props.onPreviousMention}
            >
              ‹
            </button>
            <button
              type="button"
              class="k-card-step"
              aria-label={msg('cardNextMention')}
              title={msg('cardNextMention')}
              disabled={!props.onNextMention}
              onClick={props.onNextMention}
            >
              ›
            </button>
          </span>
        )}
      </div>
      {events.length > 0 && (
        <section class="k-card-section">
          <h3 class="k-card-heading">{msg('cardEvents')}</h3>
          <ul class="k-card-list k-card-events">
            {events.map((e) => {
              const when = e.date ? shortDate(e.date) : msg('cardUndated');
              return (
                <li key={e.id}>
                  <span class="k-card-date">{when}</span>{' '}
                  {onEventSelect ? (
                    <button type="button" class="k-card-linkish" onClick={() => onEventSelect(e.id)}>
                      {e.what}
                    </button>
                  ) : (
                    <span class="k-card-what">{e.what}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section class="k-card-section k-card-also">
        <h3 class="k-card-heading">{msg('cardAlsoIn')}</h3>
        {alsoIn === null ? (
          <p class="k-card-muted" role="status">
            {msg('cardAlsoInLoading')}
          </p>
        ) : alsoIn.length === 0 ? (
          <p class="k-card-muted">{msg('cardAlsoInNone')}</p>
        ) : (
          <ul class="k-card-list k-card-docs">
            {alsoIn.map((d) => (
              <AlsoInEntry key={d.id} doc={d} />
            ))}
          </ul>
        )}
      </section>
      {props.children}
    </CardFrame>
  );
}

/**
 * One publication under "Ook in", told apart from the others: its citation form as the link
 * ("Kamerstukken II 2022/23, 21501-02, nr. 2553"; every letter of a minister has the same printed
 * title), its date, and what it is about (its dossier's title, else the printed title).
 */
function AlsoInEntry({ doc }: { doc: OtherDocument }) {
  const href = safeHref(doc.url);
  const title = doc.title?.trim() || null;
  const cited = citationForm(doc);
  const label = cited ?? title ?? doc.id;
  const about =
    doc.dossierTitles
      ?.map((t) => t.trim())
      .filter(Boolean)
      .join('; ') || (cited ? title : null);
  return (
    <li class="k-card-doc">
      {href ? <a href={href}>{label}</a> : <span>{label}</span>}
      {doc.date && <span class="k-card-date"> {shortDate(doc.date)}</span>}
      {about && <span class="k-card-about">{about}</span>}
    </li>
  );
}
