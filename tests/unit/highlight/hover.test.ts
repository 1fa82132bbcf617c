// The hover controller's timing with fake timers and frames: a card after a rest of 300 ms on a
// mention (none for a pointer passing by or making a selection), closing 250 ms after leaving
// unless the pointer is on the card, Escape, keyboard opening, clicks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Hit } from '@/lib/highlight/hit-test';
import { LOOK_GAP_MS, startHover, type HoverController, type HoverOptions } from '@/lib/highlight/hover';
import { REST_MS } from '@/lib/highlight/intent';
import type { Target } from '@/lib/highlight/kinds';
import { asReader } from '@/tests/unit/content/reader-event';

const KLAAR: Target = { kind: 'actor', actorId: 'a10', mentionIndex: 2 };
const DATE: Target = { kind: 'event', eventId: 'e3' };
const CITE: Target = { kind: 'reference', index: 0 };

// Three mentions side by side on one line: x 0–99 Klaar, 200–299 the date, 400–499 a citation.
const REGIONS: Array<[number, Target]> = [
  [0, KLAAR],
  [200, DATE],
  [400, CITE],
];

function fakeSource() {
  const calls: Array<[number, number]> = [];
  return {
    calls,
    hitTest(x: number, y: number): Hit | null {
      calls.push([x, y]);
      if (y < 0 || y > 20) return null;
      const region = REGIONS.find(([left]) => x >= left && x < left + 100);
      if (!region) return null;
      const [left, target] = region;
      return { mention: { start: 0, end: 1, kind: 'person', target, range: null }, rect: new DOMRect(left, 0, 100, 20) };
    },
    rectOf: (target: Target) => (target.kind === 'event' ? new DOMRect(200, 0, 100, 20) : null),
  };
}

let controller: AbortController;
let source: ReturnType<typeof fakeSource>;
let events: string[];
let hover: HoverController;
let activated: Array<[Target, boolean]>;

// The tests below `pointerrawupdate` are those of a browser without it (Firefox): pointermove and frames.
// Their events stand for the reader's (happy-dom's are all synthetic); 'events a page makes' keeps
// the controller's own check.
function start(extra: Partial<HoverOptions> = {}) {
  hover = startHover({
    rawUpdates: false,
    trusted: () => true,
    source,
    signal: controller.signal,
    onEnter: (t, r) => events.push(`enter ${JSON.stringify(t)} @${r.left}`),
    onLeave: () => events.push('leave'),
    onActivate: (t, how) => activated.push([t, how.ctrlKey]),
    ...extra,
  });
}

const move = (x: number, y = 10, target: EventTarget = document.body) =>
  target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true, composed: true }));
const frame = () => vi.advanceTimersToNextFrame();
const rest = () => vi.advanceTimersByTime(REST_MS);
const button = (type: 'pointerdown' | 'pointerup', x: number) =>
  document.body.dispatchEvent(
    new PointerEvent(type, { clientX: x, clientY: 10, button: 0, pointerType: 'mouse', bubbles: true, composed: true }),
  );
const click = (x: number, init: MouseEventInit = {}, target: EventTarget = document.body) =>
  target.dispatchEvent(
    new MouseEvent('click', { clientX: x, clientY: 10, button: 0, bubbles: true, cancelable: true, composed: true, ...init }),
  );

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
  controller = new AbortController();
  source = fakeSource();
  events = [];
  activated = [];
  document.body.innerHTML = '<p>tekst</p>';
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

