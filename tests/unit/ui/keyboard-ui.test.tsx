// The keyboard's parts of the UI: Tab going round inside a card or the editor, a notice that waits
// while the reader is in it (WCAG 2.2.1), and the panel's list of keys.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyList } from '@/components/KeyList';
import { NOTICE_MS, UndoBar } from '@/components/UndoBar';
import { cycleTab } from '@/lib/ui/focus-cycle';
import { startHoldTimer } from '@/lib/ui/hold-timer';

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.useRealTimers();
});

const tab = (shiftKey = false) => new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true, bubbles: true });

describe('Tab inside a dialog', () => {
  it('goes from the last control to the first and back with Shift, and leaves Tab between them to the browser', () => {
    host.innerHTML = '<button>Sluiten</button><a href="#x">Ook in</a><button disabled>‹</button><button>Notitie bij</button>';
    const [close, link, , add] = [...host.querySelectorAll<HTMLElement>('button, a')];
    const forward = tab();
    expect(cycleTab(forward, host, add ?? null)).toBe(true);
    expect([document.activeElement, forward.defaultPrevented]).toEqual([close, true]);
    const back = tab(true);
    expect(cycleTab(back, host, close ?? null)).toBe(true);
    expect(document.activeElement).toBe(add);
    const between = tab();
    expect(cycleTab(between, host, link ?? null)).toBe(false);
    expect(between.defaultPrevented).toBe(false);
    expect(cycleTab(new KeyboardEvent('keydown', { key: 'Enter' }), host, add ?? null)).toBe(false);
  });
});

describe('the hold timer', () => {
  it('expires after its time, not while held, and runs its full time again once let go', () => {
    vi.useFakeTimers();
    const expired = vi.fn();
    const timer = startHoldTimer(1000, expired);
    vi.advanceTimersByTime(600);
    timer.hold('focus', true);
    timer.hold('pointer', true);
    vi.advanceTimersByTime(5000);
    timer.hold('focus', false);
    vi.advanceTimersByTime(5000);
    expect(expired).not.toHaveBeenCalled();
    timer.hold('pointer', false);
    vi.advanceTimersByTime(999);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expired).toHaveBeenCalledTimes(1);
    timer.stop();
  });
});

describe('the notice bar', () => {
  it('goes by itself, but not while focus or the pointer is in it', () => {
    vi.useFakeTimers();
    const dismissed = vi.fn();
    act(() => render(<UndoBar message="Notitie verwijderd." onUndo={() => undefined} onDismiss={dismissed} />, host));
    const bar = host.querySelector('[role="status"]') as HTMLElement;
    act(() => {
      bar.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    act(() => {
      vi.advanceTimersByTime(NOTICE_MS * 3);
    });
    expect(dismissed).not.toHaveBeenCalled();
    act(() => {
      bar.dispatchEvent(new PointerEvent('pointerenter'));
      bar.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
    });
    act(() => {
      vi.advanceTimersByTime(NOTICE_MS * 3);
    });
    expect(dismissed).not.toHaveBeenCalled();
    act(() => {
      bar.dispatchEvent(new PointerEvent('pointerleave'));
    });
    act(() => {
      vi.advanceTimersByTime(NOTICE_MS);
    });
    expect(dismissed).toHaveBeenCalledTimes(1);
  });
});

describe('the panel’s keys', () => {
  it('lists every key with what it does, and Escape', () => {
    render(<KeyList />, host);
    expect(host.querySelector('h2')?.textContent).toBe('Toetsen');
    const items = [...host.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Alt+Shift+K Het paneel van Kantlijn openen of sluiten',
      'Alt+Shift+N Een notitie schrijven bij de selectie',
      'Alt+Shift+M De kaart openen van de vermelding bij de cursor',
      'Alt+Shift+. Naar de volgende vermelding',
      'Alt+Shift+, Naar de vorige vermelding',
      'Esc Kaart, editor of paneel sluiten',
    ]);
  });

  it('names a shortcut the reader chose in the browser beside the page key, and not one that is the same', () => {
    render(<KeyList shortcuts={{ 'toggle-panel': 'Ctrl+Shift+Y', 'add-note': 'Alt + Shift + N', 'next-mention': 'Alt+Shift+J' }} />, host);
    const items = [...host.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toBe('Alt+Shift+K Het paneel van Kantlijn openen of sluiten (In de browser gekozen: Ctrl+Shift+Y)');
    expect(items[1]).toBe('Alt+Shift+N Een notitie schrijven bij de selectie');
    expect(items[3]).toBe('Alt+Shift+. Naar de volgende vermelding (In de browser gekozen: Alt+Shift+J)');
    expect(items[4]).toBe('Alt+Shift+, Naar de vorige vermelding');
  });
});
