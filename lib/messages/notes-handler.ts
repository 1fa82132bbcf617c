/**
 * The background's answers to the notes messages of the protocol (issue 5): what a page shows,
 * saving and deleting notes, tags for completion, drafts, and passing changes on to open tabs.
 * Apart from `background-handler.ts` so each stays one concept; tested with fake-indexeddb.
 *
 * What arrives is input from a web page's content script: every field is checked before the
 * database (notes and drafts by their valibot schema), and every failure is answered in words.
 * A content script reaches only what its own publication shows (page-scope.ts); extension pages
 * reach every note.
 */
import type { KantlijnDb } from '@/lib/store/db';
import { discardDraft, getDraft, saveDraft } from '@/lib/store/drafts';
import { InvalidRecordError } from '@/lib/store/invalid-record';
import { changeOf, deleteNote, getNote, notesForPage, saveNote, tagCounts } from '@/lib/store/notes';
import type { Note } from '@/lib/notes/note';
import { checkDraft, checkNote } from '@/lib/notes/note-schema';
import { msg } from '@/lib/ui/words';
import { describeError, failure, reply } from './answer';
import { EXTENSION_CALLER, type Caller } from './caller';
import { isDraftOf, mayDeleteNote, mayWriteNote } from './page-scope';
import type { AnyMessage, BackgroundProtocol, NotesChange, Response } from './protocol';
import { createRecentDeletes } from './recent-deletes';
import { MAX_DRAFT_KEY_LENGTH, MAX_NOTE_ID_LENGTH, validateKey, validateNotesChange, validateNotesForPage } from './validate';

/** The notes messages, so the background handler can hand them over by type. */
export const NOTES_MESSAGE_TYPES = [
  'notes-for-page',
  'save-note',
  'delete-note',
  'note-tags',
  'get-draft',
  'save-draft',
  'discard-draft',
  'announce-notes-changed',
] as const satisfies ReadonlyArray<keyof BackgroundProtocol>;

/** The type of a notes message. */
export type NotesMessageType = (typeof NOTES_MESSAGE_TYPES)[number];

/** A notes message as it arrives. */
export type NotesMessage = Extract<AnyMessage<BackgroundProtocol>, { type: NotesMessageType }>;

/** Any answer to a notes message. */
export type NotesAnswer = Response<BackgroundProtocol, NotesMessageType>;

const TYPES: ReadonlySet<string> = new Set(NOTES_MESSAGE_TYPES);

/** The messages that write: a failure after the database opened is a failed write (a full disk, the quota). */
const WRITES: ReadonlySet<NotesMessageType> = new Set(['save-note', 'delete-note', 'save-draft', 'discard-draft']);

/** Tells whether a protocol message is one of the notes messages. */
export function isNotesMessage(message: AnyMessage<BackgroundProtocol>): message is NotesMessage {
  return TYPES.has(message.type);
}

/** What the notes handler needs from the background. */
export interface NotesHandlerOptions {
  /** The database, opened on first use; rejects when it cannot be opened. */
  database: () => Promise<KantlijnDb>;
  /** Passes a change on to open tabs; called after the write, not awaited, must not throw. */
  notify: (change: NotesChange) => void;
  /** The clock for `updated` (tests fix it). */
  now?: () => number;
}

