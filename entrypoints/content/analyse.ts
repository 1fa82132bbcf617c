/**
 * The report of a page read: the document part from `lib/page`, the actors, events and citations
 * from `lib/extract` — run in the background, so a long text never holds the page's main thread.
 * If the background cannot answer (it is being updated, say), the page does the work itself.
 */
import { actorKeyOf } from '../../lib/extract/actor-key';
import { extract } from '../../lib/extract/extract';
import { sendToBackground } from '../../lib/messages/send';
import { MAX_ACTOR_KEYS } from '../../lib/messages/validate';
import type { PageReading } from '../../lib/page/read-page';
import type { Report, ReportDocument } from '../../lib/page/report';
import { msg } from '../../lib/ui/words';

/** Builds the full report of a reading; `problems` receives what went wrong, in words. */
export async function analyse(reading: PageReading, doc: ReportDocument, problems: string[]): Promise<Report | null> {
  const text = reading.index.text;
  const context = { id: doc.id, documentDate: doc.date, kind: doc.kind, letters: doc.letters };
  try {
    const answer = await sendToBackground({ type: 'extract', text, context });
    if (answer.ok && 'extraction' in answer) return { url: reading.url, document: doc, ...answer.extraction };
    if (!answer.ok) problems.push(answer.error);
    return null;
  } catch {
    // No background to ask: read here, once, rather than show nothing.
  }
  try {
    return { url: reading.url, document: doc, ...extract(text, context) };
  } catch (error) {
    console.warn('Kantlijn: de tekst kon niet worden geanalyseerd', error);
    problems.push(msg('problemAnalysis'));
    return null;
  }
}

/** The keys of the actors a report names, as the background indexes documents by them. */
export function actorKeysOf(report: Report | null): string[] {
  const keys = new Set((report?.actors ?? []).map(actorKeyOf));
  return [...keys].filter((k) => k !== '' && !k.endsWith(':')).slice(0, MAX_ACTOR_KEYS);
}
