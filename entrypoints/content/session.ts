/**
 * One page's Kantlijn. The page is read (in slices) while the background analyses its text; then a
 * pass runs from that reading to what the reader sees: the highlights, the notes, the facts
 * metadata.xml completes (a new pass when they change the date that "jl." counts from) and the
 * visit recorded. When the site replaces the text, a new pass replaces the one at work. The
 * features (features/) share one state in a store that the UI follows; each stops with its signal.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adoptHighlightStyles, dropEarlyHighlightStyles } from '@/lib/highlight';
import type { PageState } from '@/lib/messages/protocol';
import { readAddress } from '@/lib/page/publication-id';
import { readPageInSlices, type PageReading } from '@/lib/page/read-page';
import { problemWords } from '@/lib/ui/words';
import { yieldToMain } from '@/lib/util/yield-to-main';
import { analyse, startAnalysis, type Analysis } from './analyse';
import { startCards } from './features/cards';
import { startKeys } from './features/keys';
import { createHighlights } from './features/highlights';
import { completeDocument } from './features/metadata';
import { startPassNotes } from './features/notes';
import { startPanel } from './features/panel';
import { startRereading } from './features/reread';
import { startUi } from './features/ui';
import { createFocusRequests } from './frames/focus-requests';
import { recordVisit } from './features/visit';
import { askMetadata, type MetadataAsked } from './metadata-xml';
import { answerPageMessages } from './page-messages';
import { createStore, type SessionState } from './page-store';
import { loadHighlightKinds, loadPanelOpen } from './settings';

/** Starts Kantlijn on this page; resolves once the first reading is drawn. */
export async function startSession(ctx: ContentScriptContext): Promise<void> {
  // Marks on the page's performance timeline, for the benchmark (npm run bench) and DevTools.
  performance.mark('kantlijn-start');
  await yieldToMain(); // apart from the task that injected the script
  // The text goes to the background while it is read; no port (and no background woken) on the
  // site's other pages, such as its search results.
  const streaming = readAddress(location.href).isPublicationText ? startAnalysis() : null;
  // The reader's settings are asked for beside the reading: there when the text is, not a wait after it.
  const settings = Promise.all([loadPanelOpen(), loadHighlightKinds()]);
  const first = await readSafely(ctx.signal, streaming?.push);
  performance.mark('kantlijn-read');
  if (!first) {
    streaming?.cancel();
    dropEarlyHighlightStyles(document);
    answerPageMessages(ctx.signal, { state: notAPublication, setOpen: async () => false, report: () => null });
    return;
  }
  // The ::highlight() rules now: the browser restyles the page with them while the background reads
  // the text, not when the highlights are due. Held until the script is torn down.
  ctx.onInvalidated(adoptHighlightStyles(document));
  let pass = new AbortController(); // one pass's work; aborted when another replaces it
  ctx.signal.addEventListener('abort', () => pass.abort(), { once: true });
  const highlights = createHighlights();
  const analysis = streaming
    ? streaming.finish(first, first.document, (actors) => highlights.begin(first.index, actors, pass.signal))
    : analyse(first, first.document);
  const metadata = askMetadata(first, pass.signal); // beside it, when the page's tags lack facts
  const [panelOpen, kinds] = await settings;
  const store = createStore<SessionState>({
    reading: first,
    document: first.document,
    problems: first.problems.map(problemWords),
    report: null,
    panelOpen,
    kinds,
    card: null,
    alsoIn: new Map(),
    drawing: null,
    hover: null,
    notes: null,
  });
  const focus = createFocusRequests();
  const panel = startPanel(ctx.signal, store, () => focus.request('panel'));
  const cards = startCards(store, () => focus.request('card'));
  startKeys(ctx.signal, store, { panel, cards });

  // An extension reloaded or updated while the page is open leaves this script orphaned: look now
  // and then whether it still belongs to a running extension; if not, `ctx` tears everything down.
  ctx.setInterval(() => void ctx.isInvalid, 2000);
  answerPageMessages(ctx.signal, {
    state: () => pageState(store.get()),
    setOpen: panel.setOpen,
    report: () => store.get().report,
    notesChanged: (change) => store.get().notes?.actions.changed(change.documentIds, change.actorKeys),
  });
  // The UI mounts once the first pass has drawn (or given up): see features/ui.ts.
  let firstDrawn: () => void = () => undefined;
  const mounted = new Promise<void>((resolve) => (firstDrawn = resolve)).then(() => startUi(ctx, store, { panel, cards, focus }));

  // Ends the pass at work (its highlights, hover and notes go with its signal) and starts another.
  const nextPass = (): AbortSignal => {
    pass.abort();
    pass = new AbortController();
    store.set({ report: null, drawing: null, hover: null, card: null, notes: null });
    return pass.signal;
  };
  // One pass from an analysis to what the reader sees.
  const run = async (signal: AbortSignal, analysed: Promise<Analysis>, asked: MetadataAsked | null): Promise<void> => {
    try {
      await show(signal, analysed);
    } finally {
      firstDrawn(); // also when the pass was cut short
    }
    if (signal.aborted) return;
    startPassNotes(signal, store, () => focus.request('card'));
    if (asked && (await completeDocument(store, asked, signal))) {
      const again = nextPass();
      const { reading, document } = store.get();
      return run(again, analyse(reading, document), null);
    }
    if (signal.aborted) return;
    const problem = await recordVisit(store.get().document, store.get().report); // with the facts metadata.xml completed
    if (problem && !signal.aborted) store.set({ problems: [...store.get().problems, problem] });
  };
  // The pass's report and its highlights; the panel's lists only after the highlights.
  const show = async (signal: AbortSignal, analysed: Promise<Analysis>) => {
    const found = await analysed;
    if (signal.aborted) return;
    performance.mark('kantlijn-analysed');
    const { reading, document, problems, kinds } = store.get();
    const report = found.report && { ...found.report, document };
    const drawing = await highlights.draw(reading.index, report, kinds, signal);
    if (signal.aborted) return;
    performance.mark('kantlijn-drawn');
    store.set({
      report,
      problems: found.problem ? [...problems, found.problem] : problems,
      drawing,
      hover: drawing && cards.hover(drawing, signal),
    });
  };

  startRereading(ctx.signal, store, {
    next: nextPass,
    read: (signal) => readSafely(signal),
    run: (reading, signal) => run(signal, analyse(reading, reading.document), askMetadata(reading, signal)),
  });
  await Promise.all([run(pass.signal, analysis, metadata), mounted]);
}

async function readSafely(signal: AbortSignal, onText?: (part: string) => void): Promise<PageReading | null> {
  try {
    const reading = await readPageInSlices(document, location.href, signal, onText);
    return reading.address.isPublicationText && reading.document.kind !== 'none' ? reading : null;
  } catch (error) {
    if (!signal.aborted) console.warn('Kantlijn: deze pagina kon niet worden gelezen', error);
    return null;
  }
}

// What the popup is told about this tab.
function pageState(state: Readonly<SessionState>): PageState {
  return { isPublication: true, document: state.document, panelOpen: state.panelOpen, problems: [...state.problems] };
}

function notAPublication(): PageState {
  return { isPublication: false, document: null, panelOpen: false, problems: [] };
}
