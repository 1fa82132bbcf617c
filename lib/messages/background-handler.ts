/**
 * The background's answers to the protocol, as one function of (database, message). Kept apart
 * from `entrypoints/background.ts` so it can be tested with fake-indexeddb and no browser.
 * A database that cannot be opened (private window, full disk, quota) is answered in words.
 */
import type { KantlijnDb } from '../store/db';
import { countDocuments, getDocument, recordDocument } from '../store/documents';
import { validateSeenDocument } from './validate';
import type { AnyMessage, BackgroundProtocol, Response, StoreFailure } from './protocol';

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
    try {
      switch (message.type) {
        case 'document-seen': {
          const seen = validateSeenDocument(message.document);
          if (!seen) return failure('Onbekend document: de gegevens zijn onvolledig.');
          const store = await database();
          await recordDocument(store, seen);
          return { ok: true, documentCount: await countDocuments(store) };
        }
        case 'get-stats':
          return { ok: true, documentCount: await countDocuments(await database()) };
        case 'get-document':
          return { ok: true, document: await getDocument(await database(), message.id) };
        default:
          return failure('Onbekend verzoek.');
      }
    } catch (error) {
      return failure(`De database van Kantlijn is niet beschikbaar (${describe(error)}).`);
    }
  };
}

function failure(error: string): StoreFailure {
  return { ok: false, error };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}
