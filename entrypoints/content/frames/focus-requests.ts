/**
 * Asking for focus in a frame before the frames exist: the cards and the notes start before the UI
 * mounts (features/ui.tsx), and a request made in between is carried out once it has.
 */
import type { Surface } from '@/lib/messages/frame-protocol';

/** Requests of focus, answered by whoever connects. */
export interface FocusRequests {
  request(surface: Surface): void;
  connect(handler: (surface: Surface) => void): void;
}

/** Makes the requests; those made before `connect` wait for it. */
export function createFocusRequests(): FocusRequests {
  let handler: ((surface: Surface) => void) | null = null;
  const waiting = new Set<Surface>();
  return {
    request(surface) {
      if (handler) handler(surface);
      else waiting.add(surface);
    },
    connect(next) {
      handler = next;
      for (const surface of waiting) next(surface);
      waiting.clear();
    },
  };
}
