/**
 * The records Kantlijn keeps about what the reader has opened, shared by the store that keeps them
 * and the messages that carry them.
 */
import type { DocumentKind } from './report';

/** A publication as the background remembers it: the start of Kantlijn's memory across documents. */
export interface DocumentRecord {
  id: string;
  url: string;
  title: string | null;
  kind: DocumentKind;
  date: string | null;
  dossier: string[];
  /**
   * The dossiers' titles as printed ("Raad Algemene Zaken en Raad Buitenlandse Zaken"): what "Ook
   * in" tells a minister's letters apart by. Absent in a record from before they were kept (no
   * migration needed: the next visit writes the whole record again, with them).
   */
  dossierTitles?: string[];
  /**
   * The keys (`actorKeyOf` in lib/extract/actor-key.ts) of the actors the document mentions, each
   * once: "person:hoekstra", "organisation:europese commissie". Indexed, for "Ook in".
   */
  actorKeys: string[];
  firstSeen: number;
  lastSeen: number;
}

/** What a content script reports when it has read a publication. */
export type SeenDocument = Omit<DocumentRecord, 'firstSeen' | 'lastSeen'>;

/** Which notes changed: tabs reload their notes when they show one of these documents or actors. */
export interface NotesChange {
  documentIds: string[];
  actorKeys: string[];
}
