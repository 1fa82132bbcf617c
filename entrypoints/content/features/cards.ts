/**
 * The cards feature: the card of an actor, event or citation, opened by hovering a mention, from
 * the panel, from another card or from the reader's place in the text (its keys); the previous and
 * next mention; "Ook in", asked of the background once per actor; following a citation. Each
 * pass's hover goes when that pass's signal aborts.
 */
import type { OtherDocument } from '@/components/ActorCard';
import { selectionToOffsets } from '@/lib/anchor';
import { actorKeyOf } from '@/lib/extract/actor-key';
import {
  scrollToMention,
  startHover,
  toLiveRange,
  type Drawing,
  type HoverController,
  type HoverSource,
  type MentionSpan,
  type Target,
} from '@/lib/highlight';
import { sendToBackground } from '@/lib/messages/send';
import { isSitePage } from '@/lib/model/site';
import type { TextIndex } from '@/lib/page/text-index';
import { toTextOffset } from '@/lib/page/text-position';
import type { SessionState, Store } from '@/entrypoints/content/page-store';
import { mentionAt, stepFrom, type Place } from './mention-steps';

/** What the cards let the reader do. */
export interface CardsFeature {
  /** Scrolls to an actor's mention, flashes it and opens its card with focus in it. */
  openActor(actorId: string, mentionIndex: number): void;
  openEvent(eventId: string): void;
  /** From the panel: the actor's next mention each time. */
  activateActor(actorId: string): void;
  /** Opens the card of the mention at the reader's caret or selection, with focus in it; false when there is none. */
  openAtPlace(): boolean;
  /** Selects the next (1) or previous (-1) actor's mention from the reader's place and opens its card. */
  step(by: 1 | -1): void;
  /** Goes to a citation's publication on the site (in a new tab when asked). */
  followReference(index: number, newTab: boolean): void;
  close(): void;
  /** The card's frame while shown, for the hover (the pointer over the card keeps it open). */
  setCardElement(element: Element | null): void;
  /** Opens cards on hovering the drawing's mentions until `signal` aborts. */
  hover(drawing: HoverSource, signal: AbortSignal): HoverController;
}

/** Starts the cards of a page; their state is the store's `card` and `alsoIn`. */
export function startCards(store: Store<SessionState>, focusCard: () => void = () => undefined): CardsFeature {
  const nextMention = new Map<string, number>();

  const show = (target: Target, rect: DOMRect) => {
    if (target.kind === 'actor') nextMention.set(target.actorId, target.mentionIndex + 1);
    const { alsoIn } = store.get();
    const key = actorKeyFor(store.get(), target);
    const ask = key !== null && !alsoIn.has(key);
    store.set(ask ? { card: { target, rect }, alsoIn: new Map(alsoIn).set(key, null) } : { card: { target, rect } });
    if (ask) askAlsoIn(key);
  };
  const askAlsoIn = (key: string) => {
    const answered = (documents: readonly OtherDocument[]) => store.set({ alsoIn: new Map(store.get().alsoIn).set(key, documents) });
    sendToBackground({ type: 'documents-with-actor', key, exclude: store.get().document.id ?? undefined, limit: 20 })
      .then((answer) =>
        answered(
          answer.ok && 'documents' in answer
            ? answer.documents.map(({ id, title, date, url, dossier, dossierTitles }) => ({ id, title, date, url, dossier, dossierTitles }))
            : [],
        ),
      )
      .catch(() => answered([]));
  };
  const open = (target: Target) => {
    const range = store.get().drawing?.rangeOf(target);
    if (!range) return;
    if (target.kind === 'actor') nextMention.set(target.actorId, target.mentionIndex + 1);
    scrollToMention(range);
    requestAnimationFrame(() => {
      const { drawing, hover } = store.get();
      const rect = drawing?.rectOf(target);
      // open() reports the card through onEnter, which shows it; then focus moves into it.
      if (rect && hover?.open(target, rect)) focusCard();
    });
  };
  const openActor = (actorId: string, mentionIndex: number) => open({ kind: 'actor', actorId, mentionIndex });
  const followReference = (index: number, newTab: boolean) => {
    const url = store.get().report?.references[index]?.url;
    if (!url || !isSitePage(url)) return;
    if (newTab) window.open(url, '_blank', 'noopener');
    else location.assign(url);
  };

  return {
    openActor,
    openEvent: (eventId) => open({ kind: 'event', eventId }),
    activateActor(actorId) {
      const count = store.get().report?.actors.find((a) => a.id === actorId)?.mentions.length ?? 0;
      if (count) openActor(actorId, (nextMention.get(actorId) ?? 0) % count);
    },
    followReference,
    openAtPlace() {
      const drawing = store.get().drawing;
      const place = drawing && readerPlace(drawing.index);
      const at = place ? mentionAt(drawing.mentions, place, (m) => drawing.isShown(m.kind)) : null;
      const mention = at === null ? undefined : drawing?.mentions[at];
      if (!mention) return false;
      open(mention.target);
      return true;
    },
    step(by) {
      const drawing = store.get().drawing;
      if (!drawing) return;
      const at = stepFrom(drawing.mentions, readerPlace(drawing.index), by, (m) => isActorMention(drawing, m));
      const mention = at === null ? undefined : drawing.mentions[at];
      if (!mention) return;
      select(drawing, mention.target);
      open(mention.target);
    },
    close() {
      store.set({ card: null });
      store.get().hover?.close();
    },
    setCardElement(element) {
      store.get().hover?.setCardElement(element);
    },
    hover: (drawing, signal) =>
      startHover({
        source: drawing,
        signal,
        onEnter: show,
        onLeave: () => store.set({ card: null }),
        onActivate: (target, how) => {
          if (target.kind === 'reference') followReference(target.index, how.ctrlKey || how.metaKey || how.button === 1);
        },
      }),
  };
}

/** The reader's place in the text: the selection, or the caret, as offsets; null when it is not in the text. */
export function readerPlace(index: TextIndex, doc: Document = document): Place | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  if (!selection.isCollapsed) {
    const span = selectionToOffsets(index, selection);
    if (span) return span;
  }
  const range = selection.getRangeAt(0);
  const at = toTextOffset(index, range.startContainer, range.startOffset);
  return at === null ? null : { start: at, end: at };
}

// An actor's mention of a kind the reader shows: what the next and previous mention keys go through.
function isActorMention(drawing: Drawing, mention: MentionSpan): boolean {
  return mention.target.kind === 'actor' && drawing.isShown(mention.kind);
}

// The mention becomes the selection: the reader's place moves with the keys (and a note may be put on it).
function select(drawing: Drawing, target: Target): void {
  const range = drawing.rangeOf(target);
  const live = range && toLiveRange(range);
  const selection = document.getSelection();
  if (!live || !selection) return;
  selection.removeAllRanges();
  selection.addRange(live);
}

/** "Ook in" for the card of `target`: null while asked, or for anything but an actor. */
export function alsoInOf(state: Readonly<SessionState>, target: Target): readonly OtherDocument[] | null {
  const key = actorKeyFor(state, target);
  return key === null ? null : (state.alsoIn.get(key) ?? null);
}

// The key "Ook in" is asked by: the actor's, as the background indexes documents by it.
function actorKeyFor(state: Readonly<SessionState>, target: Target): string | null {
  const actor = target.kind === 'actor' ? state.report?.actors.find((a) => a.id === target.actorId) : undefined;
  return actor ? actorKeyOf(actor) : null;
}
