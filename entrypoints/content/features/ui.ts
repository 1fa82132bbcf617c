/**
 * The UI feature: the tab, the panel and the cards, mounted once the first pass is drawn (a closed
 * panel is only its button, and its first render would take the processor from the highlights) and
 * drawn again after every change of the store. The UI goes with the content script.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { KantlijnUiProps } from '@/components/KantlijnUi';
import { cardView } from '@/entrypoints/content/card-view';
import { mountUi } from '@/entrypoints/content/mount-ui';
import { notesProps } from '@/entrypoints/content/notes/notes-props';
import type { SessionState, Store } from '@/entrypoints/content/page-store';
import { alsoInOf, type CardsFeature } from './cards';
import type { PanelFeature } from './panel';

/** The features the UI's controls act through. */
export interface UiActions {
  panel: PanelFeature;
  cards: CardsFeature;
}

/** Mounts the UI and keeps it in step with the store. */
export async function startUi(ctx: ContentScriptContext, store: Store<SessionState>, actions: UiActions): Promise<void> {
  const redraw = await mountUi(ctx, uiProps(store.get(), actions));
  store.subscribe(() => redraw(uiProps(store.get(), actions)), ctx.signal);
  redraw(uiProps(store.get(), actions)); // what changed while it mounted
}

/** What the UI shows of a state, and what its controls do. */
export function uiProps(state: Readonly<SessionState>, { panel, cards }: UiActions): KantlijnUiProps {
  const { report, card, document } = state;
  const noted = notesProps(state.notes, document.id); // the notes' parts of the panel, the overlay and the cards
  return {
    notes: noted.panel,
    overlay: noted.overlay,
    open: state.panelOpen,
    document,
    problems: state.problems,
    report,
    highlightKinds: state.kinds,
    card:
      report && card
        ? cardView({
            report,
            ...card,
            alsoIn: alsoInOf(state, card.target),
            cardRef: cards.setCardElement,
            onClose: cards.close,
            onActor: cards.openActor,
            onEvent: cards.openEvent,
            notes: noted.card,
          })
        : null,
    onToggle: panel.toggle,
    onActorActivate: cards.activateActor,
    onEventActivate: cards.openEvent,
    onReferenceActivate: (index) => cards.followReference(index, false),
    onToggleHighlightKind: panel.toggleKind,
  };
}
