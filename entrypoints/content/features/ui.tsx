/**
 * The UI feature: the tab and the note button in the page, and the frames that draw the panel,
 * the cards, the note editor and the notice out of the page's reach (frames/frame-host.ts). It
 * mounts once the first pass is drawn (a closed panel is only its tab, and drawing more first
 * would take the processor from the highlights), follows the store after every change and goes
 * with the content script.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageControls, type PageControlsProps } from '@/components/PageControls';
import type { FocusRequests } from '@/entrypoints/content/frames/focus-requests';
import { defaultFontPx } from '@/entrypoints/content/frames/default-font';
import { applyFrameAction } from '@/entrypoints/content/frames/frame-actions';
import { createFrameHost, type FrameHost } from '@/entrypoints/content/frames/frame-host';
import {
  atRightEdge,
  besideRect,
  cardView,
  editorView,
  nearBottom,
  noticeView,
  panelView,
} from '@/entrypoints/content/frames/surface-views';
import { mountUi } from '@/entrypoints/content/mount-ui';
import type { SessionState, Store } from '@/entrypoints/content/page-store';
import type { CardsFeature } from './cards';
import type { PanelFeature } from './panel';

/** The features the UI's controls act through. */
export interface UiActions {
  panel: PanelFeature;
  cards: CardsFeature;
  focus: FocusRequests;
}

/** Mounts the UI and keeps it in step with the store. */
export async function startUi(ctx: ContentScriptContext, store: Store<SessionState>, actions: UiActions): Promise<void> {
  const { chrome, frames } = await mountUi(ctx);
  const host = createFrameHost(frames, ctx.signal, {
    onAction: (action) => applyFrameAction(action, store.get(), actions),
    // The hover keeps a card open while the pointer is over its frame; an actor, event or citation
    // card belongs to the cards, a note card to the notes.
    onPointer(surface, over) {
      if (surface !== 'card') return;
      const { card, hover, notes } = store.get();
      if (card) hover?.pointerOnCard(over);
      else notes?.actions.pointerOnCard(over);
    },
    onShown(surface, frame) {
      if (frame) actions.focus.shown(surface);
      if (surface !== 'card') return;
      const { card, notes } = store.get();
      actions.cards.setCardElement(card ? frame : null);
      notes?.actions.setCardElement(card ? null : frame);
    },
    onClosedWithFocus: (surface) => actions.focus.closedWithFocus(surface),
  });
  // Focus goes back to what opened a surface; with nothing left of that, to the panel's tab.
  actions.focus.connect({
    focus: host.focus,
    shown: (surface) => host.element(surface) !== null,
    focused: host.focused,
    fallback: () => chrome.querySelector<HTMLElement>('button[aria-expanded]'),
  });
  // The card is wanted at the first hover and the panel at the first Alt+Shift+K: load them now.
  host.prepare(['card', 'panel']);
  // The frames' content is sized in rem: their boxes follow the reader's default font size.
  const em = defaultFontPx(frames);
  let editorKey: string | null = null;
  const draw = () => {
    const state = store.get();
    render(<PageControls {...controlsProps(state, actions)} />, chrome);
    editorKey = drawFrames(host, state, { editorKey, em }, actions.focus);
  };
  store.subscribe(draw, ctx.signal);
  ctx.signal.addEventListener('abort', () => render(null, chrome), { once: true });
  draw();
}

/** The tab and the note button for a state. */
export function controlsProps(state: Readonly<SessionState>, { panel }: UiActions): PageControlsProps {
  const notes = state.notes;
  const adder = notes?.state.adder?.rect && !notes.state.editor ? notes.state.adder.rect : null;
  return {
    open: state.panelOpen,
    onToggle: panel.toggle,
    adder: adder && { left: Math.min(adder.right, window.innerWidth - 160), top: Math.min(adder.bottom + 6, window.innerHeight - 40) },
    onAdd: () => notes?.actions.addOnSelection(),
  };
}

// Every surface's view to its frame; a newly opened editor gets focus. Gives the editor's key.
function drawFrames(
  host: FrameHost,
  state: Readonly<SessionState>,
  { editorKey, em }: { editorKey: string | null; em: number },
  focus: FocusRequests,
): string | null {
  const notes = state.notes?.state ?? null;
  host.setReport(state.report);
  host.show('panel', panelView(state), atRightEdge);
  const card = cardView(state);
  // A hover card is shown at once; a note card, opened from the panel or a link, once measured.
  host.show('card', card?.view ?? null, besideRect(card?.rect ?? null, { atOnce: state.card !== null, em }));
  const editor = editorView(notes);
  host.show('editor', editor?.view ?? null, besideRect(editor?.rect ?? null, { em }));
  if (editor && editor.view.key !== editorKey) focus.request('editor');
  host.show('notice', noticeView(notes), nearBottom(em));
  return editor?.view.key ?? null;
}
