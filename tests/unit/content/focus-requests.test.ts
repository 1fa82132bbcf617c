// Focus into a surface and back to what opened it when it closes: a page element, another
// surface (or, when that closed too, its own opener), the reader's place in the text, else the
// panel's tab — and no move at all when focus is in the surface already ("Volgende vermelding").
import { afterEach, describe, expect, it } from 'vitest';
import { createFocusRequests, type FocusTarget } from '@/entrypoints/content/frames/focus-requests';
import type { Surface } from '@/lib/messages/frame-protocol';

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

// A frame host as the requests see it: which surfaces are shown, which has focus, what was asked.
function fakeTarget(shown: Surface[] = []) {
  const asked: Array<[Surface, boolean]> = [];
  const visible = new Set<Surface>(shown);
  let focused: Surface | null = null;
  const tab = document.createElement('button');
  tab.textContent = 'K';
  document.body.append(tab);
  const target: FocusTarget = {
    focus(surface, restore = false) {
      asked.push([surface, restore]);
      focused = surface;
      (document.activeElement as HTMLElement | null)?.blur?.();
    },
    shown: (surface) => visible.has(surface),
    focused: () => focused,
    fallback: () => tab,
  };
  return { target, asked, visible, tab, setFocused: (s: Surface | null) => (focused = s) };
}

describe('focus requests', () => {
  it('waits for the frames, then goes back to the page element that had focus', () => {
    const requests = createFocusRequests();
    const link = document.createElement('a');
    link.href = '#x';
    document.body.append(link);
    link.focus();
    requests.request('panel');
    const { target, asked, setFocused } = fakeTarget(['panel']);
    requests.connect(target);
    expect(asked).toEqual([['panel', false]]);
    setFocused(null);
    requests.closedWithFocus('panel');
    expect(document.activeElement).toBe(link);
  });

  it('goes back into the surface that opened another, where focus was there; to its opener when it closed too', () => {
    const requests = createFocusRequests();
    const { target, asked, visible, tab, setFocused } = fakeTarget(['panel', 'card']);
    requests.connect(target);
    requests.request('panel'); // from nothing: the tab is the way back
    requests.request('card'); // from the panel
    setFocused(null);
    requests.closedWithFocus('card');
    expect(asked.at(-1)).toEqual(['panel', true]);
    // The card opened the editor, then both closed: past the card to the panel; past the panel to the tab.
    setFocused('card');
    requests.request('editor');
    visible.delete('card');
    requests.closedWithFocus('editor');
    expect(asked.at(-1)).toEqual(['panel', true]);
    visible.delete('panel');
    requests.closedWithFocus('editor');
    expect(document.activeElement).toBe(tab);
  });

  it('moves nothing when focus is in the surface asked for already', () => {
    const requests = createFocusRequests();
    const { target, asked, setFocused } = fakeTarget(['card']);
    requests.connect(target);
    setFocused('card');
    requests.request('card');
    expect(asked).toEqual([]);
  });

  it('gives the reader back their place in the text', () => {
    const requests = createFocusRequests();
    const p = document.createElement('p');
    p.textContent = 'Nederland werd gealerteerd door T. Klaar.';
    const { target, setFocused } = fakeTarget(['card']);
    document.body.append(p);
    const range = document.createRange();
    range.setStart(p.firstChild as Text, 32);
    range.setEnd(p.firstChild as Text, 40);
    document.getSelection()?.addRange(range);
    requests.connect(target);
    requests.request('card');
    document.getSelection()?.removeAllRanges();
    setFocused(null);
    requests.closedWithFocus('card');
    expect(String(document.getSelection())).toBe('T. Klaar');
  });

  it('focuses a surface when it next shows, or at once when it shows already', () => {
    const requests = createFocusRequests();
    const { target, asked, visible, setFocused } = fakeTarget();
    requests.connect(target);
    requests.requestOnShow('notice');
    expect(asked).toEqual([]);
    requests.shown('card');
    requests.shown('notice');
    expect(asked).toEqual([['notice', false]]);
    requests.shown('notice');
    setFocused(null);
    visible.add('notice');
    requests.requestOnShow('notice');
    expect(asked).toHaveLength(2);
  });
});
