/**
 * Two connected ends of a fake `runtime.Port`, as `runtime.connect` gives the page and
 * `onConnect` the background. Like real ports: messages arrive a microtask later as copies, and
 * `disconnect()` on one end fires `onDisconnect` on the other end only.
 */
import type { PortLike } from '@/lib/messages/port-like';

/** The page's end and the background's end (whose sender is `senderId`). */
export function portPair(name: string, senderId: string): { page: PortLike; background: PortLike } {
  const make = () => ({ heard: [] as Array<(m: unknown) => void>, closed: [] as Array<() => void> });
  const a = make();
  const b = make();
  let open = true;
  const side = (self: ReturnType<typeof make>, other: ReturnType<typeof make>, sender?: { id?: string }): PortLike => ({
    name,
    sender,
    postMessage: (m) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = JSON.parse(JSON.stringify(m)) as unknown;
      queueMicrotask(() => other.heard.forEach((l) => l(copy)));
    },
    disconnect: () => {
      if (!open) return;
      open = false;
      queueMicrotask(() => other.closed.forEach((l) => l()));
    },
    onMessage: { addListener: (l) => void self.heard.push(l) },
    onDisconnect: { addListener: (l) => void self.closed.push(l) },
  });
  return { page: side(a, b), background: side(b, a, { id: senderId }) };
}
