// Firefox's frames have no `tabs`: the background relays a frame's port to its tab's top frame,
// both ways, and only for Kantlijn's own frames in a tab.
import { describe, expect, it } from 'vitest';
import { framePortName } from '@/lib/messages/frame-protocol';
import { relayFramePort, type RelayedPort } from '@/lib/messages/frame-relay';
import { portPair } from './port-pair';

const ID = 'kantlijn@kantlijn.nl';
const FRAME = 'moz-extension://uuid/kantlijn-frame.html';
const NAME = framePortName('panel', 'token-1');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A frame's port as the background receives it, and the tab's end the relay opens. */
function setup(sender: RelayedPort['sender'], name = NAME) {
  const frame = portPair(name, ID);
  const incoming: RelayedPort = { ...frame.background, sender };
  const tabs: Array<{ tabId: number; name: string; content: ReturnType<typeof portPair>['background'] }> = [];
  relayFramePort(incoming, ID, FRAME, (tabId, portName) => {
    const pair = portPair(portName, ID);
    tabs.push({ tabId, name: portName, content: pair.background });
    return pair.page;
  });
  return { frame: frame.page, tabs };
}

/** Whether a port was closed, asked later. */
function closes(port: ReturnType<typeof portPair>['page']): () => boolean {
  let closed = false;
  port.onDisconnect.addListener(() => {
    closed = true;
  });
  return () => closed;
}

describe('the frame relay', () => {
  it('passes messages both ways between a frame and its tab, and closes both together', async () => {
    const { frame, tabs } = setup({ id: ID, url: `${FRAME}#surface=panel&token=token-1`, tab: { id: 7 } });
    expect(tabs.map((t) => [t.tabId, t.name])).toEqual([[7, NAME]]);
    const content = tabs[0]!.content;
    const toContent: unknown[] = [];
    const toFrame: unknown[] = [];
    content.onMessage.addListener((m) => toContent.push(m));
    frame.onMessage.addListener((m) => toFrame.push(m));
    frame.postMessage({ type: 'ready' });
    await tick();
    content.postMessage({ type: 'view', seq: 1 });
    await tick();
    expect(toContent).toEqual([{ type: 'ready' }]);
    expect(toFrame).toEqual([{ type: 'view', seq: 1 }]);
    const contentClosed = closes(content);
    frame.disconnect();
    await tick();
    expect(contentClosed()).toBe(true);
  });

  it('closes a frame port from anything but a Kantlijn frame in a tab', async () => {
    for (const sender of [
      { id: ID, url: 'https://zoek.officielebekendmakingen.nl/kst-1.html', tab: { id: 7 } },
      { id: 'other@example', url: `${FRAME}#surface=panel`, tab: { id: 7 } },
      { id: ID, url: `${FRAME}#surface=panel` },
    ]) {
      const { frame, tabs } = setup(sender);
      const closed = closes(frame);
      await tick();
      expect(tabs).toEqual([]);
      expect(closed()).toBe(true);
    }
  });

  it('leaves ports of other names to their own listeners', async () => {
    const { frame, tabs } = setup({ id: ID, url: FRAME, tab: { id: 7 } }, 'kantlijn-requests');
    const closed = closes(frame);
    await tick();
    expect(tabs).toEqual([]);
    expect(closed()).toBe(false);
  });
});
