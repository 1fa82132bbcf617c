/**
 * The background's answers to the protocol, as one function of (database, message). Kept apart
 * from `entrypoints/background.ts` so it can be tested with fake-indexeddb and no browser.
 * A database that cannot be opened (private window, full disk, quota) is answered in words.
 * The notes messages are answered by `notes-handler.ts`. A content script is held to its own
 * publication there and here: it records and asks after only the document of its own address.
 */
import { browser } from 'wxt/browser';
import type { KantlijnDb } from '@/lib/store/db';
import { countDocuments, documentsWithActor, getDocument, recordDocument } from '@/lib/store/documents';
import { msg } from '@/lib/ui/words';
import { broadcastNotesChanged } from './broadcast';
import { runExtraction, validateExtractRequest } from './extract-request';
import { describeError, failure, reply, type BackgroundHandler } from './answer';
import { EXTENSION_CALLER, publicationOf, type Caller } from './caller';
import { createNotesHandler, isNotesMessage } from './notes-handler';
import { openLibraryTab } from './open-library';
import { packExtraction } from './packed-extraction';
import type { AnyMessage, BackgroundProtocol, NotesChange, Response } from './protocol';
import { validateActorDocumentsQuery, validateSeenDocument } from './validate';

type Answer = Response<BackgroundProtocol, keyof BackgroundProtocol>;

/** What the background may replace in tests. */
export interface BackgroundHandlerOptions {
  /** Tells open tabs that notes changed (default: `broadcastNotesChanged`, not awaited). */
  notify?: (change: NotesChange) => void;
  /** The clock for notes' `updated` and drafts' `updated`. */
  now?: () => number;
  /** Opens the notes library in a tab (default: `openLibraryTab`). */
  openLibrary?: (documentId: string | null) => Promise<void>;
  /** The browser's commands with their shortcuts (default: `browserShortcuts`). */
  listCommands?: () => Promise<ReadonlyArray<{ name?: string; shortcut?: string }>>;
}

/** Creates the handler; `openDb` is called on first use and again after a failure. */
export function createBackgroundHandler(openDb: () => Promise<KantlijnDb>, options: BackgroundHandlerOptions = {}): BackgroundHandler {
  let db: Promise<KantlijnDb> | null = null;
  const database = () => {
    db ??= openDb().catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  const notify = options.notify ?? ((change: NotesChange) => void broadcastNotesChanged(change));
  const notes = createNotesHandler({ database, notify, now: options.now });
  async function handle(message: AnyMessage<BackgroundProtocol>, caller: Caller = EXTENSION_CALLER): Promise<Answer> {
    if (message.type === 'extract') return extractFor(message);
    if (isNotesMessage(message)) return notes(message, caller);
    // Whether the caller may name document `id`: a content script only its own publication.
    const mine = (id: string) => caller.kind === 'extension' || id === caller.documentId;
    try {
      switch (message.type) {
        case 'document-seen': {
          const seen = validateSeenDocument(message.document);
          if (!seen) return failure(msg('errorUnknownDocument'));
          if (!mine(seen.id) || (caller.kind === 'page' && publicationOf(seen.url) !== seen.id)) return failure(msg('errorNotThisPage'));
          const store = await database();
          await recordDocument(store, seen);
          return reply(message.type, { ok: true, documentCount: await countDocuments(store) });
        }
        case 'get-stats':
          return reply(message.type, { ok: true, documentCount: await countDocuments(await database()) });
        case 'get-document': {
          const id: unknown = message.id;
          if (typeof id !== 'string' || !id) return failure(msg('errorNoDocumentId'));
          if (!mine(id)) return failure(msg('errorNotThisPage'));
          return reply(message.type, { ok: true, document: await getDocument(await database(), id) });
        }
        case 'documents-with-actor': {
          const query = validateActorDocumentsQuery(message);
          if (!query) return failure(msg('errorUnknownActor'));
          const { key, ...options } = query;
          return reply(message.type, { ok: true, documents: await documentsWithActor(await database(), key, options) });
        }
        case 'open-library': {
          const id: unknown = message.documentId;
          if (id !== undefined && (typeof id !== 'string' || !id || id.length > 200)) return failure(msg('errorNoDocumentId'));
          if (id !== undefined && !mine(id)) return failure(msg('errorNotThisPage'));
          await (options.openLibrary ?? openLibraryTab)(id ?? null);
          return reply(message.type, { ok: true });
        }
        case 'key-shortcuts': {
          // A browser that cannot list its commands has none the reader changed: the panel names Kantlijn's own keys.
          const commands = await (options.listCommands ?? browserShortcuts)().catch(() => []);
          const shortcuts: Record<string, string> = {};
          for (const { name, shortcut } of commands) if (name && shortcut) shortcuts[name] = shortcut;
          return reply(message.type, { ok: true, shortcuts });
        }
        default:
          return failure(msg('errorUnknownRequest'));
      }
    } catch (error) {
      return failure(msg('errorDatabase', describeError(error)));
    }
  }
  // One switch over the union answers every type; the signature callers see ties each answer to its request.
  return handle as BackgroundHandler;
}

// The browser's commands; none where it has no `commands` (a browser without them lists nothing).
async function browserShortcuts(): Promise<ReadonlyArray<{ name?: string; shortcut?: string }>> {
  return (await browser.commands?.getAll()) ?? [];
}

// The extraction needs no database: its own failures are said as such.
function extractFor(message: { text: unknown; context: unknown }): Answer {
  const request = validateExtractRequest(message.text, message.context);
  if (!request) return failure(msg('errorExtractRequest'));
  try {
    return reply('extract', { ok: true, extraction: packExtraction(runExtraction(request)) });
  } catch (error) {
    return failure(msg('errorExtract', describeError(error)));
  }
}
