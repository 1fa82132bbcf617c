// A draft that cannot be kept says so: the keeper reports each keep's outcome, and the open editor
// shows "Concept niet bewaard: …" until a later draft is kept.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftKeeper, DRAFT_DELAY_MS } from '@/entrypoints/content/notes/draft-keeper';
import { startNotes } from '@/entrypoints/content/notes/notes-session';
import { passageNote, publicationUrl } from '@/tests/unit/make-records';

const HERE = 'kst-21501-02-2553';
const FULL = 'Kantlijn kon niet in zijn database schrijven (QuotaExceededError).';

/** The background as the page sees it: drafts fail while `failing`, everything else answers empty. */
function background() {
  const state = { failing: true, drafts: 0 };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'save-draft') {
      state.drafts++;
      return state.failing ? { ok: false, error: FULL } : { ok: true };
    }
    if (type === 'notes-for-page') return { ok: true, notes: [], actorNotes: [] };
    if (type === 'note-tags') return { ok: true, tags: [] };
    if (type === 'get-draft') return { ok: true, draft: null };
    return { ok: true, note: null };
  });
  return state;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the draft keeper', () => {
  it('tells why a draft was not kept, and that a later one was', async () => {
    const server = background();
    const heard: Array<[string, string | null]> = [];
    const keeper = createDraftKeeper(HERE, (note, error) => heard.push([note.id, error]));
    keeper.keep(passageNote('n1', HERE));
    await vi.waitFor(() => expect(heard).toEqual([['n1', FULL]]), { timeout: DRAFT_DELAY_MS * 5 });
    server.failing = false;
    keeper.keep(passageNote('n1', HERE, { text: 'verder' }));
    await vi.waitFor(
      () =>
        expect(heard).toEqual([
          ['n1', FULL],
          ['n1', null],
        ]),
      { timeout: DRAFT_DELAY_MS * 5 },
    );
    keeper.stop();
  });
});

describe('the editor', () => {
  it('says "Concept niet bewaard" while its draft is not kept, and no more once it is', async () => {
    const server = background();
    const stop = new AbortController();
    let redraws = 0;
    const notes = startNotes({
      signal: stop.signal,
      documentId: HERE,
      url: publicationUrl(HERE),
      title: () => null,
      index: { text: '', segments: [], notes: [], sourceLength: 0 },
      report: () => null,
      redraw: () => void redraws++,
      otherCardOpen: () => false,
      focusCard: () => undefined,
    });
    await notes.ready;
    const note = passageNote('n1', HERE);
    notes.actions.edit(note);
    expect(notes.state.editor?.draftError).toBeNull();
    notes.actions.draft('Een eerste zin', []);
    await vi.waitFor(() => expect(notes.state.editor?.draftError).toBe(`Concept niet bewaard: ${FULL}`), { timeout: DRAFT_DELAY_MS * 5 });
    const drawn = redraws;
    expect(drawn).toBeGreaterThan(0);
    expect(notes.state.editor?.error).toBeNull(); // a failed draft is no failed save
    server.failing = false;
    notes.actions.draft('Een eerste zin, verder', []);
    await vi.waitFor(() => expect(notes.state.editor?.draftError).toBeNull(), { timeout: DRAFT_DELAY_MS * 5 });
    expect(redraws).toBeGreaterThan(drawn);
    expect(server.drafts).toBe(2);
    stop.abort();
  });
});
