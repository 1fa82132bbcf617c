// Makes WXT's fake browser answer like an English browser: `getUILanguage()` is "en-GB" and
// `getMessage` reads public/_locales/en, filling "$ARG1$" placeholders as Chromium does.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages: Record<string, Message | undefined> = en;

function getMessage(name: string, subs?: string | string[]): string {
  const entry = messages[name];
  if (!entry) return '';
  const list = typeof subs === 'string' ? [subs] : (subs ?? []);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, p: string) =>
    (entry.placeholders?.[p.toLowerCase()]?.content ?? whole).replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? ''),
  );
}

/** Switches the fake browser to English until `vi.restoreAllMocks()`. */
export function speakEnglish(): void {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage);
}
