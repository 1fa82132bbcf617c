/**
 * Requests to the background over one long-lived port instead of a `runtime.sendMessage` each:
 * a round trip over an open port is much shorter, and it is most of what a page waits for its
 * notes beyond the database itself (docs/performance.md). The port is opened on the first
 * request and again after the background stopped (an idle service worker closes it); requests
 * open at that moment reject, and `ask` in the content script falls back to `sendMessage`.
 */
import type { PortLike } from './port-like';
import { isMessage } from './protocol';

/** The port's name (`runtime.connect({ name })`). */
export const REQUEST_PORT = 'kantlijn-requests';

/** A request on the port, numbered so answers can come back in any order. */
export interface PortRequest {
  id: number;
  message: { type: string };
}

/** The answer to request `id`. */
export interface PortAnswer {
  id: number;
  answer: unknown;
}

/**
 * Serves a port if it is a request port of this extension: each request is answered by `handle`
 * when `accepts` its type (the background's own message types), else left unanswered as
 * `runtime.onMessage` would. Ports of other names are left to their own listeners.
 */
export function answerRequestPort(
  port: PortLike,
  extensionId: string,
  accepts: (type: string) => boolean,
  handle: (message: { type: string }) => Promise<unknown>,
): void {
  if (port.name !== REQUEST_PORT) return;
  if (port.sender?.id !== extensionId) {
    port.disconnect();
    return;
  }
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((value: unknown) => {
    const request = value as Partial<PortRequest> | null;
    if (typeof request !== 'object' || request === null || typeof request.id !== 'number' || !isMessage(request.message)) return;
    if (!accepts(request.message.type)) return;
    const { id, message } = request as PortRequest;
    void handle(message).then((answer) => {
      // The page may have gone meanwhile: an answer to nobody is dropped.
      if (open) port.postMessage({ id, answer } satisfies PortAnswer);
    });
  });
}

/** Sends requests over the port; `connect` opens it (`browser.runtime.connect({ name: REQUEST_PORT })`). */
export function createRequestPort(connect: () => PortLike): (message: { type: string }) => Promise<unknown> {
  let port: PortLike | null = null;
  let next = 1;
  const pending = new Map<number, { resolve: (answer: unknown) => void; reject: (error: Error) => void }>();
  const open = (): PortLike => {
    const opened = connect();
    opened.onMessage.addListener((value: unknown) => {
      const answer = value as Partial<PortAnswer> | null;
      if (typeof answer !== 'object' || answer === null || typeof answer.id !== 'number') return;
      pending.get(answer.id)?.resolve(answer.answer);
      pending.delete(answer.id);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      for (const waiting of pending.values()) waiting.reject(new Error('The background closed the port.'));
      pending.clear();
    });
    return opened;
  };
  return (message) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      try {
        port ??= open();
        port.postMessage({ id, message } satisfies PortRequest);
      } catch (error) {
        pending.delete(id);
        port = null;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
}
