// Requests over the long-lived port: answers matched to their requests, foreign ports and types
// left alone, a closed port failing what waits on it and opened again for the next request.
import { describe, expect, it } from 'vitest';
import type { PortLike } from '../../../lib/messages/port-like';
import { answerRequestPort, createRequestPort, REQUEST_PORT } from '../../../lib/messages/request-port';

type Listener = (message: unknown) => void;

/** Two ends of a port, as `runtime.connect` gives the page and `onConnect` the background. */
function portPair(name = REQUEST_PORT, senderId = 'ext') {
  const listeners = { page: [] as Listener[], background: [] as Listener[], pageClosed: [] as Array<() => void>, backgroundClosed: [] as Array<() => void> };
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    listeners.pageClosed.forEach((l) => l());
    listeners.backgroundClosed.forEach((l) => l());
  };
  const page: PortLike = {
    name,
    postMessage: (m) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      queueMicrotask(() => listeners.background.forEach((l) => l(structuredClone(m))));
    },
    disconnect: close,
    onMessage: { addListener: (l) => void listeners.page.push(l) },
    onDisconnect: { addListener: (l) => void listeners.pageClosed.push(l) },
  };
  const background: PortLike = {
    name,
    sender: { id: senderId },
    postMessage: (m) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      queueMicrotask(() => listeners.page.forEach((l) => l(structuredClone(m))));
    },
    disconnect: close,
    onMessage: { addListener: (l) => void listeners.background.push(l) },
    onDisconnect: { addListener: (l) => void listeners.backgroundClosed.push(l) },
  };
  return { page, background, close };
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the request port', () => {
  it('answers each request with its own answer, in any order', async () => {
    const pair = portPair();
    answerRequestPort(pair.background, 'ext', (t) => t === 'echo', async (m) => {
      const { wait, value } = m as unknown as { wait: number; value: string };
      await delay(wait);
      return { ok: true, value };
    });
    const request = createRequestPort(() => pair.page);
    const slow = request({ type: 'echo', wait: 20, value: 'slow' } as { type: string });
    const fast = request({ type: 'echo', wait: 0, value: 'fast' } as { type: string });
    expect(await Promise.all([slow, fast])).toEqual([{ ok: true, value: 'slow' }, { ok: true, value: 'fast' }]);
  });

  it('leaves ports of other names alone and closes ports of other extensions', () => {
    const other = portPair('kantlijn-extract');
    let closed = false;
    other.background.onDisconnect.addListener(() => (closed = true));
    answerRequestPort(other.background, 'ext', () => true, async () => ({ ok: true }));
    expect(closed).toBe(false);
    const foreign = portPair(REQUEST_PORT, 'someone-else');
    foreign.background.onDisconnect.addListener(() => (closed = true));
    answerRequestPort(foreign.background, 'ext', () => true, async () => ({ ok: true }));
    expect(closed).toBe(true);
  });

  it('fails what waits when the background closes the port, and opens a new one next time', async () => {
    const first = portPair();
    const handled: string[] = [];
    answerRequestPort(first.background, 'ext', () => true, () => new Promise(() => handled.push('never answered')));
    const second = portPair();
    answerRequestPort(second.background, 'ext', () => true, async () => ({ ok: true, from: 'second' }));
    const ports = [first.page, second.page];
    const request = createRequestPort(() => ports.shift() as PortLike);
    const waiting = request({ type: 'note-tags' });
    await delay(1);
    first.close();
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
    const pair = portPair();
    answerRequestPort(pair.background, 'ext', (t) => t === 'note-tags', async () => ({ ok: true }));
    const request = createRequestPort(() => pair.page);
    const unanswered = request({ type: 'page-state' });
    const answered = await request({ type: 'note-tags' });
    expect(answered).toEqual({ ok: true });
    expect(await Promise.race([unanswered.then(() => 'answered'), delay(20).then(() => 'waiting')])).toBe('waiting');
  });
});
