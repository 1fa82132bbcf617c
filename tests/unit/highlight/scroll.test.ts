// Scrolling to a mention and its brief flash.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flashRange, scrollToMention } from '@/lib/highlight/scroll';
import { buildTextIndex } from '@/lib/page/text-index';
import { mentionRange, rangeFactory } from '@/lib/highlight/ranges';
import { installHighlightApi, installLayout, LINE_H, type FakeRegistry } from './stubs';

let registry: FakeRegistry;
let undo: Array<() => void> = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const api = installHighlightApi();
  registry = api.registry;
  undo.push(api.uninstall);
  document.adoptedStyleSheets = [];
});

afterEach(() => {
  for (const u of undo.reverse()) u();
  undo = [];
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function klaar() {
  document.body.innerHTML = `<main>${Array.from({ length: 99 }, (_, i) => `<p>regel ${i}</p>`).join('')}<p>Toivo Klaar</p></main>`;
  const index = buildTextIndex(document.querySelector('main') as Element);
  undo.push(installLayout(index));
  const start = index.text.indexOf('Toivo');
  return mentionRange(index, start, start + 11, rangeFactory(document)) as AbstractRange;
}

describe('flashRange', () => {
  it('shows the range under kantlijn-flash for a second, then removes it and its stylesheet', () => {
    const range = klaar();
    flashRange(range);
    expect([...(registry.get('kantlijn-flash') ?? [])]).toEqual([range]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    vi.advanceTimersByTime(999);
    expect(registry.has('kantlijn-flash')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(registry.has('kantlijn-flash')).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('a new flash replaces the one showing; ending early works', () => {
    const range = klaar();
    flashRange(range);
    const end = flashRange(range, { ms: 5000 });
    vi.advanceTimersByTime(1500);
    expect(registry.has('kantlijn-flash')).toBe(true);
    end();
    expect(registry.has('kantlijn-flash')).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('scrollToMention', () => {
  it('scrolls the window so the mention stands in the middle, and flashes it', () => {
    const range = klaar();
    const scrollTo = vi.fn();
    window.scrollTo = scrollTo as unknown as typeof window.scrollTo;
    expect(scrollToMention(range, { behavior: 'auto' })).toBe(true);
    const top = 99 * LINE_H + window.scrollY - (window.innerHeight / 2 - 16 / 2);
    expect(scrollTo).toHaveBeenCalledWith({ top: Math.max(0, top), behavior: 'auto' });
    expect(registry.has('kantlijn-flash')).toBe(true);
  });

  it('can skip the flash, and says false for a range whose nodes changed', () => {
    const range = klaar();
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
    expect(scrollToMention(range, { flash: false })).toBe(true);
    expect(registry.has('kantlijn-flash')).toBe(false);
    (range.startContainer as Text).data = '';
    expect(scrollToMention(range)).toBe(false);
  });
});
