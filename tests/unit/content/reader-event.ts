// Events as the browser makes them from the reader's input: happy-dom's events are all synthetic
// (it has no `isTrusted`), so a test marks the ones that stand for the reader.

/** `event`, marked as the reader's own (`isTrusted`), for listeners that keep the default check. */
export function asReader<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
