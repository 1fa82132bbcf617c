// Telling open tabs of the site that notes changed, with WXT's fake browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { broadcastNotesChanged, SITE_TABS } from '@/lib/messages/broadcast';
import { SITE_MATCH } from '../../../wxt.config';

type Tabs = Awaited<ReturnType<typeof fakeBrowser.tabs.query>>;

/** Tabs as `tabs.query` answers them. */
const tabs = (...ids: Array<number | undefined>): Tabs =>
  ids.map((id, index) => ({ id, index, highlighted: false, active: false, pinned: false, incognito: false })) as Tabs;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('broadcastNotesChanged', () => {
  it('asks for the tabs of the site with the same pattern as the manifest', () => {
    expect(SITE_TABS).toBe(SITE_MATCH);
  });

  it('sends notes-changed to every tab of the site and passes over tabs without a content script', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs(1, 2, undefined, 3));
    const sent: Array<[number, unknown]> = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      sent.push([tabId, message]);
      if (tabId === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    });
    const told = await broadcastNotesChanged({ documentIds: ['kst-1'], actorKeys: ['person:hoekstra'] });
    expect(query).toHaveBeenCalledWith({ url: SITE_TABS });
    expect(sent).toEqual([
      [1, { type: 'notes-changed', documentIds: ['kst-1'], actorKeys: ['person:hoekstra'] }],
      [2, { type: 'notes-changed', documentIds: ['kst-1'], actorKeys: ['person:hoekstra'] }],
      [3, { type: 'notes-changed', documentIds: ['kst-1'], actorKeys: ['person:hoekstra'] }],
    ]);
    expect(told).toBe(2);
  });

  it('tells nobody about an empty change, and never rejects', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs(1));
    expect(await broadcastNotesChanged({ documentIds: [], actorKeys: [] })).toBe(0);
    expect(query).not.toHaveBeenCalled();
    query.mockRejectedValue(new Error('tabs is not available'));
    expect(await broadcastNotesChanged({ documentIds: ['kst-1'], actorKeys: [] })).toBe(0);
  });
});
