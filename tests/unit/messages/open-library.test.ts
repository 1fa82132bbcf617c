// `open-library`: the panel asks the background to open the notes library, scoped to its publication.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandler } from '@/lib/messages/background-handler';
import { libraryPath, openLibraryTab } from '@/lib/messages/open-library';
import { createDb } from '@/lib/store/db';

describe('open-library', () => {
  it('opens the library for the publication, or for everything', async () => {
    const opened: Array<string | null> = [];
    const handle = createBackgroundHandler(async () => createDb('open-library-1'), { openLibrary: async (id) => void opened.push(id) });
    expect(await handle({ type: 'open-library', documentId: 'kst-21501-02-2553' })).toEqual({ ok: true });
    expect(await handle({ type: 'open-library' })).toEqual({ ok: true });
    expect(opened).toEqual(['kst-21501-02-2553', null]);
  });

  it('refuses an id that is no string, in words', async () => {
    const open = vi.fn(async () => undefined);
    const handle = createBackgroundHandler(async () => createDb('open-library-2'), { openLibrary: open });
    const answer = await handle({ type: 'open-library', documentId: 42 as unknown as string });
    expect(answer.ok).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('builds the address with the id escaped and opens it in a tab', async () => {
    expect(libraryPath('a b&c')).toBe('/notes.html?document=a%20b%26c');
    expect(libraryPath(null)).toBe('/notes.html');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openLibraryTab('kst-1');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/notes\.html\?document=kst-1$/) });
  });
});
