// Hover intent on timers: a rest opens once it is over, a timer that fires early waits the rest of
// it, and a stop forgets the candidate.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIntent, REST_MS } from '@/lib/highlight/intent';
import { createRestTimer } from '@/lib/highlight/rest-timer';

describe('createRestTimer', () => {
  let clock = 0;
  beforeEach(() => {
    clock = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  const start = () => {
    const rested: string[] = [];
    const timer = createRestTimer(
      createIntent<string>({ same: (a, b) => a === b }),
      () => clock,
      (t) => rested.push(t),
    );
    return { timer, rested };
  };
  const pass = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };

  it('gives what the pointer rested on once the rest is over', () => {
    const { timer, rested } = start();
    timer.move(10, 10, 'klaar', false);
    pass(REST_MS - 1);
    expect(rested).toEqual([]);
    pass(1);
    expect(rested).toEqual(['klaar']);
  });

  it('waits the rest of it when its timer fires before the clock says the rest is over', () => {
    const { timer, rested } = start();
    timer.move(10, 10, 'klaar', false);
    clock += REST_MS - 2; // the timer fires while the clock stands 2 ms short
    vi.advanceTimersByTime(REST_MS);
    expect(rested).toEqual([]);
    pass(2);
    expect(rested).toEqual(['klaar']);
  });

  it('gives nothing after a stop, or while a button is down', () => {
    const { timer, rested } = start();
    timer.move(10, 10, 'klaar', false);
    timer.stop();
    timer.move(10, 10, 'hoekstra', true);
    pass(2 * REST_MS);
    expect(rested).toEqual([]);
  });
});
