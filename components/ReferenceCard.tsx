/**
 * The card of a citation (`role="dialog"`, labelled with the cited id): the publication it cites,
 * the words as printed, and "Openen op de site" — a plain link in the same tab, rendered only for
 * an http(s) address.
 */
import type { ComponentChildren, Ref } from 'preact';
import { safeHref } from '@/lib/util/safe-href';
import { msg } from '@/lib/ui/words';
import { CardFrame } from './ActorCard';

/** Props of `ReferenceCard`. */
export interface ReferenceCardProps {
  /** The cited publication's id ("kst-21501-02-2535"); null when it could not be resolved. */
  target: string | null;
  /** The citation as printed ("Kamerstuk 21 501-02, nr. 2535"). */
  text: string;
  /** The cited publication on the site; null when unresolved. */
  url: string | null;
  /** Called when the link is followed (before the browser navigates). */
  onOpen?: () => void;
  onClose?: () => void;
  cardRef?: Ref<HTMLDivElement>;
  style?: Record<string, string | number>;
  children?: ComponentChildren;
}

/** The citation's card. */
export function ReferenceCard(props: ReferenceCardProps) {
  const { target, text, onOpen } = props;
  const href = safeHref(props.url);
  const id = target?.trim() || text;
  return (
    <CardFrame
      label={id}
      variant="k-card-reference"
      swatch="reference"
      kindLabel={msg('cardTypeReference')}
      title={id}
      onClose={props.onClose}
      cardRef={props.cardRef}
      style={props.style}
    >
      {text.trim() && text.trim() !== id && <p class="k-card-cue">“{text}”</p>}
      {href ? (
        <p>
          <a class="k-card-open" href={href} onClick={onOpen}>
            {msg('cardReferenceOpen')}
          </a>
        </p>
      ) : (
        <p class="k-card-muted">{msg('cardReferenceUnresolved')}</p>
      )}
      {props.children}
    </CardFrame>
  );
}
