// The content session's features share one store: each changes it and stops with its signal; the
// UI's views follow the store without a hand-called redraw.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alsoInOf, startCards } from '@/entrypoints/content/features/cards';
import { startPanel } from '@/entrypoints/content/features/panel';
import { controlsProps } from '@/entrypoints/content/features/ui';
import { createFocusRequests } from '@/entrypoints/content/frames/focus-requests';
import { cardView, panelView } from '@/entrypoints/content/frames/surface-views';
import { createStore, type SessionState } from '@/entrypoints/content/page-store';
import { loadHighlightKinds, loadPanelOpen } from '@/entrypoints/content/settings';
import { actorKeyOf } from '@/lib/extract/actor-key';
import type { HoverSource } from '@/lib/highlight';
import type { Reference } from '@/lib/model/report';
import { readPage } from '@/lib/page/read-page';
import { buildReport } from '@/lib/report/build-report';
import { allHighlightKinds } from '@/lib/ui/highlight-kinds';
import { fixtureHtml, parseHtml } from '@/tests/unit/helpers';
import { asReader } from './reader-event';

const ID = 'kst-21501-02-2553';

function stateOf(): SessionState {
  const reading = readPage(parseHtml(fixtureHtml('pages', ID)), `https://zoek.officielebekendmakingen.nl/${ID}.html`);
  return {
    reading,
    document: reading.document,
    problems: [],
    report: buildReport(reading),
    panelOpen: false,
    kinds: allHighlightKinds(),
    card: null,
    alsoIn: new Map(),
    drawing: null,
    hover: null,
    notes: null,
  };
}

const forgedPanelKey = () => new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyK', key: 'K', bubbles: true });
const panelKey = () => asReader(forgedPanelKey());

describe('the store', () => {
  it('tells its followers of each change until their signal aborts', () => {
    const store = createStore({ count: 0, name: 'a' });
    const stop = new AbortController();
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.get().count), stop.signal);
    store.set({ count: 1 });
    store.touch();
    stop.abort();
    store.set({ count: 2 });
    expect(seen).toEqual([1, 1]);
    expect(store.get()).toEqual({ count: 2, name: 'a' });
  });
});

describe('the panel feature', () => {
  it('opens and closes with Alt+Shift+K, remembered, and stops listening with its signal', async () => {
    const store = createStore(stateOf());
    const stop = new AbortController();
    startPanel(stop.signal, store);
    window.dispatchEvent(panelKey());
    expect(store.get().panelOpen).toBe(true);
    await vi.waitFor(async () => expect(await loadPanelOpen()).toBe(true));
    stop.abort();
    window.dispatchEvent(panelKey());
    expect(store.get().panelOpen).toBe(true);
  });

  it('does not open for Alt+Shift+K that a page dispatches itself', () => {
    const store = createStore(stateOf());
    const stop = new AbortController();
    startPanel(stop.signal, store);
    const forged = forgedPanelKey();
    window.dispatchEvent(forged);
    expect(store.get().panelOpen).toBe(false);
    expect(forged.defaultPrevented).toBe(false);
    window.dispatchEvent(panelKey());
    expect(store.get().panelOpen).toBe(true);
    stop.abort();
  });

  it('switches a kind of highlight off in the store and in the saved settings', async () => {
    const store = createStore(stateOf());
    const panel = startPanel(new AbortController().signal, store);
    panel.toggleKind('office');
    expect(store.get().kinds.office).toBe(false);
    expect(store.get().kinds.person).toBe(true);
    await vi.waitFor(async () => expect((await loadHighlightKinds()).office).toBe(false));
  });
});

describe('the cards feature', () => {
  it('asks "Ook in" once per actor, shows null while asked and the answer after', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      documents: [
        { id: 'kst-1-2', title: 'Brief', date: '2024-01-01', url: 'https://zoek.officielebekendmakingen.nl/kst-1-2.html', kind: 'letter' },
      ],
    });
    const state = stateOf();
    const actor = state.report?.actors[0];
    if (!actor) throw new Error('the fixture names no actor');
    const store = createStore(state);
    const cards = startCards(store);
    const hover = cards.hover(fakeDrawing(), new AbortController().signal);
    const target = { kind: 'actor', actorId: actor.id, mentionIndex: 0 } as const;
    hover.open(target, new DOMRect(0, 0, 10, 10));
    expect(store.get().card?.target).toEqual(target);
    expect(alsoInOf(store.get(), target)).toBeNull();
    await vi.waitFor(() => expect(alsoInOf(store.get(), target)).toHaveLength(1));
    expect(store.get().alsoIn.has(actorKeyOf(actor))).toBe(true);
    cards.close();
    hover.open(target, new DOMRect(0, 0, 10, 10));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('follows only citations on the site', () => {
    const state = stateOf();
    const report = state.report;
    if (!report) throw new Error('no report');
    const store = createStore({
      ...state,
      report: { ...report, references: [{ ...(report.references[0] ?? fakeReference()), url: 'https://evil.example/kst-1-1.html' }] },
    });
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    startCards(store).followReference(0, false);
    expect(assign).not.toHaveBeenCalled();
  });
});

describe('the UI follows the store', () => {
  it('the tab opens the panel; the card comes from the state', () => {
    const store = createStore(stateOf());
    const panel = startPanel(new AbortController().signal, store);
    const actions = { panel, cards: startCards(store), focus: createFocusRequests() };
    expect(controlsProps(store.get(), actions).open).toBe(false);
    expect(panelView(store.get())).toBeNull();
    controlsProps(store.get(), actions).onToggle();
    expect(controlsProps(store.get(), actions).open).toBe(true);
    expect(panelView(store.get())).toMatchObject({ surface: 'panel', hasReport: true });
    expect(cardView(store.get())).toBeNull();
    const actor = store.get().report?.actors[0];
    if (!actor) throw new Error('no actor');
    store.set({ card: { target: { kind: 'actor', actorId: actor.id, mentionIndex: 0 }, rect: new DOMRect(0, 0, 10, 10) } });
    expect(cardView(store.get())?.view.content).toMatchObject({ kind: 'actor', name: actor.name, mentionIndex: 0 });
  });
});

// A drawing with no mentions under the pointer: enough for the hover's open() and close().
function fakeDrawing(): HoverSource {
  return { hitTest: () => null, rectOf: () => new DOMRect(0, 0, 10, 10) };
}

function fakeReference(): Reference {
  return { target: 'kst-1-1', text: 'Kamerstukken II 1, nr. 1', url: null, mention: { start: 0, end: 1, text: 'K' } };
}
