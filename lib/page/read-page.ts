/**
 * Reading a publication page: address → body → text index → lines → the report's `document`.
 * The same code runs in the content script and in the `annotate` CLI. Indexing is done once
 * (`readPage`); the document part can be described again cheaply when metadata.xml arrives later.
 */
import { findDocumentBody } from './body';
import { readDossiers } from './dossier';
import { findFullDate } from '@/lib/extract/dates/dutch-date';
import { readFootnotes } from './footnotes';
import { detectKind } from './kind';
import { findLetters } from './letters';
import { isHeadingLine, toLines, type Line } from './lines';
import { firstValue, readMetaTags, type Metadata } from './metadata';
import { readAddress, type AddressInfo } from './publication-id';
import type { Footnote, ReportDocument } from '@/lib/model/report';
import { buildTextIndex, buildTextIndexInSlices, type TextIndex } from './text-index';
import { yieldToMain } from '@/lib/util/yield-to-main';

/** What a page can lack: its text, its date, a letter's signature. */
export type PageProblem = 'no-text' | 'no-date' | 'no-signature';

/** Everything read from a page; `document` is the report's document part. */
export interface PageReading {
  url: string;
  address: AddressInfo;
  body: Element | null;
  index: TextIndex;
  lines: Line[];
  footnotes: Footnote[];
  document: ReportDocument;
  /** What could not be read; the UI says it in words (`problemWords` in lib/ui/words.ts). */
  problems: PageProblem[];
}

const EMPTY_INDEX: TextIndex = { text: '', segments: [], notes: [], sourceLength: 0 };

/** Reads a page: its address, body, text index and document facts from the text and `<meta>` tags. */
export function readPage(doc: Document, url: string): PageReading {
  const address = readAddress(url);
  const body = address.isPublicationText ? findDocumentBody(doc) : null;
  return finishReading(doc, url, address, body, body ? buildTextIndex(body) : EMPTY_INDEX);
}

/**
 * The same reading with the text index built in slices that leave the main thread free (the
 * content script's way); `onText` gets the text as it is read, part by part.
 */
export async function readPageInSlices(
  doc: Document,
  url: string,
  signal?: AbortSignal,
  onText?: (part: string) => void,
): Promise<PageReading> {
  const address = readAddress(url);
  const body = address.isPublicationText ? findDocumentBody(doc) : null;
  const index = body ? await buildTextIndexInSlices(body, { signal, onText }) : EMPTY_INDEX;
  await yieldToMain(); // the lines, notes and letters of a long text get a task of their own (docs/performance.md)
  signal?.throwIfAborted();
  return finishReading(doc, url, address, body, index);
}

function finishReading(doc: Document, url: string, address: AddressInfo, body: Element | null, index: TextIndex): PageReading {
  const lines = toLines(index);
  const footnotes = body ? readFootnotes(body, index) : [];
  const reading = { url, address, body, index, lines, footnotes };
  return { ...reading, ...describeDocument(reading, readMetaTags(doc)) };
}

/** Tells whether the page's own tags lack facts that `/{id}/metadata.xml` could give. */
export function wantsMetadataXml(reading: PageReading, meta: Metadata): boolean {
  if (!reading.address.isPublicationText || !reading.address.id) return false;
  return !firstValue(meta, 'dc.identifier', 'dcterms.identifier') || !firstValue(meta, 'dc.type') || !reading.document.date;
}

// Date cues in order of preference: an answer's receipt, a report's adoption, a question's submission.
const DATE_CUES = [
  /\(ontvangen\s+([^)]{6,40})\)|^Ontvangen\s+(.{6,40})$/im,
  /\(vastgesteld\s+([^)]{6,40})\)|^Vastgesteld\s+(.{6,40})$/im,
  /\(ingezonden\s+([^)]{6,40})\)/i,
];

function dateFromCues(text: string): string | null {
  for (const cue of DATE_CUES) {
    const m = cue.exec(text);
    const date = m ? findFullDate(m[1] ?? m[2] ?? '') : null;
    if (date) return date;
  }
  return null;
}

/** Describes the document from the read text plus metadata (tags and/or metadata.xml). */
export function describeDocument(
  reading: Pick<PageReading, 'address' | 'body' | 'lines' | 'footnotes' | 'index'>,
  meta: Metadata,
): { document: ReportDocument; problems: PageProblem[] } {
  const { address, body, lines, footnotes } = reading;
  const problems: PageProblem[] = [];
  const id = address.id ?? firstValue(meta, 'dc.identifier', 'dcterms.identifier');
  const { dossiers, next: headStart } = readDossiers(lines);
  const letters = address.isPublicationText ? findLetters(lines) : [];
  const kind = detectKind({
    id,
    isPublicationText: address.isPublicationText,
    lines,
    letters,
    headStart,
    dcType: firstValue(meta, 'dc.type'),
  });
  if (kind === 'none') {
    return { document: { id, kind, title: null, date: null, dossier: [], dossierTitles: [], letters: [], footnotes: [] }, problems };
  }
  if (!body || !lines.length) problems.push('no-text');

  const metaDate = firstValue(meta, 'overheidop.datumbrief', 'dcterms.issued', 'dcterms.available', 'dc.date');
  const first = letters[0];
  if (first && !first.date && kind === 'letter' && metaDate) first.date = metaDate.slice(0, 10);
  const date = first?.date ?? (metaDate ? metaDate.slice(0, 10) : null) ?? dateFromCues(reading.index.text.slice(0, 5000));
  if (!date) problems.push('no-date');

  const dossier = unique([
    ...(meta.get('overheidop.dossiernummer') ?? []).map((d) => d.replace(/\s/g, '')),
    ...dossiers.map((d) => d.number),
  ]);
  const dossierTitles = unique([
    ...dossiers.map((d) => d.title).filter((t): t is string => !!t),
    ...(dossiers.some((d) => d.title) ? [] : (meta.get('overheidop.dossiertitel') ?? [])),
  ]);
  if (kind === 'letter') {
    if (first && !first.signatories.length) problems.push('no-signature');
  }
  const title = printedTitle(lines, headStart) ?? firstValue(meta, 'overheidop.documenttitel', 'dc.title') ?? null;
  return { document: { id, kind, title, date, dossier, dossierTitles, letters, footnotes }, problems };
}

// The first heading after the dossier lines, without its "Nr. N".
function printedTitle(lines: readonly Line[], headStart: number): string | null {
  for (const line of lines.slice(headStart, headStart + 4)) {
    if (isHeadingLine(line) || /BRIEF VAN/.test(line.text)) {
      const title = line.text.replace(/^[Nn][Rr]\.\s*\d+[a-z]?\s+/, '').trim();
      if (title) return title;
    }
  }
  return null;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
