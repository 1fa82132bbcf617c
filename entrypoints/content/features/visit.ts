/**
 * The visit feature: the background is told which publication was opened and whom it names, so
 * "Ook in" on another page can list it.
 */
import { sendToBackground } from '@/lib/messages/send';
import type { Report, ReportDocument } from '@/lib/model/report';
import { msg } from '@/lib/ui/words';
import { actorKeysOf } from '@/entrypoints/content/analyse';

/** Records the visit; gives what went wrong in words (null when it was recorded), never throws. */
export async function recordVisit(doc: ReportDocument, report: Report | null): Promise<string | null> {
  if (!doc.id) return null;
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
        dossierTitles: doc.dossierTitles,
        actorKeys: actorKeysOf(report),
      },
    });
    return answer.ok ? null : answer.error;
  } catch {
    return msg('problemRemember');
  }
}