/** Creates the function that answers notes messages of `caller` (by default an extension page); it never throws. */
export function createNotesHandler({ database, notify, now = Date.now }: NotesHandlerOptions) {
  const deletes = createRecentDeletes();
  const tell = (change: NotesChange): void => {
    if (change.documentIds.length === 0 && change.actorKeys.length === 0) return;
    try {
      notify(change);
    } catch {
      // Telling tabs is a courtesy: the write is done and answered either way.
    }
  };

  return async function handleNotes(message: NotesMessage, caller: Caller = EXTENSION_CALLER): Promise<NotesAnswer> {
    const refused = () => failure(msg('errorNotThisPage'));
    // A page that shows no publication may ask for tag words only; after this, `own` is the
    // publication a page is held to, and null for an extension page (or for that question of tags).
    if (caller.kind === 'page' && caller.documentId === null && message.type !== 'note-tags') return refused();
    const own = caller.kind === 'page' ? caller.documentId : null;
    let opened = false;
    const store = async (): Promise<KantlijnDb> => {
      const db = await database();
      opened = true;
      return db;
    };
    // The note a page may write over: the stored one, else the one this page just deleted (its undo).
    const known = async (id: string): Promise<Note | null> =>
      (await getNote(await store(), id)) ?? (own === null ? null : deletes.find(own, id, now()));
    try {
      switch (message.type) {
        case 'notes-for-page': {
          const query = validateNotesForPage(message);
          if (!query) return failure(msg('errorNotesRequest'));
          if (own !== null && query.documentId !== own) return refused();
          const { notes, actorNotes } = await notesForPage(await store(), query.documentId, query.actorKeys);
          return reply(message.type, { ok: true, notes, actorNotes });
        }
        case 'save-note': {
          const checked = checkNote(message.note);
          if (!checked.ok) return failure(msg('errorNoteInvalid', checked.reasons.join('; ')));
          if (own !== null && !mayWriteNote(own, checked.value, await known(checked.value.id))) return refused();
          const saved = await saveNote(await store(), checked.value, now());
          tell(changeOf(saved.note, saved.previous));
          return reply(message.type, { ok: true, note: saved.note });
        }
        case 'delete-note': {
          const id = validateKey(message.id, MAX_NOTE_ID_LENGTH);
          if (id === null) return failure(msg('errorNoNoteId'));
          if (own !== null && !mayDeleteNote(own, await getNote(await store(), id))) return refused();
          const deleted = await deleteNote(await store(), id);
          if (own !== null && deleted) deletes.add(own, deleted, now());
          tell(changeOf(deleted));
          return reply(message.type, { ok: true, note: deleted });
        }
        case 'note-tags':
          return reply(message.type, { ok: true, tags: (await tagCounts(await store())).map((entry) => entry.tag) });
        case 'get-draft': {
          const key = validateKey(message.key, MAX_DRAFT_KEY_LENGTH);
          if (key === null) return failure(msg('errorNoDraftKey'));
          if (own !== null && !isDraftOf(own, key)) return refused();
          return reply(message.type, { ok: true, draft: await getDraft(await store(), key) });
        }
        case 'save-draft': {
          const checked = checkDraft(message.draft);
          if (!checked.ok) return failure(msg('errorDraftInvalid', checked.reasons.join('; ')));
          const { key, note } = checked.value;
          if (own !== null && !(isDraftOf(own, key) && mayWriteNote(own, note, await known(note.id)))) return refused();
          await saveDraft(await store(), checked.value, now());
          return { ok: true };
        }
        case 'discard-draft': {
          const key = validateKey(message.key, MAX_DRAFT_KEY_LENGTH);
          if (key === null) return failure(msg('errorNoDraftKey'));
          if (own !== null && !isDraftOf(own, key)) return refused();
          await discardDraft(await store(), key);
          return { ok: true };
        }
        case 'announce-notes-changed': {
          if (own !== null) return refused(); // the library's word after an import, never a page's
          const change = validateNotesChange(message);
          if (!change) return failure(msg('errorNotesChange'));
          tell(change);
          return { ok: true };
        }
        default:
          return failure(msg('errorUnknownRequest'));
      }
    } catch (error) {
      if (error instanceof InvalidRecordError) {
        return failure(msg(error.what === 'note' ? 'errorNoteInvalid' : 'errorDraftInvalid', error.reasons.join('; ')));
      }
      return failure(msg(opened && WRITES.has(message.type) ? 'errorDatabaseWrite' : 'errorDatabase', describeError(error)));
    }
  };
}
