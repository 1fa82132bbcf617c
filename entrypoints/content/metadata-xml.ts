/**
 * metadata.xml for a page whose own tags lack facts it could give (the type, the identifier, the
 * date): asked for as soon as the text is read, and applied after the highlights are drawn — they
 * do not wait for the network. Its date anchors "jl." and "a.s.", so a date or kind other than the
 * page's own means the text must be analysed again.
 */
import { fetchMetadataXml, mergeMetadata, readMetaTags, type Metadata } from '@/lib/page/metadata';
import { describeDocument, wantsMetadataXml, type PageReading } from '@/lib/page/read-page';
import type { ReportDocument } from '@/lib/model/report';
import { msg, problemWords } from '@/lib/ui/words';

/** metadata.xml on its way, with the page's own tags it completes. */
export interface MetadataAsked {
  tags: Metadata;
  xml: Promise<Metadata>;
}

/** Asks for metadata.xml when the page's tags lack facts it could give (null: they do not). */
export function askMetadata(reading: PageReading, signal: AbortSignal): MetadataAsked | null {
  const tags = readMetaTags(document);
  if (!wantsMetadataXml(reading, tags) || !reading.document.id) return null;
  const xml = fetchMetadataXml(location.origin, reading.document.id, { timeoutMs: 4000, signal });
  xml.catch(() => undefined); // awaited, and a failure said, by `completeWith`
  return { tags, xml };
}

/** The document as metadata.xml completes it, and whether the text must be analysed again. */
export type Completed = { document: ReportDocument; problems: string[]; analyseAgain: boolean } | { problem: string };

/** Waits for metadata.xml and describes the document anew with it; a failure is said in words. */
export async function completeWith(asked: MetadataAsked, reading: PageReading, before: ReportDocument): Promise<Completed> {
  try {
    const xml = await asked.xml;
    const { document, problems } = describeDocument(reading, mergeMetadata(asked.tags, xml));
    return { document, problems: problems.map(problemWords), analyseAgain: document.date !== before.date || document.kind !== before.kind };
  } catch (error) {
    return { problem: msg('problemMetadata', (error as Error).message) };
  }
}
