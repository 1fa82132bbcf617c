/**
 * Typed senders over `browser.runtime` and `browser.tabs`: the only way code sends a message,
 * so every call is checked against the protocol.
 */
import { browser } from 'wxt/browser';
import type { BackgroundProtocol, Message, Response, TabProtocol } from './protocol';

/** Sends a message to the background and returns its typed response. */
export async function sendToBackground<K extends keyof BackgroundProtocol>(
  message: Message<BackgroundProtocol, K>,
): Promise<Response<BackgroundProtocol, K>> {
  return (await browser.runtime.sendMessage(message)) as Response<BackgroundProtocol, K>;
}

/** Sends a message to the content script of one tab; rejects when the tab has none. */
export async function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  message: Message<TabProtocol, K>,
): Promise<Response<TabProtocol, K>> {
  return (await browser.tabs.sendMessage(tabId, message)) as Response<TabProtocol, K>;
}
