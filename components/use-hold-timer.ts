/**
 * A notice's timer in a component (lib/ui/hold-timer.ts): it expires after `ms` unless focus or the
 * pointer is in the element the returned handlers are put on, and starts again for a new `message`.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { startHoldTimer, type HoldTimer } from '@/lib/ui/hold-timer';

type HoldHandlers = Pick<JSX.HTMLAttributes<HTMLDivElement>, 'onFocusIn' | 'onFocusOut' | 'onPointerEnter' | 'onPointerLeave'>;

/** The handlers for the notice's element; `onExpire` is called once time is up (the latest given). */
export function useHoldTimer(ms: number, message: string, onExpire: () => void, initiallyFocused = false): HoldHandlers {
  const expire = useRef(onExpire);
  expire.current = onExpire;
  const timer = useRef<HoldTimer | null>(null);
  useEffect(() => {
    const started = startHoldTimer(ms, () => expire.current());
    if (initiallyFocused) started.hold('focus', true);
    timer.current = started;
    return () => started.stop();
  }, [ms]);
  useEffect(() => timer.current?.restart(), [message]);
  return {
    onFocusIn: () => timer.current?.hold('focus', true),
    onFocusOut: (event) => {
      const next = event.relatedTarget as Node | null;
      if (!(next && event.currentTarget.contains(next))) timer.current?.hold('focus', false);
    },
    onPointerEnter: () => timer.current?.hold('pointer', true),
    onPointerLeave: () => timer.current?.hold('pointer', false),
  };
}
