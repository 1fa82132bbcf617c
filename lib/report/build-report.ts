/**
 * The report of DESIGN.md from a page reading: the document part from `lib/page`, the rest from
 * `lib/extract` over the same text.
 */
import { extract } from '@/lib/extract/extract';
import type { PageReading } from '@/lib/page/read-page';
import type { Report } from '@/lib/model/report';

/** Assembles the report the CLI prints and the content script keeps. */
export function buildReport(reading: Pick<PageReading, 'url' | 'document' | 'index'>): Report {
  const { document: doc } = reading;
  const found =
    doc.kind === 'none' && !doc.id
      ? { actors: [], events: [], references: [] }
      : extract(reading.index.text, { id: doc.id, documentDate: doc.date, kind: doc.kind, letters: doc.letters });
  return { url: reading.url, document: doc, ...found };
}
