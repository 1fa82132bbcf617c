// Hover intent as a pure state machine: fed with moves, buttons and times (a fake clock), it names
// the mention to open only after a slow rest on it, never during or right after a selecting drag.
import { describe, expect, it } from 'vitest';
import { createIntent, RELEASE_SLOP, REST_MS } from '@/lib/highlight/intent';

const intent = () => createIntent<string>({ same: (a, b) => a === b });

describe('hover intent', () => {
  it('names a mention once the pointer has rested on it for REST_MS, not before', () => {
    const i = intent();
    expect(i.move(10, 10, 1000, 'klaar', false)).toBe(1000 + REST_MS);
    expect(i.ready(1000 + REST_MS - 1)).toBeNull();
    expect(i.ready(1000 + REST_MS)).toBe('klaar');
  });

  it('says when the rest will be over, and nothing is due without a candidate or while a button is down', () => {
    const i = intent();
    expect(i.due()).toBeNull();
    i.move(10, 10, 1000, 'klaar', false);
    expect(i.due()).toBe(1000 + REST_MS);
    i.press();
    expect(i.due()).toBeNull();
  });

  it('counts slow moves on the same mention as resting', () => {
    const i = intent();
    i.move(10, 10, 0, 'klaar', false);
    expect(i.move(12, 10, 100, 'klaar', false)).toBe(REST_MS); // 0.02 px/ms
    expect(i.ready(REST_MS)).toBe('klaar');
  });

  it('starts again while the pointer crosses the mention fast', () => {
    const i = intent();
    i.move(0, 10, 0, 'klaar', false);
    expect(i.move(40, 10, 16, 'klaar', false)).toBe(16 + REST_MS); // 2.5 px/ms
    expect(i.ready(REST_MS)).toBeNull();
    expect(i.ready(16 + REST_MS)).toBe('klaar');
  });

  it('names none of the mentions a pointer passes over on three lines', () => {
    const i = intent();
    const path: Array<[number, string | null]> = [
      [0, 'klaar'],
      [20, null],
      [40, 'brussel'],
      [60, null],
      [80, 'hoekstra'],
      [100, null],
    ];
    for (const [t, over] of path) i.move(300, 100 + t, t, over, false);
    for (let t = 100; t <= 2000; t += 50) expect(i.ready(t)).toBeNull();
  });

  it('a new mention starts its own rest', () => {
    const i = intent();
    i.move(10, 10, 0, 'klaar', false);
    i.move(250, 10, 200, 'brussel', false);
    expect(i.ready(REST_MS)).toBeNull();
    expect(i.ready(200 + REST_MS)).toBe('brussel');
  });

  it('names nothing while a button is down (a selection being made)', () => {
    const i = intent();
    i.move(10, 10, 0, 'klaar', false);
    i.press();
    expect(i.ready(REST_MS)).toBeNull();
    expect(i.move(12, 10, 10, 'klaar', true)).toBeNull();
    expect(i.ready(5000)).toBeNull();
  });

  it('names nothing where a selecting drag ended, until the pointer has moved away', () => {
    const i = intent();
    i.press();
    i.release(100, 10, true);
    expect(i.move(100 + RELEASE_SLOP - 1, 10, 0, 'klaar', false)).toBeNull();
    expect(i.ready(5000)).toBeNull();
    expect(i.move(100 + RELEASE_SLOP + 5, 10, 5000, 'klaar', false)).toBe(5000 + REST_MS);
    expect(i.ready(5000 + REST_MS)).toBe('klaar');
  });

  it('a click that made no selection holds nothing back', () => {
    const i = intent();
    i.press();
    i.release(100, 10, false);
    i.move(100, 10, 0, 'klaar', false);
    expect(i.ready(REST_MS)).toBe('klaar');
  });

  it('reset forgets the candidate: a new rest is needed', () => {
    const i = intent();
    i.move(10, 10, 0, 'klaar', false);
    i.reset();
    expect(i.ready(REST_MS)).toBeNull();
    i.move(10, 10, REST_MS, 'klaar', false);
    expect(i.ready(2 * REST_MS)).toBe('klaar');
  });

  it('leaving the mention drops it', () => {
    const i = intent();
    i.move(10, 10, 0, 'klaar', false);
    expect(i.move(150, 10, 100, null, false)).toBeNull();
    expect(i.ready(REST_MS)).toBeNull();
  });
});
