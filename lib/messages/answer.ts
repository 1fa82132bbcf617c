/**
 * How the background answers: the right response shape for each message type (checked by the
 * compiler), and failures as `{ ok: false, error }` in the reader's words, never a thrown error
 * (a rejected message reaches a content script as a bare "Could not establish connection", which
 * says nothing to the reader).
 */
import type { Caller } from './caller';
import type { BackgroundProtocol, Message, Response, StoreFailure } from './protocol';

/**
 * A handler of background messages, typed per message: the answer's shape follows the request's
 * type. `caller` says who asks (caller.ts); without it, an extension page.
 */
export type BackgroundHandler<K0 extends keyof BackgroundProtocol = keyof BackgroundProtocol> = <K extends K0>(
  message: Message<BackgroundProtocol, K>,
  caller?: Caller,
) => Promise<Response<BackgroundProtocol, K>>;

/**
 * The answer to a message of `type`: returns `value` unchanged, but the compiler checks it
 * against that type's response (several responses share `ok: true`, so a plain union would let a
 * handler answer one message with another's shape).
 */
export function reply<K extends keyof BackgroundProtocol>(
  _type: K,
  value: Response<BackgroundProtocol, K>,
): Response<BackgroundProtocol, K> {
  return value;
}

/** A failure answer with `error` as the reader will see it. */
export function failure(error: string): StoreFailure {
  return { ok: false, error };
}

/**
 * An error as a short phrase for inside a sentence: its name when that says more than "Error",
 * and the first line of its message (Dexie appends the wrapped IndexedDB error on further lines).
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const message = error.message.split('\n')[0]?.trim() ?? '';
  return error.name === 'Error' ? message : `${error.name}: ${message}`;
}