describe('pointer', () => {
  it('opens the card once the pointer has rested on a mention, and hit-tests once per frame', () => {
    start();
    move(10);
    move(20);
    move(30);
    expect(events).toEqual([]);
    frame();
    expect(source.calls).toEqual([[30, 10]]);
    vi.advanceTimersByTime(REST_MS - 20);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
    expect(hover.current).toEqual(KLAAR);
    // Moving within the same mention opens nothing new.
    move(60);
    frame();
    rest();
    expect(events).toHaveLength(1);
  });

  it('waits out the rest when its timer fires a moment early', () => {
    start();
    const setTimer = globalThis.setTimeout;
    // The first timer of the rest fires 1 ms early, as browsers' timers may by the page's clock.
    let early = true;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) =>
      setTimer(fn, early && ms === REST_MS ? ((early = false), REST_MS - 1) : ms)) as typeof setTimeout);
    move(10);
    frame();
    vi.advanceTimersByTime(REST_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
    vi.restoreAllMocks();
  });

  it('opens nothing for a pointer passing over mentions on its way elsewhere', () => {
    start();
    for (const x of [10, 90, 150, 250, 350, 450, 520]) {
      move(x);
      frame();
    }
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
  });

  it('starts the rest again while the pointer crosses a mention fast', () => {
    start();
    move(0);
    frame(); // 16 ms a frame: 40 px a frame is 2.5 px/ms, far above a rest
    move(40);
    frame();
    move(80);
    frame();
    vi.advanceTimersByTime(REST_MS - 20);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(40);
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
  });

  it('opens nothing while a selection is being made, nor where a selecting drag ended', () => {
    start();
    button('pointerdown', 150);
    document.body.dispatchEvent(
      new PointerEvent('pointermove', { clientX: 10, clientY: 10, buttons: 1, pointerType: 'mouse', bubbles: true, composed: true }),
    );
    frame();
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
    // The drag made a selection and ended on the mention: still no card, however long it rests.
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p') as Element);
    document.getSelection()?.addRange(range);
    button('pointerup', 10);
    move(12);
    frame();
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
    // Once the pointer has moved away and comes to rest on a mention, its card opens.
    move(250);
    frame();
    rest();
    expect(events).toEqual([`enter ${JSON.stringify(DATE)} @200`]);
  });

  it('opens a card after a click that made no selection', () => {
    start();
    button('pointerdown', 10);
    button('pointerup', 10);
    move(11);
    frame();
    rest();
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
  });

  it('closes 250 ms after leaving, not before', () => {
    start();
    move(10);
    frame();
    rest();
    move(150); // between mentions
    frame();
    vi.advanceTimersByTime(249);
    expect(events).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('leave');
    expect(hover.current).toBeNull();
  });

  it('keeps the card when the pointer comes back in time', () => {
    start();
    move(10);
    frame();
    rest();
    move(150);
    frame();
    vi.advanceTimersByTime(200);
    move(50);
    frame();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
  });

  it('switches to another mention once the pointer rests on it, keeping the first card until then', () => {
    start();
    move(10);
    frame();
    rest();
    move(250);
    frame();
    vi.advanceTimersByTime(REST_MS - 1);
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`, `enter ${JSON.stringify(DATE)} @200`]);
    vi.advanceTimersByTime(1000);
    expect(events).toHaveLength(2);
  });

  it('stays open while the pointer is over the card, and closes after leaving it', () => {
    start();
    const card = document.createElement('div');
    document.body.append(card);
    hover.setCardElement(card);
    move(10);
    frame();
    rest();
    move(150);
    frame();
    vi.advanceTimersByTime(100);
    card.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    move(600, 100, card); // over the card, far from any mention
    frame();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
    expect(source.calls.at(-1)).toEqual([150, 10]); // no hit-test while on the card
    card.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    move(700, 100);
    frame();
    vi.advanceTimersByTime(250);
    expect(events.at(-1)).toBe('leave');
  });

  it('stays open while a card in a frame says the pointer is on it; the page’s next move means it left', () => {
    start();
    const frameElement = document.createElement('iframe');
    document.body.append(frameElement);
    hover.setCardElement(frameElement);
    move(10);
    frame();
    rest();
    move(150);
    frame();
    vi.advanceTimersByTime(100);
    // The pointer is on the frame: the page hears no moves, only what the frame tells.
    hover.pointerOnCard(true);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
    // Back in the page, away from any mention (the frame's own "left" may never come).
    move(700, 100);
    frame();
    vi.advanceTimersByTime(250);
    expect(events.at(-1)).toBe('leave');
  });

  it('closes 250 ms after a card in a frame says the pointer left it', () => {
    start();
    hover.setCardElement(document.createElement('iframe'));
    move(10);
    frame();
    rest();
    move(150);
    frame();
    hover.pointerOnCard(true);
    vi.advanceTimersByTime(1000);
    hover.pointerOnCard(false);
    vi.advanceTimersByTime(200);
    expect(events).toHaveLength(1);
    vi.advanceTimersByTime(50);
    expect(events.at(-1)).toBe('leave');
  });

  it('stays open while focus is inside the card', () => {
    start();
    const card = document.createElement('div');
    card.innerHTML = '<button>Volgende</button>';
    document.body.append(card);
    hover.setCardElement(card);
    move(10);
    frame();
    rest();
    (card.querySelector('button') as HTMLButtonElement).focus();
    move(150);
    frame();
    vi.advanceTimersByTime(1000);
    expect(events).toHaveLength(1);
  });

  it('closes when the pointer leaves the window', () => {
    start();
    move(10);
    frame();
    rest();
    document.body.dispatchEvent(new PointerEvent('pointerout', { pointerType: 'mouse', bubbles: true, relatedTarget: null }));
    vi.advanceTimersByTime(250);
    expect(events.at(-1)).toBe('leave');
  });

  it('ignores touch movement', () => {
    start();
    document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, clientY: 10, pointerType: 'touch', bubbles: true }));
    frame();
    expect(events).toEqual([]);
  });
});

describe('keyboard', () => {
  it('opens a card with open(target) and closes it with Escape', () => {
    start();
    expect(hover.open(DATE)).toBe(true);
    expect(events).toEqual([`enter ${JSON.stringify(DATE)} @200`]);
    expect(hover.open(KLAAR)).toBe(false); // not rendered and no rect given
    expect(hover.open(KLAAR, new DOMRect(5, 5, 10, 10))).toBe(true);
    // A keyboard card does not close on its own when the pointer is elsewhere.
    move(150);
    frame();
    vi.advanceTimersByTime(1000);
    expect(events.at(-1)).toBe(`enter ${JSON.stringify(KLAAR)} @5`);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(events.at(-1)).toBe('leave');
    expect(hover.current).toBeNull();
  });

  it('gives way to another mention under the moving pointer, and to a click elsewhere', () => {
    start();
    hover.open(DATE);
    move(10);
    frame();
    expect(hover.current).toEqual(DATE);
    rest();
    expect(hover.current).toEqual(KLAAR);
    hover.close();
    expect(events.at(-1)).toBe('leave');
    hover.open(DATE);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', bubbles: true }));
    expect(hover.current).toBeNull();
  });

  it('Escape does nothing when no card is open', () => {
    start();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(events).toEqual([]);
  });
});

describe('scrolling', () => {
  it('moves an open card with its mention, and opens none by itself', () => {
    start();
    document.dispatchEvent(new Event('scroll'));
    frame();
    expect(events).toEqual([]);
    hover.open(DATE);
    document.dispatchEvent(new Event('scroll'));
    frame();
    expect(events).toEqual([`enter ${JSON.stringify(DATE)} @200`, `enter ${JSON.stringify(DATE)} @200`]);
  });

  it('closes a hovered card when scrolling takes its mention away from the pointer', () => {
    start();
    move(10);
    frame();
    rest();
    REGIONS[0] = [1000, KLAAR]; // the mention scrolled away; the date is not under the pointer either
    try {
      document.dispatchEvent(new Event('scroll'));
      frame();
      vi.advanceTimersByTime(250);
      expect(events.at(-1)).toBe('leave');
    } finally {
      REGIONS[0] = [0, KLAAR];
    }
  });
});

describe('clicks', () => {
  it('reports a click on a mention with its modifiers', () => {
    start();
    click(450);
    click(10, { ctrlKey: true });
    click(150);
    expect(activated).toEqual([
      [CITE, false],
      [KLAAR, true],
    ]);
  });

  it('leaves clicks in page links, on the card, with another button, or ending a selection alone', () => {
    start();
    document.body.innerHTML = '<p><a href="/elders">link</a> tekst</p>';
    click(450, {}, document.querySelector('a') as Element);
    click(450, { button: 1 });
    const card = document.createElement('div');
    document.body.append(card);
    hover.setCardElement(card);
    click(450, {}, card);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p') as Element);
    document.getSelection()?.addRange(range);
    click(450);
    document.getSelection()?.removeAllRanges();
    const prevented = new MouseEvent('click', { clientX: 450, clientY: 10, bubbles: true, cancelable: true });
    prevented.preventDefault();
    document.body.dispatchEvent(prevented);
    expect(activated).toEqual([]);
    click(450);
    expect(activated).toEqual([[CITE, false]]);
  });
});

describe('abort', () => {
  it('removes every listener and calls nothing after', () => {
    start();
    move(10);
    frame();
    rest();
    move(150);
    frame();
    controller.abort();
    vi.advanceTimersByTime(1000);
    move(250);
    frame();
    click(450);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
    expect(activated).toEqual([]);
    expect(hover.open(DATE)).toBe(false);
  });

  it('cancels a pending frame', () => {
    start();
    move(10);
    controller.abort();
    frame();
    expect(events).toEqual([]);
  });
});

describe('pointerrawupdate', () => {
  const rawMove = (x: number, y = 10) =>
    document.body.dispatchEvent(
      new PointerEvent('pointerrawupdate', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true, composed: true }),
    );

  it('is followed where the window has it (happy-dom has it, like Chromium on a secure page)', () => {
    expect('onpointerrawupdate' in window).toBe(true);
    start({ rawUpdates: undefined });
    rawMove(10);
    rest();
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
  });

  it('looks in the move itself, without waiting for a frame', () => {
    start({ rawUpdates: true });
    rawMove(10);
    expect(source.calls).toEqual([[10, 10]]);
    rest();
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
  });

  it('hit-tests a moving pointer at most once a frame: later moves wait for the next one', () => {
    start({ rawUpdates: true });
    rawMove(10);
    rawMove(220);
    rawMove(230);
    expect(source.calls).toEqual([[10, 10]]);
    frame();
    expect(source.calls).toEqual([
      [10, 10],
      [230, 10],
    ]);
    rest();
    expect(events.at(-1)).toBe(`enter ${JSON.stringify(DATE)} @200`);
    vi.advanceTimersByTime(LOOK_GAP_MS);
    rawMove(420);
    expect(source.calls).toHaveLength(4); // at once: the last look was a frame ago
    rest();
    expect(events.at(-1)).toBe(`enter ${JSON.stringify(CITE)} @400`);
  });

  it('listens to raw updates instead of pointermove, not both', () => {
    start({ rawUpdates: true });
    move(10);
    frame();
    expect(events).toEqual([]);
  });
});

describe('events a page makes', () => {
  const escapeKey = () => new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });

  it('opens no card for a pointer a script moves, and activates no mention for its clicks', () => {
    start({ trusted: undefined });
    move(10);
    frame();
    document.body.dispatchEvent(
      new PointerEvent('pointerrawupdate', { clientX: 10, clientY: 10, pointerType: 'mouse', bubbles: true, composed: true }),
    );
    frame();
    click(450);
    expect(events).toEqual([]);
    expect(activated).toEqual([]);
    expect(source.calls).toEqual([]);
  });

  it('acts on the reader’s own events', () => {
    start({ trusted: undefined });
    document.body.dispatchEvent(
      asReader(new PointerEvent('pointermove', { clientX: 10, clientY: 10, pointerType: 'mouse', bubbles: true, composed: true })),
    );
    frame();
    rest();
    expect(events).toEqual([`enter ${JSON.stringify(KLAAR)} @0`]);
    document.body.dispatchEvent(asReader(new MouseEvent('click', { clientX: 450, clientY: 10, button: 0, bubbles: true })));
    expect(activated).toEqual([[CITE, false]]);
  });

  it('keeps a card open against a forged Escape, pointerdown, pointer leaving or scroll', () => {
    start({ trusted: undefined });
    expect(hover.open(DATE)).toBe(true);
    document.dispatchEvent(escapeKey());
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    document.dispatchEvent(new PointerEvent('pointerout', { relatedTarget: null, pointerType: 'mouse', bubbles: true }));
    document.dispatchEvent(new Event('scroll'));
    frame();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([`enter ${JSON.stringify(DATE)} @200`]);
    expect(hover.current).toEqual(DATE);
    document.dispatchEvent(asReader(escapeKey()));
    expect(events.at(-1)).toBe('leave');
  });

  it('is asked through the check it is given', () => {
    const asked: string[] = [];
    start({
      trusted: (event) => {
        asked.push(event.type);
        return false;
      },
    });
    move(10);
    click(10);
    frame();
    expect(asked).toEqual(['pointermove', 'click']);
    expect(events).toEqual([]);
  });
});
