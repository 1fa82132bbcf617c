/**
 * The library's source in the extension: reads straight from the database (an extension page is
 * the extension's own origin), writes single notes through the background so every open tab hears
 * of them, and imports in the page's own transaction (`lib/export`), then asks the background to
 * tell the tabs. Every failure comes back in words.
 */
import { browser } from 'wxt/browser';
import { applyImport, previewImport, readImportFile, settingsFromStorage, SETTINGS_KEYS } from '@/lib/export';
import { sendToBackground } from '@/lib/messages/send';
import { createDb, type KantlijnDb } from '@/lib/store/db';
import { msg } from '@/lib/ui/words';
import type { LibrarySource, SourceAnswer } from '@/components/library/library-source';

const reason = (failure: unknown): string => (failure instanceof Error ? failure.message : String(failure));

/** A read of the database, its failure said in words. */
async function reading<T>(read: () => Promise<T>): Promise<SourceAnswer<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (failure) {
    return { ok: false, error: msg('errorDatabase', reason(failure)) };
  }
}

/** A question to the background, its silence said in words. */
async function asking<T>(ask: () => Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<SourceAnswer<T>> {
  try {
    return await ask();
  } catch {
    return { ok: false, error: msg('popupNoBackground') };
  }
}

/** The source over `db` (the reader's database unless a test gives another). */
export function extensionSource(db: KantlijnDb = createDb()): LibrarySource {
  return {
    load: () =>
      reading(async () => {
        const [notes, documents] = await Promise.all([db.notes.toArray(), db.documents.toArray()]);
        return { notes, documents };
      }),
    save: (note) =>
      asking(async () => {
        const answer = await sendToBackground({ type: 'save-note', note });
        return answer.ok ? { ok: true, value: answer.note } : answer;
      }),
    remove: (id) =>
      asking(async () => {
        const answer = await sendToBackground({ type: 'delete-note', id });
        return answer.ok ? { ok: true, value: answer.note } : answer;
      }),
    backupExtras: () =>
      reading(async () => {
        const [drafts, stored] = await Promise.all([db.drafts.toArray(), browser.storage.local.get([...SETTINGS_KEYS])]);
        return { drafts, settings: settingsFromStorage(stored) };
      }),
    async previewImport(file) {
      const parsed = await readImportFile(file);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      const outcome = await previewImport(db, parsed.parsed);
      return outcome.ok ? { ok: true, value: outcome.preview } : outcome;
    },
    async applyImport(preview) {
      const outcome = await applyImport(db, preview);
      if (!outcome.ok) return outcome;
      const { changes } = outcome;
      if (changes.settings) {
        const settings = Object.fromEntries(Object.entries(changes.settings).filter(([, value]) => value !== undefined));
        await browser.storage.local.set(settings).catch(() => undefined);
      }
      if (changes.documentIds.length || changes.actorKeys.length) {
        // The tabs reload their notes; when the background is gone they will on their next load anyway.
        await sendToBackground({ type: 'announce-notes-changed', documentIds: changes.documentIds, actorKeys: changes.actorKeys }).catch(
          () => undefined,
        );
      }
      return { ok: true, value: changes };
    },
  };
}
