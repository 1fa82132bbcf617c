/**
 * The report of a page read: the document part from `lib/page`, the actors, events and citations
 * from `lib/extract` — run in the background, so a long text never holds the page's main thread
 * (and the extraction's code and lists are not loaded into every page). When the background
 * cannot answer, the panel says so and shows the document's facts without the lists.
 */
import { actorKeyOf } from '../../lib/extract/actor-key';
import { unpackExtraction } from '../../lib/messages/packed-extraction';
import { sendToBackground } from '../../lib/messages/send';
import { MAX_ACTOR_KEYS } from '../../lib/messages/validate';
import type { PageReading } from '../../lib/page/read-page';
import type { Report, ReportDocument } from '../../lib/page/report';
import { msg } from '../../lib/ui/words';

/** Builds the full report of a reading; when it cannot, says why in words (`problem`). */
export async function analyse(reading: PageReading, doc: ReportDocument): Promise<{ report: Report | null; problem: string | null }> {
  const text = reading.index.text;
  const context = { id: doc.id, documentDate: doc.date, kind: doc.kind, letters: doc.letters };
  try {
    const answer = await sendToBackground({ type: 'extract', text, context });
    if (answer.ok && 'extraction' in answer) return { report: { url: reading.url, document: doc, ...unpackExtraction(answer.extraction, text) }, problem: null };
    return { report: null, problem: answer.ok ? msg('problemAnalysis') : answer.error };
  } catch {
    return { report: null, problem: msg('problemAnalysis') };
  }
}

/** The keys of the actors a report names, as the background indexes documents by them. */
export function actorKeysOf(report: Report | null): string[] {
  const keys = new Set((report?.actors ?? []).map(actorKeyOf));
  return [...keys].filter((k) => k !== '' && !k.endsWith(':')).slice(0, MAX_ACTOR_KEYS);
}
