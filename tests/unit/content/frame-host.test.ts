// The frame host draws the UI only through the frames it made: a port with another token or from
// outside the extension gets nothing; a frame is shown once it listens and sized once it has
// measured; actions count only when valid; everything goes with the signal.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameHost, type FrameHostEvents, type Placement } from '@/entrypoints/content/frames/frame-host';
import { atRightEdge } from '@/entrypoints/content/frames/surface-views';
import { framePortName, type Surface, type SurfaceView } from '@/lib/messages/frame-protocol';
import { allHighlightKinds } from '@/lib/ui/highlight-kinds';
import { EMPTY_PANEL, SAMPLE_DOCUMENT, sampleReport } from './frame-fixtures';

// A port as `runtime.onConnect` hands it over: what the host posts is recorded, the frame's side is driven by the test.
interface FakePort {
  name: string;
  sender: { url: string };
  posted: unknown[];
  disconnected: boolean;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  emit(message: unknown): void;
  close(): void;
}

// WXT's fake browser has no `runtime.onConnect`: a runtime with only what the host uses.
const runtime = vi.hoisted(() => {
  const listeners = new Set<(port: FakePort) => void>();
  return {
    listeners,
    getURL: (path: string) => `chrome-extension://kantlijn-test/${path.replace(/^\//, '')}`,
    onConnect: {
      addListener: (listener: (port: FakePort) => void) => void listeners.add(listener),
      removeListener: (listener: (port: FakePort) => void) => void listeners.delete(listener),
    },
  };
});
vi.mock('wxt/browser', () => ({ browser: { runtime } }));

const OWN_PAGE = 'chrome-extension://kantlijn-test/kantlijn-frame.html';

function connect(name: string, url = OWN_PAGE): FakePort {
  const heard: Array<(message: unknown) => void> = [];
  const closed: Array<() => void> = [];
  const port: FakePort = {
    name,
    sender: { url },
    posted: [],
    disconnected: false,
    postMessage: (message) => void port.posted.push(JSON.parse(JSON.stringify(message))),
    disconnect: () => void (port.disconnected = true),
    onMessage: { addListener: (l) => void heard.push(l) },
    onDisconnect: { addListener: (l) => void closed.push(l) },
    emit: (message) => heard.forEach((l) => l(message)),
    close: () => closed.forEach((l) => l()),
  };
  for (const listener of [...runtime.listeners]) listener(port);
  return port;
}

const NOTICE: SurfaceView = { surface: 'notice', message: 'Notitie verwijderd.', canUndo: true };
const CARD: SurfaceView = {
  surface: 'card',
  content: { kind: 'reference', target: 'kst-1-1', text: 'Kamerstukken II 1, nr. 1', url: null },
};
const placed: Placement = (height) => ({ left: '10px', top: '20px', width: '300px', height: `${height ?? 0}px` });

// happy-dom's handle on its window, to make the window narrow.
const happyDom = () => (window as unknown as { happyDOM: { setInnerWidth(width: number): void } }).happyDOM;

let stop = new AbortController();
afterEach(() => stop.abort());

function setUp() {
  stop = new AbortController();
  // Kept out of the document: happy-dom would try to load the frames' pages.
  const container = document.createElement('div');
  const onAction = vi.fn<FrameHostEvents['onAction']>();
  const onShown = vi.fn<FrameHostEvents['onShown']>();
  const onPointer = vi.fn<FrameHostEvents['onPointer']>();
  const host = createFrameHost(container, stop.signal, { onAction, onShown, onPointer });
  const frameOf = (surface: Surface) => container.querySelector<HTMLIFrameElement>(`iframe.frame-${surface}`);
  const tokenOf = (surface: Surface) => new URLSearchParams(frameOf(surface)?.src.split('#')[1]).get('token') ?? '';
  // The frame of `surface` connecting with the token it was given, and saying it is ready.
  const open = (surface: Surface) => {
    const port = connect(framePortName(surface, tokenOf(surface)));
    port.emit({ type: 'ready' });
    return port;
  };
  return { container, host, onAction, onShown, onPointer, frameOf, tokenOf, open };
}

