/**
 * The content script's side of the notes protocol: every request answered either with its value
 * or with the reason it failed, in words — a closed database, a background that went away after
 * an extension reload — so the page never sees an exception from the notes.
 */
import { browser } from 'wxt/browser';
import type { BackgroundProtocol, Message, Response } from '@/lib/messages/protocol';
import { createRequestPort, REQUEST_PORT } from '@/lib/messages/request-port';
import { sendToBackground } from '@/lib/messages/send';
import { msg } from '@/lib/ui/words';

/** The successful answer of message K. */
type Success<K extends keyof BackgroundProtocol> = Extract<Response<BackgroundProtocol, K>, { ok: true }>;

// One port per page, opened on the first request; when it fails (the background stopped and
// closed it, or is restarting) the request goes once more by sendMessage.
const viaPort = createRequestPort(() => browser.runtime.connect({ name: REQUEST_PORT }));

/** An answer or a reason. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** Sends a notes message; resolves with its answer or with what went wrong, never rejects. */
export async function ask<K extends keyof BackgroundProtocol>(message: Message<BackgroundProtocol, K>): Promise<Outcome<Success<K>>> {
  try {
    const answer: unknown = await viaPort(message).catch(() => sendToBackground(message));
    if (typeof answer !== 'object' || answer === null) return { ok: false, error: msg('noteNoConnection') };
    const { ok, error } = answer as { ok?: unknown; error?: unknown };
    if (ok === true) return { ok: true, value: answer as Success<K> };
    return { ok: false, error: typeof error === 'string' ? error : msg('noteNoConnection') };
  } catch {
    // "Extension context invalidated", "Could not establish connection": the background is gone.
    return { ok: false, error: msg('noteNoConnection') };
  }
}
