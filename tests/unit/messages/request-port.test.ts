// Requests over the long-lived port: answers matched to their requests, foreign ports and types
// left alone, a closed port failing what waits on it and opened again for the next request.
import { describe, expect, it } from 'vitest';
import type { PortLike } from '@/lib/messages/port-like';
import { answerRequestPort, createRequestPort, REQUEST_PORT } from '@/lib/messages/request-port';
import { portPair } from './port-pair';

const newPair = (name: string = REQUEST_PORT, senderId = 'ext') => portPair(name, senderId);

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the request port', () => {
  it('answers each request with its own answer, in any order', async () => {
    const pair = newPair();
    answerRequestPort(
      pair.background,
      'ext',
      (t) => t === 'echo',
      async (m) => {
        const { wait, value } = m as unknown as { wait: number; value: string };
        await delay(wait);
        return { ok: true, value };
      },
    );
    const request = createRequestPort(() => pair.page);
    const slow = request({ type: 'echo', wait: 20, value: 'slow' } as { type: string });
    const fast = request({ type: 'echo', wait: 0, value: 'fast' } as { type: string });
    expect(await Promise.all([slow, fast])).toEqual([
      { ok: true, value: 'slow' },
      { ok: true, value: 'fast' },
    ]);
  });

  it('leaves ports of other names alone and closes ports of other extensions', async () => {
    // The page's end hears it when the background closes a port.
    const other = newPair('kantlijn-extract');
    let otherClosed = false;
    other.page.onDisconnect.addListener(() => (otherClosed = true));
    answerRequestPort(
      other.background,
      'ext',
      () => true,
      async () => ({ ok: true }),
    );
    const foreign = newPair(REQUEST_PORT, 'someone-else');
    let foreignClosed = false;
    foreign.page.onDisconnect.addListener(() => (foreignClosed = true));
    answerRequestPort(
      foreign.background,
      'ext',
      () => true,
      async () => ({ ok: true }),
    );
    await delay(1);
    expect(otherClosed).toBe(false);
    expect(foreignClosed).toBe(true);
  });

  it('fails what waits when the background closes the port, and opens a new one next time', async () => {
    const first = newPair();
    const handled: string[] = [];
    answerRequestPort(
      first.background,
      'ext',
      () => true,
      () => new Promise(() => handled.push('never answered')),
    );
    const second = newPair();
    answerRequestPort(
      second.background,
      'ext',
      () => true,
      async () => ({ ok: true, from: 'second' }),
    );
    const ports = [first.page, second.page];
    const request = createRequestPort(() => ports.shift() as PortLike);
    const waiting = request({ type: 'note-tags' });
    await delay(1);
    first.background.disconnect();
    await expect(waiting).rejects.toThrow(/closed the port/);
    expect(await request({ type: 'note-tags' })).toEqual({ ok: true, from: 'second' });
  });

  it('rejects at once when no port can be opened (the extension was reloaded)', async () => {
    const request = createRequestPort(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(request({ type: 'note-tags' })).rejects.toThrow(/invalidated/);
  });

  it('does not answer types the background does not take', async () => {
    const pair = newPair();
    answerRequestPort(
      pair.background,
      'ext',
      (t) => t === 'note-tags',
      async () => ({ ok: true }),
    );
    const request = createRequestPort(() => pair.page);
    const unanswered = request({ type: 'page-state' });
    const answered = await request({ type: 'note-tags' });
    expect(answered).toEqual({ ok: true });
    expect(await Promise.race([unanswered.then(() => 'answered'), delay(20).then(() => 'waiting')])).toBe('waiting');
  });
});