describe('the frame host', () => {
  it('creates a hidden frame of this extension, with a token, at the first view', () => {
    const { host, frameOf, tokenOf } = setUp();
    host.show('notice', null, placed);
    expect(frameOf('notice')).toBeNull();
    host.show('notice', NOTICE, placed);
    const frame = frameOf('notice');
    expect(frame?.src.startsWith(`${OWN_PAGE}#surface=notice&token=`)).toBe(true);
    expect(tokenOf('notice').length).toBeGreaterThan(16);
    expect(frame?.inert).toBe(true);
    expect(frame?.hasAttribute('data-shown')).toBe(false);
  });

  it('disconnects a port with a wrong token or from outside the extension, and sends it nothing', () => {
    const { host, tokenOf, frameOf } = setUp();
    host.show('notice', NOTICE, placed);
    const forged = connect(framePortName('notice', 'guessed-token'));
    const foreign = connect(framePortName('notice', tokenOf('notice')), 'https://zoek.officielebekendmakingen.nl/kst-1.html');
    const unmade = connect(framePortName('editor', tokenOf('notice')));
    for (const port of [forged, foreign, unmade]) {
      port.emit({ type: 'ready' });
      port.emit({ type: 'size', seq: 1, height: 50 });
      expect(port.disconnected).toBe(true);
      expect(port.posted).toEqual([]);
    }
    expect(frameOf('notice')?.hasAttribute('data-shown')).toBe(false);
  });

  it('sends the panel nothing before it is ready, then its report and its view, and a new report when it changes', () => {
    const { host, tokenOf, frameOf } = setUp();
    const report = sampleReport();
    const panel: SurfaceView = {
      surface: 'panel',
      document: SAMPLE_DOCUMENT,
      problems: [],
      highlightKinds: allHighlightKinds(),
      hasReport: true,
      notes: null,
    };
    host.prepare(['panel']);
    const port = connect(framePortName('panel', tokenOf('panel')));
    host.setReport(report); // before `ready` the frame may not listen yet: kept for it
    host.show('panel', panel, atRightEdge);
    expect(port.posted).toEqual([]);
    expect(frameOf('panel')?.hasAttribute('data-shown')).toBe(false);
    port.emit({ type: 'ready' });
    expect(port.posted).toEqual([
      { type: 'report', report },
      { type: 'view', view: { ...panel, dock: { mode: 'side', width: 384, min: 280, max: 664 } }, seq: 1 },
    ]);
    expect(frameOf('panel')?.hasAttribute('data-shown')).toBe(true); // the panel's height is the window's: no size to wait for
    host.setReport(report);
    expect(port.posted).toHaveLength(2);
    host.setReport(null);
    expect(port.posted.at(-1)).toEqual({ type: 'report', report: null });
  });

  it('does not send the same view twice', () => {
    const { host, open } = setUp();
    host.show('notice', NOTICE, placed);
    const port = open('notice');
    host.show('notice', { ...NOTICE }, placed);
    host.show('notice', { ...NOTICE }, placed);
    expect(port.posted).toEqual([{ type: 'view', view: NOTICE, seq: 1 }]);
    host.show('notice', { ...NOTICE, canUndo: false }, placed);
    expect(port.posted).toHaveLength(2);
    expect(port.posted[1]).toEqual({ type: 'view', view: { ...NOTICE, canUndo: false }, seq: 2 });
  });

  it('shows a frame at once at a guessed height, then at its content’s once measured for a view since it opened', () => {
    const { host, open, frameOf, onShown } = setUp();
    host.prepare(['card']);
    const port = open('card'); // loaded ahead: its first view is "nothing" (seq 1)
    expect(port.posted).toEqual([{ type: 'view', view: null, seq: 1 }]);
    host.show('card', CARD, placed);
    const frame = frameOf('card');
    expect(frame?.hasAttribute('data-shown')).toBe(true);
    expect(frame?.inert).toBe(false);
    expect(host.element('card')).toBe(frame);
    expect(onShown).toHaveBeenCalledWith('card', frame);
    expect(frame?.style.height).toBe('0px'); // `placed` writes its guess (null) as 0
    port.emit({ type: 'size', seq: 1, height: 80 }); // measured the old view: not this one
    expect(frame?.style.height).toBe('0px');
    port.emit({ type: 'size', seq: 2, height: 140 });
    expect([frame?.style.left, frame?.style.top, frame?.style.width, frame?.style.height]).toEqual(['10px', '20px', '300px', '140px']);
    host.show('card', { surface: 'card', content: { kind: 'reference', target: 'kst-1-1', text: 'Langer', url: null } }, placed); // seq 3
    port.emit({ type: 'size', seq: 2, height: 150 }); // the view before, still shown, grew: it counts until the new one is measured
    expect(frame?.style.height).toBe('150px');
    port.emit({ type: 'size', seq: 3, height: 160 });
    expect(frame?.style.height).toBe('160px');
    port.emit({ type: 'size', seq: 2, height: 999 }); // older than the height taken: dropped
    expect(frame?.style.height).toBe('160px');
  });

  it('marks on the page’s timeline when the frame had drawn the card that opened, in the frame’s time', () => {
    const { host, open } = setUp();
    host.show('card', CARD, placed);
    const port = open('card');
    performance.clearMarks('kantlijn-card-drawn');
    const drawnAt = performance.timeOrigin + performance.now();
    port.emit({ type: 'size', seq: 1, height: 100, drawnAt });
    port.emit({ type: 'size', seq: 1, height: 120, drawnAt: drawnAt + 50 }); // a later resize: not an opening
    const marks = performance.getEntriesByName('kantlijn-card-drawn');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.startTime).toBeCloseTo(drawnAt - performance.timeOrigin, 3);
  });

  it('hides a surface shown null and sends its frame a null view', () => {
    const { host, open, frameOf, onShown } = setUp();
    host.show('notice', NOTICE, placed);
    const port = open('notice');
    expect(frameOf('notice')?.hasAttribute('data-shown')).toBe(true);
    host.show('notice', null, placed);
    expect(port.posted.at(-1)).toEqual({ type: 'view', view: null, seq: 2 });
    expect(frameOf('notice')?.hasAttribute('data-shown')).toBe(false);
    expect(frameOf('notice')?.inert).toBe(true);
    expect(onShown).toHaveBeenLastCalledWith('notice', null);
    port.emit({ type: 'size', seq: 1, height: 48 }); // late: shows nothing
    expect(frameOf('notice')?.hasAttribute('data-shown')).toBe(false);
    host.show('notice', NOTICE, placed);
    expect(frameOf('notice')?.hasAttribute('data-shown')).toBe(true);
  });

  it('asks the frame for focus once it is shown, and once only', () => {
    const { host, open } = setUp();
    host.show('card', CARD, placed);
    host.focus('card');
    const port = open('card'); // shown only now that it listens
    expect(port.posted.filter((m) => JSON.stringify(m) === '{"type":"focus"}')).toHaveLength(1);
    port.emit({ type: 'size', seq: 1, height: 100 });
    port.emit({ type: 'size', seq: 1, height: 120 });
    expect(port.posted.filter((m) => JSON.stringify(m) === '{"type":"focus"}')).toHaveLength(1);
  });

  it('passes on valid actions only, and only from the frame connected now', () => {
    const { host, open, onAction } = setUp();
    host.show('card', CARD, placed);
    const old = open('card');
    old.emit({ type: 'action', action: { type: 'card-close' } });
    old.emit({ type: 'action', action: { type: 'note-destroy-all' } });
    old.emit({ type: 'action', action: { type: 'card-actor', actorId: 'a1', mentionIndex: -3 } });
    old.emit({ type: 'card-close' });
    expect(onAction.mock.calls).toEqual([[{ type: 'card-close' }]]);
    const fresh = open('card'); // the frame loaded again: the old port is let go
    expect(old.disconnected).toBe(true);
    old.emit({ type: 'action', action: { type: 'open-library' } });
    fresh.emit({ type: 'action', action: { type: 'card-actor', actorId: 'a1', mentionIndex: 0 } });
    expect(onAction.mock.calls).toEqual([[{ type: 'card-close' }], [{ type: 'card-actor', actorId: 'a1', mentionIndex: 0 }]]);
  });

  it('tells when the pointer is over a frame, from the frame connected now only', () => {
    const { host, open, tokenOf, onPointer } = setUp();
    host.show('card', CARD, placed);
    const forged = connect(framePortName('card', 'guessed'));
    forged.emit({ type: 'pointer', over: true });
    const port = open('card');
    port.emit({ type: 'pointer', over: true });
    port.emit({ type: 'pointer', over: 'yes' });
    port.emit({ type: 'pointer', over: false });
    expect(tokenOf('card')).not.toBe('guessed');
    expect(onPointer.mock.calls).toEqual([
      ['card', true],
      ['card', false],
    ]);
  });

  it('docks the panel at the right edge, pushes the page aside while it shows, and resizes it from its splitter', () => {
    const { host, open, frameOf, onAction } = setUp();
    const view = EMPTY_PANEL;
    // The rule in the adopted sheets (happy-dom does not restyle after `replaceSync`).
    const margin = () =>
      /margin-right: (\d+px)/.exec(
        Array.from(document.adoptedStyleSheets, (sheet) => Array.from(sheet.cssRules, (r) => r.cssText).join(' ')).join(' '),
      )?.[1];
    const sheets = () => document.adoptedStyleSheets.length;
    const before = sheets();
    host.show('panel', view, atRightEdge);
    const port = open('panel');
    const frame = frameOf('panel');
    // The dock's place, not the one asked for (window 1024 px wide: docked, 24em of 16 px).
    expect([frame?.style.right, frame?.style.width, frame?.style.height]).toEqual(['0px', '384px', '100vh']);
    expect(sheets()).toBe(before + 1);
    expect(margin()).toBe('384px');
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    // Keys on the splitter: the frame widens and the page follows; the action is the host's own.
    port.emit({ type: 'action', action: { type: 'panel-resize', width: 432, done: true } });
    expect(frame?.style.width).toBe('432px');
    expect(margin()).toBe('432px');
    expect(port.posted.at(-1)).toMatchObject({ type: 'view', view: { dock: { mode: 'side', width: 432 } } });
    port.emit({ type: 'action', action: { type: 'panel-resize', width: 5000, done: true } }); // clamped: the text keeps 360 px
    expect(frame?.style.width).toBe('664px');
    expect(onAction).not.toHaveBeenCalled();
    // Hidden: the page gets its room back.
    host.show('panel', null, atRightEdge);
    expect(sheets()).toBe(before);
    expect(margin()).toBeUndefined();
  });

  it('makes the panel a bottom sheet in a narrow window, with room at the page’s bottom', () => {
    const { host, open, frameOf } = setUp();
    const width = window.innerWidth;
    happyDom().setInnerWidth(320);
    try {
      const view = EMPTY_PANEL;
      host.show('panel', view, atRightEdge);
      const port = open('panel');
      const frame = frameOf('panel');
      expect([frame?.style.left, frame?.style.bottom, frame?.style.width]).toEqual(['0px', '0px', '100%']);
      expect(port.posted.at(-1)).toMatchObject({ view: { dock: { mode: 'sheet' } } });
      expect(getComputedStyle(document.documentElement).marginBottom).toBe(frame?.style.height);
      port.emit({ type: 'action', action: { type: 'panel-resize', width: 200, done: true } }); // a sheet is not resized
      expect(frame?.style.width).toBe('100%');
      host.show('panel', null, atRightEdge);
    } finally {
      happyDom().setInnerWidth(width);
    }
  });

  it('hides a frame whose port closed', () => {
    const { host, open, frameOf } = setUp();
    host.show('notice', NOTICE, placed);
    const port = open('notice');
    port.emit({ type: 'size', seq: 1, height: 48 });
    port.close();
    expect(frameOf('notice')?.hasAttribute('data-shown')).toBe(false);
  });

  it('removes the frames, disconnects their ports and stops listening when the signal aborts', () => {
    const { host, open, container, tokenOf } = setUp();
    host.prepare(['panel', 'card']);
    host.show('notice', NOTICE, placed);
    const token = tokenOf('card');
    const port = open('notice');
    expect(container.querySelectorAll('iframe')).toHaveLength(3);
    stop.abort();
    expect(container.querySelectorAll('iframe')).toHaveLength(0);
    expect(port.disconnected).toBe(true);
    expect(runtime.listeners.size).toBe(0);
    const late = connect(framePortName('card', token));
    late.emit({ type: 'ready' });
    expect(late.posted).toEqual([]);
    host.show('card', CARD, placed);
    expect(container.querySelectorAll('iframe')).toHaveLength(0);
  });
});
