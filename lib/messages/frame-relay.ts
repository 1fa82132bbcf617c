/**
 * Firefox gives an extension page framed in a web page only the content scripts' APIs — no `tabs`
 * (w3c/webextensions#787, which Firefox does not mean to change) — so Kantlijn's frames there
 * cannot `tabs.connect` to their tab's content script. Such a frame opens its port to the
 * background instead; the background opens a port of the same name to the tab's top frame and
 * passes the messages both ways until either end closes. The content script checks the name's
 * token as it does for a frame's own port (entrypoints/content/frames/frame-host.ts).
 */
import { parseFramePortName } from './frame-protocol';
import type { PortLike } from './port-like';

/** A port as the background receives it: who opened it, from which page, in which tab. */
export interface RelayedPort extends PortLike {
  sender?: { id?: string; url?: string; tab?: { id?: number } };
}

/**
 * Relays `port` when it is a frame's port opened by a Kantlijn frame (`frameUrl`) in a tab:
 * `connectTab` opens the port to that tab's top frame. A frame port from anything else is closed;
 * ports of other names are left to their own listeners.
 */
export function relayFramePort(
  port: RelayedPort,
  extensionId: string,
  frameUrl: string,
  connectTab: (tabId: number, name: string) => PortLike,
): void {
  if (!parseFramePortName(port.name)) return;
  const tabId = port.sender?.tab?.id;
  if (port.sender?.id !== extensionId || !port.sender.url?.startsWith(frameUrl) || tabId === undefined) {
    port.disconnect();
    return;
  }
  const tab = connectTab(tabId, port.name);
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    for (const end of [port, tab]) {
      try {
        end.disconnect();
      } catch {
        // Already gone with its page.
      }
    }
  };
  port.onMessage.addListener((message) => {
    if (open) tab.postMessage(message);
  });
  tab.onMessage.addListener((message) => {
    if (open) port.postMessage(message);
  });
  port.onDisconnect.addListener(close);
  tab.onDisconnect.addListener(close);
}
