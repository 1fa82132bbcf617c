/**
 * The background tells open tabs that notes changed, so two tabs of the same reader stay in step
 * (issue 5, "Storage"). Each tab's content script decides for itself whether the change concerns
 * its page (one of its document or actor keys) and reloads its notes if so.
 */
import { browser } from 'wxt/browser';
import type { NotesChange } from './protocol';
import { sendToTab } from './send';
import { SITE_MATCH } from '@/lib/model/site';

/**
 * The tabs of the site, as a match pattern: the same as `SITE_MATCH` in wxt.config.ts (a test
 * checks they agree). Not imported from there: that file pulls the build tooling into the bundle.
 */
export const SITE_TABS = SITE_MATCH;

/**
 * Sends `notes-changed` with `change` to every open tab of the site and resolves with how many
 * content scripts answered. Tabs without a content script (still loading, a page of the site that
 * failed, a tab opened before the extension was installed) reject; they are passed over. Never
 * rejects itself: a change nobody hears is no error of the save that made it.
 */
export async function broadcastNotesChanged(change: NotesChange): Promise<number> {
  if (change.documentIds.length === 0 && change.actorKeys.length === 0) return 0;
  let ids: number[];
  try {
    const tabs = await browser.tabs.query({ url: SITE_TABS });
    ids = tabs.map((tab) => tab.id).filter((id): id is number => typeof id === 'number');
  } catch {
    return 0;
  }
  const message = { type: 'notes-changed' as const, documentIds: [...change.documentIds], actorKeys: [...change.actorKeys] };
  const answers = await Promise.allSettled(ids.map((id) => sendToTab(id, message)));
  return answers.filter((answer) => answer.status === 'fulfilled').length;
}
