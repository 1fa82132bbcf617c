/**
 * The report of DESIGN.md from a page reading. `actors`, `events` and `references` stay empty
 * until `lib/extract` exists (the extraction issue); the shape is already the final one.
 */
import type { PageReading } from './read-page';
import type { Report } from './report';

/** Assembles the report the CLI prints and the content script keeps. */
export function buildReport(reading: Pick<PageReading, 'url' | 'document'>): Report {
  return { url: reading.url, document: reading.document, actors: [], events: [], references: [] };
}
