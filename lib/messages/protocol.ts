/**
 * The typed protocol between content script, extension pages and background.
 * One map from message type to request and response, so a sender and its handler cannot drift apart.
 */
import type { ExtractContext } from '@/lib/extract/extract';
import type { PackedExtraction } from './packed-extraction';
import type { Report, ReportDocument } from '@/lib/model/report';
import type { Note, NoteDraft } from '@/lib/notes/note';
import type { DocumentRecord, NotesChange, SeenDocument } from '@/lib/model/records';

export type { DocumentRecord, NotesChange, SeenDocument } from '@/lib/model/records';

/** What the content script of a tab knows about its page. */
export interface PageState {
  isPublication: boolean;
  document: ReportDocument | null;
  panelOpen: boolean;
  /** Parts of the page Kantlijn could not read, in the reader's words. */
  problems: string[];
}

/** Answer of the background when its database cannot be used: said in words, never thrown. */
export interface StoreFailure {
  ok: false;
  error: string;
}

/** A request that carries nothing but its type. */
type NoFields = Record<never, never>;

/** Messages handled by the background. */
export interface BackgroundProtocol {
  'document-seen': {
    request: { document: SeenDocument };
    response: { ok: true; documentCount: number } | StoreFailure;
  };
  'get-stats': {
    request: NoFields;
    response: { ok: true; documentCount: number } | StoreFailure;
  };
  'get-document': {
    request: { id: string };
    response: { ok: true; document: DocumentRecord | null } | StoreFailure;
  };
  /**
   * The publications the reader has opened that mention the actor with this key, last visited
   * first ("Ook in" on the actor card). `exclude` leaves out one document (the one being read);
   * `limit` defaults to 20 and is at most 100.
   */
  'documents-with-actor': {
    request: ActorDocumentsQuery;
    response: { ok: true; documents: DocumentRecord[] } | StoreFailure;
  };
  /** Runs `lib/extract` on a page's text in the background, off the page's main thread. */
  extract: {
    request: { text: string; context: ExtractContext };
    response: { ok: true; extraction: PackedExtraction } | StoreFailure;
  };
  /**
   * What a page needs of the reader's notes: the passage and event notes written in this
   * publication, and the actor notes on any of the actors it mentions (written anywhere).
   */
  'notes-for-page': {
    request: { documentId: string; actorKeys: string[] };
    response: { ok: true; notes: Note[]; actorNotes: Note[] } | StoreFailure;
  };
  /**
   * Saves a note (new or changed; also the undo of a delete). The background validates it, keeps
   * `id` and `created`, sets `updated` to now, drops the draft of the same note, and tells every
   * open tab of the site (`notes-changed`).
   */
  'save-note': {
    request: { note: Note };
    response: { ok: true; note: Note } | StoreFailure;
  };
  /** Deletes a note; answers the deleted record (null when there was none) so it can be undone. */
  'delete-note': {
    request: { id: string };
    response: { ok: true; note: Note | null } | StoreFailure;
  };
  /** Every tag the reader has used, most used first, for completion in the editor. */
  'note-tags': {
    request: NoFields;
    response: { ok: true; tags: string[] } | StoreFailure;
  };
  /** The unsaved draft under a key (`draftKeyOf`), or null. */
  'get-draft': {
    request: { key: string };
    response: { ok: true; draft: NoteDraft | null } | StoreFailure;
  };
  /** Keeps what an editor holds so far, until it is saved or cancelled. */
  'save-draft': {
    request: { draft: NoteDraft };
    response: { ok: true } | StoreFailure;
  };
  /** Forgets a draft (the editor was cancelled, or the note saved). */
  'discard-draft': {
    request: { key: string };
    response: { ok: true } | StoreFailure;
  };
  /**
   * Sent by an extension page that wrote notes itself (an import, the library): the background
   * passes it on to the open tabs as `notes-changed`.
   */
  /**
   * Opens the notes library in a new tab (from the panel: a page of the site may not open an
   * extension page itself), scoped to one publication when `documentId` is given.
   */
  'open-library': {
    request: { documentId?: string };
    response: { ok: true } | StoreFailure;
  };
  'announce-notes-changed': {
    request: NotesChange;
    response: { ok: true } | StoreFailure;
  };
  /**
   * The shortcuts the browser has for Kantlijn's commands now (the reader may have changed them in
   * its settings), by command name; a command without a shortcut is left out. The panel lists them.
   */
  'key-shortcuts': {
    request: NoFields;
    response: { ok: true; shortcuts: Record<string, string> } | StoreFailure;
  };
}

/** The fields of a `documents-with-actor` request. */
export interface ActorDocumentsQuery {
  /** An actor key as made by `actorKeyOf`. */
  key: string;
  /** The id of a document to leave out, usually the one being read. */
  exclude?: string;
  /** How many documents at most (default 20, at most 100). */
  limit?: number;
}

/** Messages handled by a tab's content script. */
export interface TabProtocol {
  'page-state': { request: NoFields; response: PageState };
  /** The page's full report (null until it is computed, or on a page that is no publication). */
  'get-report': { request: NoFields; response: { report: Report | null } };
  'toggle-panel': { request: { open?: boolean }; response: { open: boolean } };
  /** The background says notes changed (in another tab, the library, an import). */
  'notes-changed': { request: NotesChange; response: { ok: true } };
}

/** A message on the wire: its type plus its request fields. */
export type Message<P, K extends keyof P> = { type: K } & (P[K] extends { request: infer R } ? R : never);

/** The response type of message K in protocol P. */
export type Response<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/** Any message of protocol P. */
export type AnyMessage<P> = { [K in keyof P]: Message<P, K> }[keyof P];

/** Tells whether a value received from another context is a message with a string `type`. */
export function isMessage(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
