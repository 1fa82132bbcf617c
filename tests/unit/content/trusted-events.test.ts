// The notes' listeners act on the reader's input only: a page's script that moves a pointer over a
// note, presses Escape, Alt+Shift+N or changes the selection itself opens, closes and writes nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteHit } from '@/entrypoints/content/notes/note-layer';
import { startNoteHover, type NoteHoverOptions } from '@/entrypoints/content/notes/note-hover';
import { watchSelection } from '@/entrypoints/content/notes/selection-watch';
import { REST_MS } from '@/lib/highlight/intent';
import { passageNote } from '@/tests/unit/make-records';
import { asReader } from './reader-event';

const HIT: NoteHit = { notes: [{ note: passageNote('n1'), span: { start: 0, end: 9 } }], rect: new DOMRect(0, 0, 100, 20) };
const move = (x: number) => new PointerEvent('pointermove', { clientX: x, clientY: 10, bubbles: true, composed: true });
const escapeKey = () => new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
const noteKey = () =>
  new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyN', key: 'N', bubbles: true, cancelable: true });

let controller: AbortController;
let calls: string[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  controller = new AbortController();
  calls = [];
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function hover(extra: Partial<NoteHoverOptions> = {}) {
  return startNoteHover({
    signal: controller.signal,
    hitAt: (x) => (x < 100 ? HIT : null),
    blocked: () => false,
    onOpen: () => calls.push('open'),
    onClose: () => calls.push('close'),
    ...extra,
  });
}

describe('the note hover', () => {
  it('opens no card for a pointer a page moves, and keeps it against a forged Escape', () => {
    hover();
    document.body.dispatchEvent(move(10));
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual([]);
    document.body.dispatchEvent(asReader(move(10)));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(REST_MS); // the note card opens on a rest (hover intent)
    expect(calls).toEqual(['open']);
    document.dispatchEvent(escapeKey());
    document.body.dispatchEvent(move(500));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['open']);
    document.dispatchEvent(asReader(escapeKey()));
    expect(calls).toEqual(['open', 'close']);
  });

  it('asks the check it is given', () => {
    hover({ trusted: () => true });
    document.body.dispatchEvent(move(10));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(REST_MS);
    document.dispatchEvent(escapeKey());
    expect(calls).toEqual(['open', 'close']);
  });
});

describe('the selection watch', () => {
  const watch = (trusted?: (event: Event) => boolean) =>
    watchSelection(
      controller.signal,
      () => null,
      () => calls.push('selection'),
      () => calls.push('shortcut'),
      trusted,
    );

  it('writes no note for Alt+Shift+N a page dispatches, and follows no selection change it forges', () => {
    watch();
    const forged = noteKey();
    window.dispatchEvent(forged);
    document.dispatchEvent(new Event('selectionchange'));
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual([]);
    expect(forged.defaultPrevented).toBe(false);
    window.dispatchEvent(asReader(noteKey()));
    document.dispatchEvent(asReader(new Event('selectionchange')));
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual(['shortcut', 'selection']);
  });

  it('asks the check it is given', () => {
    watch(() => true);
    window.dispatchEvent(noteKey());
    document.dispatchEvent(new Event('selectionchange'));
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual(['shortcut', 'selection']);
  });
});
