import { browser } from 'wxt/browser';
import { createBackgroundHandler } from '../lib/messages/background-handler';
import { isMessage, type AnyMessage, type BackgroundProtocol } from '../lib/messages/protocol';
import { createDb } from '../lib/store/db';

const BACKGROUND_TYPES = new Set<string>(['document-seen', 'get-stats', 'get-document']);

// The background owns the database and answers the protocol; messages meant for tabs are ignored.
export default defineBackground(() => {
  const handle = createBackgroundHandler(async () => {
    const db = createDb();
    await db.open();
    return db;
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isMessage(message) || !BACKGROUND_TYPES.has(message.type)) return undefined;
    return handle(message as AnyMessage<BackgroundProtocol>);
  });
});
