// `key-shortcuts`: the panel asks the background which shortcuts the browser has for Kantlijn's
// commands now, as the reader may have changed them in the browser's settings.
import { describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '@/lib/messages/background-handler';
import { createDb } from '@/lib/store/db';

describe('key-shortcuts', () => {
  it("answers each command's shortcut by name, leaving out commands without one", async () => {
    const handle = createBackgroundHandler(async () => createDb('key-shortcuts-1'), {
      listCommands: async () => [
        { name: 'toggle-panel', shortcut: 'Ctrl+Shift+Y' },
        { name: 'previous-mention', shortcut: '' },
        { name: 'add-note', shortcut: 'Alt+Shift+N' },
        { shortcut: 'Alt+Shift+Q' },
      ],
    });
    expect(await handle({ type: 'key-shortcuts' })).toEqual({
      ok: true,
      shortcuts: { 'toggle-panel': 'Ctrl+Shift+Y', 'add-note': 'Alt+Shift+N' },
    });
  });

  it('answers no shortcuts when the browser cannot list its commands', async () => {
    const handle = createBackgroundHandler(async () => createDb('key-shortcuts-2'), {
      listCommands: async () => {
        throw new Error('commands unavailable');
      },
    });
    expect(await handle({ type: 'key-shortcuts' })).toEqual({ ok: true, shortcuts: {} });
  });
});
