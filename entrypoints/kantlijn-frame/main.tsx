/**
 * A frame of Kantlijn's on-page UI (one surface: the panel, a card, the note editor or the notice).
 * It is an extension page, so the page around it cannot read it. It connects to the content script
 * of its own tab, draws the views it is sent and sends back what the reader does; the address's
 * hash names the surface and the token the content script gave this frame.
 */
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { FrameSurface } from '@/components/FrameSurface';
import {
  framePortName,
  SURFACES,
  type FrameAction,
  type FromFrame,
  type Surface,
  type SurfaceView,
  type ToFrame,
} from '@/lib/messages/frame-protocol';
import type { Report } from '@/lib/model/report';
import { sendToBackground } from '@/lib/messages/send';
import { uiLang } from '@/lib/ui/words';
import { cycleTab } from '@/lib/ui/focus-cycle';
import { commandOfKey } from '@/lib/ui/shortcut-keys';
import '../content/style.css';
import './style.css';

interface Link {
  send(message: FromFrame): void;
  onMessage(listener: (message: ToFrame) => void): void;
}

async function connect(surface: Surface, token: string): Promise<Link> {
  const name = framePortName(surface, token);
  // Firefox gives a frame in a web page no `tabs`: the background relays (lib/messages/frame-relay.ts).
  const tabs = (browser as { tabs?: typeof browser.tabs }).tabs;
  let port: Browser.runtime.Port;
  if (tabs) {
    const tab = await tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('Kantlijn: this frame is not in a tab');
    port = tabs.connect(tab.id, { name, frameId: 0 });
  } else port = browser.runtime.connect({ name });
  return {
    send: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((message) => listener(message as ToFrame)),
  };
}

function App({ link, surface }: { link: Link; surface: Surface }) {
  const [drawn, setDrawn] = useState<{ view: SurfaceView; seq: number } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [shortcuts, setShortcuts] = useState<Record<string, string>>({});
  const root = useRef<HTMLDivElement>(null);
  const act = (action: FrameAction) => link.send({ type: 'action', action });

  useEffect(() => {
    link.onMessage((message) => {
      if (message.type === 'view') setDrawn(message.view && { view: message.view, seq: message.seq });
      else if (message.type === 'report') setReport(message.report);
      else if (message.restore && lastFocused?.isConnected) lastFocused.focus();
      else focusFirst();
    });
    link.send({ type: 'ready' });
  }, [link]);
  // The shortcuts the reader may have changed in the browser, for the panel's "Toetsen".
  useEffect(() => {
    if (surface !== 'panel') return;
    sendToBackground({ type: 'key-shortcuts' }).then(
      (answer) => answer.ok && setShortcuts(answer.shortcuts),
      () => undefined, // without an answer the panel names Kantlijn's own keys only
    );
  }, [surface]);
  // The height of what was drawn, for the content script to size the frame (the panel's is fixed).
  const seq = drawn?.seq ?? -1;
  useLayoutEffect(() => {
    const element = root.current;
    if (!element || surface === 'panel') return;
    const tell = () =>
      link.send({
        type: 'size',
        seq,
        height: Math.ceil(element.getBoundingClientRect().height),
        drawnAt: performance.timeOrigin + performance.now(),
      });
    tell();
    const observer = new ResizeObserver(tell);
    observer.observe(element);
    return () => observer.disconnect();
  }, [seq, link, surface]);
  // The page around the frame hears nothing while the pointer is here: the hover needs telling.
  useEffect(() => {
    let over = false;
    const tell = (now: boolean) => {
      if (now === over) return;
      over = now;
      link.send({ type: 'pointer', over });
    };
    const onMove = () => tell(true);
    const onOut = (event: PointerEvent) => event.relatedTarget === null && tell(false);
    document.addEventListener('pointermove', onMove, { passive: true });
    document.addEventListener('pointerover', onMove, { passive: true });
    document.addEventListener('pointerout', onOut, { passive: true });
    return () => {
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerover', onMove);
      document.removeEventListener('pointerout', onOut);
    };
  }, [link]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandOfKey(event);
      if (command) {
        event.preventDefault();
        if (!event.repeat) act({ type: 'command', command });
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        if (surface === 'card') act({ type: 'card-close' });
        else if (surface === 'panel') act({ type: 'panel-close' });
        else if (surface === 'notice') act({ type: 'notice-dismiss' });
      } else if (surface === 'card' || surface === 'editor') cycleTab(event, document.body, document.activeElement);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  if (!drawn) return null;
  return <FrameSurface view={drawn.view} report={report} act={act} rootRef={root} shortcuts={shortcuts} />;
}

// Where focus last was in this frame: it goes back there when what this frame opened closes.
let lastFocused: HTMLElement | null = null;
document.addEventListener('focusin', (event) => {
  if (event.target instanceof HTMLElement) lastFocused = event.target;
});

// Focus on the editor's textbox, or else the surface's first control.
function focusFirst() {
  const target =
    document.querySelector<HTMLElement>('textarea') ?? document.querySelector<HTMLElement>('button, a[href], input, select, summary');
  target?.focus();
}

// The frame's words are in the language `msg` chose, not the page's: a screen reader reads them by it.
document.documentElement.lang = uiLang();

const hash = new URLSearchParams(location.hash.slice(1));
const surface = hash.get('surface') as Surface | null;
const token = hash.get('token');
if (surface && SURFACES.includes(surface) && token) {
  connect(surface, token).then(
    (link) => render(<App link={link} surface={surface} />, document.getElementById('app') ?? document.body),
    (error: unknown) => console.warn(error),
  );
}
