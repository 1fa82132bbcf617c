// The content script's notes requests: an answer, a refusal in words, or a background gone away —
// never an exception into the page.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ask } from '@/entrypoints/content/notes/notes-client';

describe('ask', () => {
  it('passes on a successful answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, tags: ['kaukasus'] });
    expect(await ask({ type: 'note-tags' })).toEqual({ ok: true, value: { ok: true, tags: ['kaukasus'] } });
  });

  it('passes on the background’s reason', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: 'De database kon niet worden geopend: QuotaExceededError',
    });
    expect(await ask({ type: 'note-tags' })).toEqual({ ok: false, error: 'De database kon niet worden geopend: QuotaExceededError' });
  });

  it('says so in words when the extension was reloaded under the page', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    const answer = await ask({ type: 'delete-note', id: 'x' });
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error).toMatch(/laad de pagina opnieuw/);
  });

  it('treats an empty answer (no listener) as no connection', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const answer = await ask({ type: 'get-draft', key: 'k' });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/herstart/) });
  });
});
