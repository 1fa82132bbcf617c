import './style.css';
import { sendToBackground } from '../../lib/messages/send';
import type { PageState } from '../../lib/messages/protocol';
import { describeDocument, readPage, wantsMetadataXml, type PageReading } from '../../lib/page/read-page';
import { fetchMetadataXml, mergeMetadata, readMetaTags } from '../../lib/page/metadata';
import { buildReport } from '../../lib/page/build-report';
import type { Report, ReportDocument } from '../../lib/page/report';
import { mountUi, type Redraw } from './mount-ui';
import { answerPageMessages } from './page-messages';
import { loadPanelOpen, savePanelOpen } from './panel-state';
import { listenForShortcut } from './shortcut';

// On the site: read the page, and on a publication mount the panel. Everything this script adds
// (listeners, the shadow host) is torn down through `ctx` when the extension is reloaded.
export default defineContentScript({
  matches: ['*://zoek.officielebekendmakingen.nl/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const reading = safelyRead();
    if (!reading) {
      answerPageMessages(ctx.signal, { state: notAPublication, setOpen: async () => false, report: () => null });
      return;
    }
    let doc: ReportDocument = reading.document;
    const problems = [...reading.problems];
    let open = await loadPanelOpen();
    let redraw: Redraw | null = null;
    let report: Report | null = null;

    const props = () => ({ open, document: doc, problems, found: report ? summarise(report) : null, onToggle: () => void setOpen(!open) });
    const draw = () => redraw?.(props());
    const setOpen = async (wanted: boolean) => {
      open = wanted;
      draw();
      await savePanelOpen(open);
      return open;
    };
    const state = (): PageState => ({ isPublication: true, document: doc, panelOpen: open, problems: [...problems] });

    answerPageMessages(ctx.signal, { state, setOpen, report: () => report });
    listenForShortcut(ctx.signal, () => void setOpen(!open));
    redraw = await mountUi(ctx, props());

    const tags = readMetaTags(document);
    if (wantsMetadataXml(reading, tags) && reading.document.id) {
      try {
        const xml = await fetchMetadataXml(location.origin, reading.document.id, { timeoutMs: 4000, signal: ctx.signal });
        const described = describeDocument(reading, mergeMetadata(tags, xml));
        doc = described.document;
        problems.splice(0, problems.length, ...described.problems);
      } catch (error) {
        if (ctx.isInvalid) return;
        problems.push(`Metadata niet gelezen: ${(error as Error).message}.`);
      }
      draw();
    }
    // The full report, once the document's date is known (it anchors "jl." and "a.s."). Drawing the
    // actors and events in the page comes with the overlay; the panel counts them for now.
    report = readSafely(() => buildReport({ url: location.href, document: doc, index: reading.index }), problems);
    draw();
    await remember(doc, problems);
    draw();
  },
});

function safelyRead(): PageReading | null {
  try {
    const reading = readPage(document, location.href);
    return reading.address.isPublicationText && reading.document.kind !== 'none' ? reading : null;
  } catch (error) {
    console.warn('Kantlijn: deze pagina kon niet worden gelezen', error);
    return null;
  }
}

function readSafely(build: () => Report, problems: string[]): Report | null {
  try {
    return build();
  } catch (error) {
    console.warn('Kantlijn: de tekst kon niet worden geanalyseerd', error);
    problems.push('De namen, data en verwijzingen in de tekst konden niet worden gelezen.');
    return null;
  }
}

function summarise(report: Report) {
  return { actors: report.actors.length, events: report.events.length, references: report.references.length };
}

function notAPublication(): PageState {
  return { isPublication: false, document: null, panelOpen: false, problems: [] };
}

// Tells the background which publication was opened; a failure is shown, never thrown.
async function remember(doc: ReportDocument, problems: string[]): Promise<void> {
  if (!doc.id) return;
  try {
    const answer = await sendToBackground({
      type: 'document-seen',
      document: { id: doc.id, url: location.href, title: doc.title, kind: doc.kind, date: doc.date, dossier: doc.dossier },
    });
    if (!answer.ok) problems.push(answer.error);
  } catch {
    problems.push('Kantlijn kon dit document niet onthouden: de achtergrond van de extensie antwoordt niet.');
  }
}
