/**
 * The background's answers to the protocol, as one function of (database, message). Kept apart
 * from `entrypoints/background.ts` so it can be tested with fake-indexeddb and no browser.
 * A database that cannot be opened (private window, full disk, quota) is answered in words.
 */
import type { KantlijnDb } from '../store/db';
import { countDocuments, documentsWithActor, getDocument, recordDocument } from '../store/documents';
import { runExtraction, validateExtractRequest } from './extract-request';
import { packExtraction } from './packed-extraction';
import { validateActorDocumentsQuery, validateSeenDocument } from './validate';
import type { AnyMessage, BackgroundProtocol, Response, StoreFailure } from './protocol';
import { msg } from '../ui/words';

type Answer = Response<BackgroundProtocol, keyof BackgroundProtocol>;

/** Creates the handler; `openDb` is called on first use and again after a failure. */
export function createBackgroundHandler(openDb: () => Promise<KantlijnDb>) {
  let db: Promise<KantlijnDb> | null = null;
  const database = () => {
    db ??= openDb().catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  return async function handle(message: AnyMessage<BackgroundProtocol>): Promise<Answer> {
    if (message.type === 'extract') return extractFor(message);
    try {
      switch (message.type) {
        case 'document-seen': {
          const seen = validateSeenDocument(message.document);
          if (!seen) return failure(msg('errorUnknownDocument'));
          const store = await database();
          await recordDocument(store, seen);
          return { ok: true, documentCount: await countDocuments(store) };
        }
        case 'get-stats':
          return { ok: true, documentCount: await countDocuments(await database()) };
        case 'get-document': {
          const id: unknown = message.id;
          if (typeof id !== 'string' || !id) return failure(msg('errorNoDocumentId'));
          return { ok: true, document: await getDocument(await database(), id) };
        }
        case 'documents-with-actor': {
          const query = validateActorDocumentsQuery(message);
          if (!query) return failure(msg('errorUnknownActor'));
          const { key, ...options } = query;
          return { ok: true, documents: await documentsWithActor(await database(), key, options) };
        }
        default:
          return failure(msg('errorUnknownRequest'));
      }
    } catch (error) {
      return failure(msg('errorDatabase', describe(error)));
    }
  };
}

// The extraction needs no database: its own failures are said as such.
function extractFor(message: { text: unknown; context: unknown }): Answer {
  const request = validateExtractRequest(message.text, message.context);
  if (!request) return failure(msg('errorExtractRequest'));
  try {
    return { ok: true, extraction: packExtraction(runExtraction(request)) };
  } catch (error) {
    return failure(msg('errorExtract', describe(error)));
  }
}

function failure(error: string): StoreFailure {
  return { ok: false, error };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}
