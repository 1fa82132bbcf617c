/**
 * The report of a page read: the document part from `lib/page`, the actors, events and citations
 * from `lib/extract` — run in the background, so a long text never holds the page's main thread
 * (and the extraction's code and lists are not loaded into every page). The first reading streams
 * its text to the background while the page is read (`startAnalysis`), and finds the citations
 * itself while it waits for the answer; a reading again, or a stream the background dropped, sends
 * the whole text at once (`analyse`). When the background
 * cannot answer, the panel says so and shows the document's facts without the lists.
 */
import { browser, type Browser } from 'wxt/browser';
import { actorKeyOf } from '@/lib/extract/actor-key';
import { findReferencesInSlices } from '@/lib/extract/references-in-slices';
import { EXTRACT_PORT, type ExtractPortAnswer, type ExtractPortMessage } from '@/lib/messages/extract-port-protocol';
import { unpackActors, unpackExtraction, type PackedExtraction } from '@/lib/messages/packed-extraction';
import { sendToBackground } from '@/lib/messages/send';
import { MAX_ACTOR_KEYS } from '@/lib/messages/validate';
import type { PageReading } from '@/lib/page/read-page';
import type { Actor, DatedEvent, Reference, Report, ReportDocument } from '@/lib/model/report';
import { yieldToMain } from '@/lib/util/yield-to-main';
import { msg } from '@/lib/ui/words';

/** A report, or why there is none (in the reader's words). */
export interface Analysis {
  report: Report | null;
  problem: string | null;
}

/** Builds the full report of a reading, sending its whole text; when it cannot, says why in words (`problem`). */
export async function analyse(reading: PageReading, doc: ReportDocument): Promise<Analysis> {
  try {
    const answer = await sendToBackground({ type: 'extract', text: reading.index.text, context: contextOf(doc) });
    if (answer.ok && 'extraction' in answer) return reportOf(reading, doc, answer.extraction);
    return { report: null, problem: answer.ok ? msg('problemAnalysis') : answer.error };
  } catch {
    return { report: null, problem: msg('problemAnalysis') };
  }
}

/** An analysis fed with the text while it is read. */
export interface StreamedAnalysis {
  /** Sends the next part of the text (the reading's `onText`). */
  push(part: string): void;
  /**
   * Sends the document's facts and gives the report of the reading whose text was pushed;
   * `onActors` gets its actors as soon as they come, ahead of the rest (the drawing begins with them).
   */
  finish(reading: PageReading, doc: ReportDocument, onActors?: (actors: Actor[]) => void): Promise<Analysis>;
  /** Drops the analysis (the page is no publication, or the script ends). */
  cancel(): void;
}

/** Opens the extraction port before the reading starts (lib/messages/extract-port.ts). */
export function startAnalysis(): StreamedAnalysis {
  let port: Browser.runtime.Port | null = null;
  try {
    port = browser.runtime.connect({ name: EXTRACT_PORT });
  } catch {
    port = null; // the extension is gone: `finish` asks once and says so
  }
  const open = port;
  // The answer: the actors, unpacked the moment they come (the background goes on to the events
  // meanwhile), then the events; null when the port closed without them (the background restarted, say).
  let text: string | null = null; // the reading's, once `end` is posted
  let actors: Actor[] | null = null;
  let heard: (actors: Actor[]) => void = () => undefined; // `finish`'s onActors
  const answer = new Promise<Answered | null>((resolve) => {
    if (!open) return resolve(null);
    open.onMessage.addListener((message: unknown) => {
      const m = message as ExtractPortAnswer;
      if (!m.ok) resolve(m);
      else if ('actors' in m) {
        actors = text === null ? null : unpackActors(m.actors, text);
        if (actors) heard(actors);
      } else resolve(actors ? { ok: true, actors, events: m.events } : null);
    });
    open.onDisconnect.addListener(() => resolve(null));
  });
  const post = (message: ExtractPortMessage): boolean => {
    try {
      port?.postMessage(message);
      return port !== null;
    } catch {
      port = null; // a part is lost: the whole text goes at the end instead
      return false;
    }
  };
  return {
    push(part) {
      post({ type: 'part', text: part });
    },
    async finish(reading, doc, onActors) {
      const whole = reading.index.text;
      text = whole;
      if (onActors) heard = onActors;
      const sent = port !== null && post({ type: 'end', context: contextOf(doc) });
      // The background leaves the citations to the page (lib/extract/stream.ts, StreamOptions):
      // found here while it works on the rest, in slices of the page's main thread from its next
      // task on (this one ends the reading).
      const stop = new AbortController();
      const cited = sent ? yieldToMain().then(() => findReferencesInSlices(whole, { pause: yieldToMain, signal: stop.signal })) : null;
      cited?.catch(() => undefined); // stopped below when the answer is not used
      const got = sent ? await answer : null;
      port?.disconnect();
      port = null;
      if (!got?.ok || !cited) stop.abort();
      if (!got || !cited) return analyse(reading, doc);
      if (!got.ok) return { report: null, problem: got.error };
      // Citations that could not be found leave the actors and events drawn, and say so.
      const references: Reference[] | null = await cited.catch(() => null);
      const report = { url: reading.url, document: doc, actors: got.actors, events: got.events, references: references ?? [] };
      return { report, problem: references ? null : msg('problemReferences') };
    },
    cancel() {
      port?.disconnect();
      port = null;
    },
  };
}

// The background's answer with the actors unpacked, or why there is none.
type Answered = { ok: true; actors: Actor[]; events: DatedEvent[] } | { ok: false; error: string };

function contextOf(doc: ReportDocument) {
  return { id: doc.id, documentDate: doc.date, kind: doc.kind, letters: doc.letters };
}

function reportOf(reading: PageReading, doc: ReportDocument, extraction: PackedExtraction): Analysis {
  return { report: { url: reading.url, document: doc, ...unpackExtraction(extraction, reading.index.text) }, problem: null };
}

/** The keys of the actors a report names, as the background indexes documents by them. */
export function actorKeysOf(report: Report | null): string[] {
  const keys = new Set((report?.actors ?? []).map(actorKeyOf));
  return [...keys].filter((k) => k !== '' && !k.endsWith(':')).slice(0, MAX_ACTOR_KEYS);
}
