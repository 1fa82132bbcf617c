import { browser } from 'wxt/browser';
import { createBackgroundHandler } from '@/lib/messages/background-handler';
import { callerOf } from '@/lib/messages/caller';
import { answerExtractPort } from '@/lib/messages/extract-port';
import { relayFramePort } from '@/lib/messages/frame-relay';
import { isMessage, type AnyMessage, type BackgroundProtocol } from '@/lib/messages/protocol';
import { answerRequestPort } from '@/lib/messages/request-port';
import { createDb } from '@/lib/store/db';
import { isKeyCommand } from '@/lib/ui/shortcut-keys';

// Every type of BackgroundProtocol, checked by the compiler: a type missing here would go unanswered.
const BACKGROUND_TYPES = new Set<string>(
  Object.keys({
    'document-seen': true,
    'get-stats': true,
    'get-document': true,
    'documents-with-actor': true,
    extract: true,
    'notes-for-page': true,
    'save-note': true,
    'delete-note': true,
    'note-tags': true,
    'get-draft': true,
    'save-draft': true,
    'discard-draft': true,
    'announce-notes-changed': true,
    'open-library': true,
    'key-shortcuts': true,
  } satisfies Record<keyof BackgroundProtocol, true>),
);

// The background owns the database and answers the protocol; messages meant for tabs are ignored.
// When notes change it tells every open tab of the site (lib/messages/broadcast.ts). A content
// script is held to the publication of its own tab, by the address the browser gives for it
// (lib/messages/caller.ts); the extension's own pages reach every note.
export default defineBackground(() => {
  const handle = createBackgroundHandler(async () => {
    const db = createDb();
    await db.open();
    return db;
  });
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isMessage(message) || !BACKGROUND_TYPES.has(message.type)) return undefined;
    return handle(message as AnyMessage<BackgroundProtocol>, callerOf(sender, origin));
  });
  // A page's text streamed for extraction while the page is read (lib/messages/extract-port.ts).
  browser.runtime.onConnect.addListener((port) => answerExtractPort(port, browser.runtime.id));
  // Firefox's frames of the on-page UI have no `tabs`: their ports come here and go on to the tab.
  browser.runtime.onConnect.addListener((port) =>
    relayFramePort(port, browser.runtime.id, browser.runtime.getURL('/kantlijn-frame.html'), (tabId, name) =>
      browser.tabs.connect(tabId, { name, frameId: 0 }),
    ),
  );
  // The same requests over a long-lived port: half the round trip of sendMessage (lib/messages/request-port.ts).
  browser.runtime.onConnect.addListener((port) =>
    answerRequestPort(
      port,
      browser.runtime.id,
      (type) => BACKGROUND_TYPES.has(type),
      // A port's sender is the page that opened it: its address then is the one its requests are held to.
      (message) => handle(message as AnyMessage<BackgroundProtocol>, callerOf(port.sender ?? {}, origin)),
    ),
  );
  // Kantlijn's keys as the browser's commands (wxt.config.ts): passed on to the content script of
  // the tab they were pressed in, which carries them out (and takes a press that also reached the
  // page as a key only once: entrypoints/content/shortcut.ts).
  browser.commands?.onCommand.addListener((command, tab) => void passOnCommand(command, tab?.id));
});

/** Sends a browser command to a tab's page (its top frame); a tab without Kantlijn there just does not answer. */
export async function passOnCommand(command: string, tabId?: number): Promise<void> {
  if (!isKeyCommand(command)) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await browser.tabs.sendMessage(id, { type: 'command', command }, { frameId: 0 }).catch(() => undefined);
}
