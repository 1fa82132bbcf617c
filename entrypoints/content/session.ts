/**
 * One page's Kantlijn: read the page (in slices) while the background analyses its text, draw the
 * highlights, then mount the panel and complete the document's facts with metadata.xml when the
 * page lacks them (reading again when they change its date), remember the document, and answer the
 * reader: hovering, the panel's lists, the popup. Read again when the site replaces the text. Data
 * flows one way: page → reading → report → drawing and UI.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OtherDocument } from '@/components/ActorCard';
import { actorKeyOf } from '@/lib/extract/actor-key';
import {
  adoptHighlightStyles,
  drawHighlightsAsync,
  dropEarlyHighlightStyles,
  scrollToMention,
  startDrawing,
  startHover,
  type Drawing,
  type DrawingStart,
  type HoverController,
  type Target,
} from '@/lib/highlight';
import type { PageState } from '@/lib/messages/protocol';
import { sendToBackground } from '@/lib/messages/send';
import { readAddress } from '@/lib/page/publication-id';
import { readPageInSlices, type PageReading } from '@/lib/page/read-page';
import type { Actor, Report, ReportDocument } from '@/lib/model/report';
import { yieldToMain } from '@/lib/util/yield-to-main';
import { HIGHLIGHT_KINDS, type HighlightKind } from '@/lib/ui/highlight-kinds';
import { msg, problemWords } from '@/lib/ui/words';
import { actorKeysOf, analyse, startAnalysis } from './analyse';
import { cardView } from './card-view';
import { askMetadata, completeWith, type MetadataAsked } from './metadata-xml';
import { mountUi, type Redraw } from './mount-ui';
import { startNotes, type NotesSession } from '@/entrypoints/content/notes/notes-session';
import { notesProps } from '@/entrypoints/content/notes/notes-props';
import { answerPageMessages } from './page-messages';
import { loadHighlightKinds, loadPanelOpen, saveHighlightKinds, savePanelOpen } from './settings';
import { listenForShortcut } from './shortcut';
import { watchBody } from './watch-body';
import { isSitePage } from '@/lib/model/site';

/** Starts Kantlijn on this page; resolves once the first reading is drawn. */
export async function startSession(ctx: ContentScriptContext): Promise<void> {
  // Marks on the page's performance timeline, for the benchmark (npm run bench) and DevTools.
  performance.mark('kantlijn-start');
  await yieldToMain(); // apart from the task that injected the script
  // The text goes to the background while it is read; no port (and no background woken) on the
  // site's other pages, such as its search results.
  const streaming = readAddress(location.href).isPublicationText ? startAnalysis() : null;
  // The reader's settings (which kinds to draw, whether the panel is open) are asked for beside the
  // reading: they are there when the text is, not one more wait after it.
  const settings = Promise.all([loadPanelOpen(), loadHighlightKinds()]);
  const first = await readSafely(ctx.signal, streaming?.push);
  performance.mark('kantlijn-read');
  if (!first) {
    streaming?.cancel();
    dropEarlyHighlightStyles(document);
    answerPageMessages(ctx.signal, { state: notAPublication, setOpen: async () => false, report: () => null });
    return;
  }
  let reading: PageReading = first;
  let doc: ReportDocument = reading.document;
  let problems: string[] = reading.problems.map(problemWords);
  let report: Report | null = null;
  let drawing: Drawing | null = null;
  let hover: HoverController | null = null;
  let card: { target: Target; rect: DOMRect } | null = null;
  let cardElement: HTMLDivElement | null = null;
  let notes: NotesSession | null = null; // the reader's notes on this reading, once it is drawn
  let pass = new AbortController(); // one reading's work; aborted when the page is read again
  const alsoIn = new Map<string, OtherDocument[] | null>();
  const nextMention = new Map<string, number>();
  // The ::highlight() rules now: the browser restyles the page with them while the background reads
  // the text, not when the highlights are due. Held until the script is torn down.
  ctx.onInvalidated(adoptHighlightStyles(document));
  // The drawing begins with the actors, which the background sends ahead of the events: their
  // mentions, most of the drawing's work, are made ready while it finds the events.
  let begun: { actors: Actor[]; start: DrawingStart; stop: AbortController } | null = null;
  const begin = (actors: Actor[]) => {
    const stop = new AbortController();
    pass.signal.addEventListener('abort', () => stop.abort(), { once: true });
    begun = { actors, start: startDrawing(reading.index, actors, { signal: stop.signal }), stop };
  };
  let analysis = streaming ? streaming.finish(reading, doc, begin) : analyse(reading, doc);
  const metadata = askMetadata(reading, pass.signal); // beside it, when the page's tags lack facts
  let [open, kinds] = await settings;
  let redraw: Redraw | null = null;

  const setOpen = async (wanted: boolean) => {
    open = wanted;
    draw();
    await savePanelOpen(open);
    return open;
  };
  const closeCard = () => {
    card = null;
    hover?.close();
    draw();
  };
  const showActor = (actorId: string, mentionIndex: number) => openTarget({ kind: 'actor', actorId, mentionIndex });
  const showEvent = (eventId: string) => openTarget({ kind: 'event', eventId });
  // Scrolls to a target's mention, flashes it and opens its card (keyboard and panel path).
  const openTarget = (target: Target) => {
    const range = drawing?.rangeOf(target);
    if (!drawing || !range) return;
    if (target.kind === 'actor') nextMention.set(target.actorId, target.mentionIndex + 1);
    scrollToMention(range);
    requestAnimationFrame(() => {
      const rect = drawing?.rectOf(target);
      // open() reports the card through onEnter, which draws it; then focus moves into it.
      if (rect && hover?.open(target, rect)) queueMicrotask(() => cardElement?.querySelector<HTMLElement>('button, a')?.focus());
    });
  };
  const props = () => {
    const noted = notesProps(notes, doc.id); // the notes' parts of the panel, the overlay and the cards
    return {
      notes: noted.panel,
      overlay: noted.overlay,
      open,
      document: doc,
      problems,
      report,
      highlightKinds: kinds,
      card:
        report && card
          ? cardView({
              report,
              ...card,
              alsoIn: alsoInFor(card.target),
              cardRef: setCardElement,
              onClose: closeCard,
              onActor: showActor,
              onEvent: showEvent,
              notes: noted.card,
            })
          : null,
      onToggle: () => void setOpen(!open),
      onActorActivate: (actorId: string) => {
        const count = report?.actors.find((a) => a.id === actorId)?.mentions.length ?? 0;
        if (count) showActor(actorId, (nextMention.get(actorId) ?? 0) % count);
      },
      onEventActivate: showEvent,
      onReferenceActivate: (index: number) => followReference(index, false),
      onToggleHighlightKind: (kind: HighlightKind) => {
        kinds = { ...kinds, [kind]: !kinds[kind] };
        drawing?.setKinds(HIGHLIGHT_KINDS.filter((k) => kinds[k]));
        draw();
        void saveHighlightKinds(kinds);
      },
    };
  };
  const draw = () => redraw?.(props());
  const setCardElement = (el: HTMLDivElement | null) => {
    cardElement = el;
    hover?.setCardElement(el);
  };
  // "Ook in": the other publications the reader opened that mention the actor, asked once per actor.
  const alsoInFor = (target: Target): OtherDocument[] | null => {
    if (target.kind !== 'actor' || !report) return null;
    const actor = report.actors.find((a) => a.id === target.actorId);
    if (!actor) return null;
    const key = actorKeyOf(actor);
    if (!alsoIn.has(key)) {
      alsoIn.set(key, null);
      sendToBackground({ type: 'documents-with-actor', key, exclude: doc.id ?? undefined, limit: 20 })
        .then((answer) =>
          alsoIn.set(
            key,
            answer.ok && 'documents' in answer ? answer.documents.map(({ id, title, date, url }) => ({ id, title, date, url })) : [],
          ),
        )
        .catch(() => alsoIn.set(key, []))
        .finally(draw);
    }
    return alsoIn.get(key) ?? null;
  };
  const followReference = (index: number, newTab: boolean) => {
    const url = report?.references[index]?.url;
    if (!url || !isSitePage(url)) return;
    if (newTab) window.open(url, '_blank', 'noopener');
    else location.assign(url);
  };
  const state = (): PageState => ({ isPublication: true, document: doc, panelOpen: open, problems: [...problems] });

  // An extension reloaded or updated while the page is open leaves this script orphaned: look now
  // and then whether it still belongs to a running extension; if not, `ctx` tears everything down.
  ctx.setInterval(() => void ctx.isInvalid, 2000);
  answerPageMessages(ctx.signal, {
    state,
    setOpen,
    report: () => report,
    notesChanged: (change) => notes?.actions.changed(change.documentIds, change.actorKeys),
  });
  listenForShortcut(ctx.signal, () => void setOpen(!open));
  ctx.signal.addEventListener('abort', () => pass.abort(), { once: true });
  // The panel mounts once the first pass has drawn (or given up): its stylesheet's fetch and first
  // render would take the processor from the reading and the background's extraction and delay the
  // highlights (docs/performance.md), and a closed panel is only its button.
  let firstDrawn: () => void = () => undefined;
  const mounted = new Promise<void>((resolve) => (firstDrawn = resolve))
    .then(() => mountUi(ctx, props()))
    .then((r) => {
      redraw = r;
      draw();
    });

  // One pass from a reading to what the reader sees; a later pass (the text changed) replaces it.
  const run = async (signal: AbortSignal, asked: MetadataAsked | null) => {
    try {
      await show(signal);
    } finally {
      firstDrawn(); // also when the pass was cut short
    }
    if (signal.aborted) return;
    // The reader's notes come after the highlights (they never delay the annotation) and do not
    // wait for metadata.xml: the publication is known by its address.
    if (doc.id) {
      const documentId = doc.id;
      notes = startNotes({
        signal,
        documentId,
        url: location.href,
        title: () => doc.title,
        index: reading.index,
        report: () => report,
        redraw: draw,
        otherCardOpen: () => card !== null,
      });
    }
    // metadata.xml after the highlights: they do not wait for the network. Its date anchors "jl."
    // and "a.s.": when it gives another date or kind, the text is analysed again in a new pass
    // (which ends this one's notes and starts them anew with its own report).
    if (asked && (await completeDocument(asked, signal))) {
      const again = newPass();
      analysis = analyse(reading, doc);
      return run(again, null);
    }
    if (signal.aborted) return;
    await remember(doc, report, problems); // with the facts metadata.xml completed
    draw();
  };
  // The report of the pass's analysis, and its highlights.
  const show = async (signal: AbortSignal) => {
    const found = await analysis;
    if (signal.aborted) return;
    performance.mark('kantlijn-analysed');
    report = found.report && { ...found.report, document: doc };
    if (found.problem) problems = [...problems, found.problem];
    // The drawing begun with these actors, if any (another reading's, or the actors of a report that
    // came another way, are let go).
    const early = begun && report && begun.actors === report.actors ? begun.start : null;
    if (!early) begun?.stop.abort();
    begun = null;
    if (report) {
      const shown = HIGHLIGHT_KINDS.filter((k) => kinds[k]);
      try {
        drawing = await (early ? early.complete(report, shown) : drawHighlightsAsync(reading.index, report, { kinds: shown, signal }));
      } catch (error) {
        if (signal.aborted) return;
        console.warn('Kantlijn: markeringen niet getekend', error);
      }
      if (drawing) hover = startHoverOn(drawing, signal);
    }
    performance.mark('kantlijn-drawn');
    draw(); // the panel's lists after the highlights
  };
  // Completes the document's facts with metadata.xml; true when the text must be analysed again.
  const completeDocument = async (asked: MetadataAsked, signal: AbortSignal): Promise<boolean> => {
    const completed = await completeWith(asked, reading, doc);
    if (signal.aborted) return false;
    if ('problem' in completed) problems = [...problems, completed.problem];
    else {
      ({ document: doc, problems } = completed);
      if (report) report = { ...report, document: doc };
    }
    draw();
    return 'analyseAgain' in completed && completed.analyseAgain;
  };
  // Ends the pass at work (aborting it removes its highlights, hover and notes) and starts another; gives its signal.
  const newPass = (): AbortSignal => {
    pass.abort();
    pass = new AbortController();
    drawing = null;
    hover = null;
    card = null;
    notes = null;
    report = null;
    return pass.signal;
  };
  const startHoverOn = (d: Drawing, signal: AbortSignal) =>
    startHover({
      source: d,
      signal,
      onEnter: (target, rect) => {
        card = { target, rect };
        if (target.kind === 'actor') nextMention.set(target.actorId, target.mentionIndex + 1);
        draw();
      },
      onLeave: () => {
        card = null;
        draw();
      },
      onActivate: (target, how) => {
        if (target.kind === 'reference') followReference(target.index, how.ctrlKey || how.metaKey || how.button === 1);
      },
    });

  // The site may replace the text after load: read it again and draw anew.
  let bodyLength = reading.index.sourceLength;
  watchBody(
    ctx.signal,
    () => reading.body,
    () => bodyLength,
    () => {
      const signal = newPass();
      void readSafely(signal).then((again) => {
        if (!again || signal.aborted) return;
        reading = again;
        bodyLength = reading.index.sourceLength;
        ({ document: doc, problems } = { document: again.document, problems: again.problems.map(problemWords) });
        analysis = analyse(reading, doc);
        draw();
        return run(signal, askMetadata(reading, signal));
      });
    },
  );
  await Promise.all([run(pass.signal, metadata), mounted]);
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

function notAPublication(): PageState {
  return { isPublication: false, document: null, panelOpen: false, problems: [] };
}

// Tells the background which publication was opened and whom it names; a failure is shown, never thrown.
async function remember(doc: ReportDocument, report: Report | null, problems: string[]): Promise<void> {
  if (!doc.id) return;
  try {
    const answer = await sendToBackground({
      type: 'document-seen',
      document: {
        id: doc.id,
        url: location.href,
        title: doc.title,
        kind: doc.kind,
        date: doc.date,
        dossier: doc.dossier,
        actorKeys: actorKeysOf(report),
      },
    });
    if (!answer.ok) problems.push(answer.error);
  } catch {
    problems.push(msg('problemRemember'));
  }
}
