// The content script's small pieces: the shortcut, the remembered panel state, the tab protocol.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerPageMessages } from '@/entrypoints/content/page-messages';
import { loadHighlightKinds, loadPanelOpen, saveHighlightKinds, savePanelOpen } from '@/entrypoints/content/settings';
import { listenForShortcut } from '@/entrypoints/content/shortcut';
import { isPanelShortcut } from '@/lib/ui/shortcut-keys';
import type { PageState } from '@/lib/messages/protocol';
import { asReader } from './reader-event';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('shortcut', () => {
  it('is Alt+Shift+K and nothing else', () => {
    expect(isPanelShortcut(key({ altKey: true, shiftKey: true, code: 'KeyK', key: 'K' }))).toBe(true);
    expect(isPanelShortcut(key({ altKey: true, shiftKey: true, code: 'KeyK', key: '' }))).toBe(true); // macOS Alt-character
    expect(isPanelShortcut(key({ altKey: true, code: 'KeyK', key: 'k' }))).toBe(false);
    expect(isPanelShortcut(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyK', key: 'K' }))).toBe(false);
    expect(isPanelShortcut(key({ shiftKey: true, code: 'KeyK', key: 'K' }))).toBe(false);
  });

  it('stops listening when its signal aborts', () => {
    const controller = new AbortController();
    let count = 0;
    listenForShortcut(
      controller.signal,
      () => count++,
      () => true,
    );
    window.dispatchEvent(key({ altKey: true, shiftKey: true, code: 'KeyK', key: 'K' }));
    controller.abort();
    window.dispatchEvent(key({ altKey: true, shiftKey: true, code: 'KeyK', key: 'K' }));
    expect(count).toBe(1);
  });

  it('acts on the reader’s keys only: a key a page dispatches is passed over, not even prevented', () => {
    const controller = new AbortController();
    let count = 0;
    listenForShortcut(controller.signal, () => count++);
    const forged = key({ altKey: true, shiftKey: true, code: 'KeyK', key: 'K' });
    window.dispatchEvent(forged);
    expect([count, forged.defaultPrevented]).toEqual([0, false]);
    const real = asReader(key({ altKey: true, shiftKey: true, code: 'KeyK', key: 'K' }));
    window.dispatchEvent(real);
    expect([count, real.defaultPrevented]).toEqual([1, true]);
    controller.abort();
  });

  it('asks the check it is given, once per key', () => {
    const controller = new AbortController();
    const asked: Event[] = [];
    let count = 0;
    listenForShortcut(
      controller.signal,
      () => count++,
      (event) => asked.push(event) > 1,
    );
    window.dispatchEvent(key({ altKey: true, shiftKey: true, code: 'KeyK', key: 'K' }));
    window.dispatchEvent(key({ altKey: true, shiftKey: true, code: 'KeyK', key: 'K' }));
    expect([asked.length, count]).toEqual([2, 1]);
    controller.abort();
  });
});

describe('highlight settings', () => {
  it('shows every kind at first and remembers the kinds switched off', async () => {
    expect(Object.values(await loadHighlightKinds()).every(Boolean)).toBe(true);
    await saveHighlightKinds({ person: true, office: false, organisation: true, location: true, event: false, reference: true });
    const kinds = await loadHighlightKinds();
    expect([kinds.office, kinds.event, kinds.person]).toEqual([false, false, true]);
  });
});

describe('panel state', () => {
  it('is closed at first and remembered once set', async () => {
    expect(await loadPanelOpen()).toBe(false);
    await savePanelOpen(true);
    expect(await loadPanelOpen()).toBe(true);
    await savePanelOpen(false);
    expect(await loadPanelOpen()).toBe(false);
  });
});

describe('tab protocol', () => {
  it('answers page-state and toggle-panel until aborted', async () => {
    const controller = new AbortController();
    let state: PageState = { isPublication: true, document: null, panelOpen: false, problems: [] };
    answerPageMessages(controller.signal, {
      state: () => state,
      setOpen: async (open) => {
        state = { ...state, panelOpen: open };
        return open;
      },
      report: () => null,
    });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'page-state' })).toEqual(state);
    expect(await fakeBrowser.runtime.sendMessage({ type: 'get-report' })).toEqual({ report: null });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'toggle-panel' })).toEqual({ open: true });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'toggle-panel', open: true })).toEqual({ open: true });
    controller.abort();
    await expect(fakeBrowser.runtime.sendMessage({ type: 'page-state' })).rejects.toThrow();
  });
});
