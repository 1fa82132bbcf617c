// Kantlijn's keys: which key is which command, a press that comes both as a key and as the
// browser's command carried out once, commands from the background only from this extension, and
// the reader's place in the text to a mention (the card keys).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mentionAt, stepFrom } from '@/entrypoints/content/features/mention-steps';
import { createKeyGate, listenForCommands, listenForKey, PAIR_MS, readCommandMessage } from '@/entrypoints/content/shortcut';
import type { MentionSpan } from '@/lib/highlight';
import { commandOfKey, isKeyCommand, isOwnShortcut, KEY_BINDINGS } from '@/lib/ui/shortcut-keys';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('the keys', () => {
  it('are Alt+Shift with K, N, M, period and comma, by physical key or character, and nothing else', () => {
    const alt = { altKey: true, shiftKey: true };
    expect(commandOfKey(key({ ...alt, code: 'KeyK', key: 'K' }))).toBe('toggle-panel');
    expect(commandOfKey(key({ ...alt, code: 'KeyN', key: '˜' }))).toBe('add-note');
    expect(commandOfKey(key({ ...alt, code: 'KeyM', key: 'M' }))).toBe('open-mention');
    expect(commandOfKey(key({ ...alt, code: 'Period', key: '>' }))).toBe('next-mention');
    expect(commandOfKey(key({ ...alt, code: 'Comma', key: '<' }))).toBe('previous-mention');
    expect(commandOfKey(key({ ...alt, code: 'Semicolon', key: 'm' }))).toBe('open-mention'); // M elsewhere (AZERTY)
    expect(commandOfKey(key({ altKey: true, code: 'Period', key: '.' }))).toBeNull();
    expect(commandOfKey(key({ ...alt, ctrlKey: true, code: 'KeyM', key: 'M' }))).toBeNull();
    expect(commandOfKey(key({ ...alt, code: 'KeyJ', key: 'J' }))).toBeNull();
  });

  it('name the same commands as the manifest, at most four with a suggested key', () => {
    // Read from wxt.config.ts's text: importing it would run the build's own setup.
    const config = readFileSync(join(process.cwd(), 'wxt.config.ts'), 'utf8');
    const block = config.slice(config.indexOf('commands: {'), config.indexOf('\n    },', config.indexOf('commands: {')));
    const declared = [...block.matchAll(/^\s+'([a-z-]+)': \{(.*)\},?$/gm)];
    expect(declared.map(([, name]) => name).sort()).toEqual(KEY_BINDINGS.map((b) => b.command).sort());
    expect(declared.filter(([, , body]) => body?.includes('suggested_key')).length).toBeLessThanOrEqual(4);
    // The suggested keys are the page's own.
    for (const [, name, body] of declared) {
      const suggested = body?.match(/default: 'Alt\+Shift\+(\w+)'/)?.[1];
      const binding = KEY_BINDINGS.find((b) => b.command === name);
      if (suggested) expect(binding?.code.replace(/^Key/, '')).toBe(suggested);
    }
    expect(isKeyCommand('toggle-panel')).toBe(true);
    expect(isKeyCommand('_execute_action')).toBe(false);
  });
});

describe('the key gate', () => {
  it('takes a press once when it comes as key and command, in either order, and every press that comes one way', () => {
    let now = 0;
    const gate = createKeyGate(() => now);
    expect(gate.take('toggle-panel', 'key')).toBe(true);
    now += 30;
    expect(gate.take('toggle-panel', 'command')).toBe(false); // the same press
    now += 200;
    expect(gate.take('toggle-panel', 'command')).toBe(true); // the next press, command first
    now += 40;
    expect(gate.take('toggle-panel', 'key')).toBe(false);
    // Presses that come only one way are each taken, however quick.
    for (let i = 0; i < 3; i++) {
      now += 50;
      expect(gate.take('next-mention', 'command')).toBe(true);
    }
    for (let i = 0; i < 3; i++) {
      now += 50;
      expect(gate.take('open-mention', 'key')).toBe(true);
    }
    // Another command is no half of this one; a half too late is a press of its own.
    expect(gate.take('add-note', 'command')).toBe(true);
    now += PAIR_MS;
    expect(gate.take('add-note', 'key')).toBe(true);
  });

  it('lets a page key through once, and not its command after it', () => {
    const stop = new AbortController();
    let now = 0;
    const gate = createKeyGate(() => now);
    const heard = vi.fn();
    listenForKey(
      stop.signal,
      (e) => commandOfKey(e) !== null,
      heard,
      () => true,
      gate,
    );
    window.dispatchEvent(key({ altKey: true, shiftKey: true, code: 'KeyM', key: 'M' }));
    expect(heard).toHaveBeenCalledTimes(1);
    now += 10;
    expect(gate.take('open-mention', 'command')).toBe(false);
    stop.abort();
  });
});

describe('commands from the background', () => {
  it('reads only a command message with a known command', () => {
    expect(readCommandMessage({ type: 'command', command: 'next-mention' })).toEqual({ type: 'command', command: 'next-mention' });
    expect(readCommandMessage({ type: 'command', command: 'delete-everything' })).toBeNull();
    expect(readCommandMessage({ type: 'toggle-panel' })).toBeNull();
    expect(readCommandMessage(null)).toBeNull();
  });

  it('carries out a command from this extension, through the gate, and none from another', async () => {
    fakeBrowser.reset();
    const stop = new AbortController();
    const gate = createKeyGate(() => 0);
    const done: string[] = [];
    listenForCommands(stop.signal, (command) => done.push(command), gate);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'command', command: 'previous-mention' }, { id: fakeBrowser.runtime.id });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'command', command: 'next-mention' }, { id: 'another-extension' });
    gate.take('toggle-panel', 'key');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'command', command: 'toggle-panel' }, { id: fakeBrowser.runtime.id });
    stop.abort();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'command', command: 'open-mention' }, { id: fakeBrowser.runtime.id });
    expect(done).toEqual(['previous-mention']);
  });
});

describe('from the reader’s place to a mention', () => {
  const m = (start: number, end: number, actor = true): MentionSpan => ({
    start,
    end,
    kind: actor ? 'person' : 'event',
    target: actor ? { kind: 'actor', actorId: `a${start}`, mentionIndex: 0 } : { kind: 'event', eventId: `e${start}` },
  });
  // Sorted by start, the longer first at the same start.
  const mentions = [m(10, 18), m(30, 45, false), m(50, 70), m(50, 58), m(90, 95)];
  const all = () => true;
  const actors = (x: MentionSpan) => x.target.kind === 'actor';

  it('finds the mention at a caret (also just after it) or a selection, the shortest when nested', () => {
    expect(mentionAt(mentions, { start: 12, end: 12 }, all)).toBe(0);
    expect(mentionAt(mentions, { start: 18, end: 18 }, all)).toBe(0);
    expect(mentionAt(mentions, { start: 52, end: 52 }, all)).toBe(3);
    expect(mentionAt(mentions, { start: 60, end: 60 }, all)).toBe(2);
    expect(mentionAt(mentions, { start: 25, end: 40 }, all)).toBe(1); // a selection holding one
    expect(mentionAt(mentions, { start: 20, end: 28 }, all)).toBeNull();
    expect(mentionAt(mentions, { start: 35, end: 35 }, actors)).toBeNull();
  });

  it('steps to the next or previous actor’s mention, round the ends, and from nowhere to the first or last', () => {
    expect(stepFrom(mentions, { start: 12, end: 12 }, 1, actors)).toBe(2); // past the event
    expect(stepFrom(mentions, { start: 50, end: 70 }, 1, actors)).toBe(4);
    expect(stepFrom(mentions, { start: 90, end: 95 }, 1, actors)).toBe(0);
    expect(stepFrom(mentions, { start: 50, end: 70 }, -1, actors)).toBe(0);
    expect(stepFrom(mentions, { start: 10, end: 18 }, -1, actors)).toBe(4);
    expect(stepFrom(mentions, null, 1, actors)).toBe(0);
    expect(stepFrom(mentions, null, -1, actors)).toBe(4);
    expect(stepFrom(mentions, null, 1, () => false)).toBeNull();
  });
});

describe('a key pressed in a frame', () => {
  it('does what the key does on the page, once with its command, and a delete sends focus to the notice', async () => {
    const { applyFrameAction } = await import('@/entrypoints/content/frames/frame-actions');
    const { sampleNotesState, sampleState, stubFeatures, stubNotesSession } = await import('./frame-fixtures');
    const features = stubFeatures();
    const notes = stubNotesSession();
    const state = sampleState({ notes: notes.session });
    const gate = createKeyGate(() => 0);
    const requestOnShow = vi.fn();
    const focus = { request: vi.fn(), connect: vi.fn(), closedWithFocus: vi.fn(), requestOnShow, shown: vi.fn() };
    const actors = { ...features, focus, gate };
    applyFrameAction({ type: 'command', command: 'toggle-panel' }, state, actors);
    applyFrameAction({ type: 'command', command: 'next-mention' }, state, actors);
    applyFrameAction({ type: 'command', command: 'previous-mention' }, state, actors);
    applyFrameAction({ type: 'command', command: 'open-mention' }, state, actors);
    applyFrameAction({ type: 'command', command: 'add-note' }, state, actors);
    expect(features.panel.keyToggle).toHaveBeenCalledTimes(1);
    expect(features.cards.step.mock.calls).toEqual([[1], [-1]]);
    expect(features.cards.openAtPlace).toHaveBeenCalledTimes(1);
    expect(notes.actions.addOnSelection).toHaveBeenCalledTimes(1);
    // The browser's command of the same press is dropped.
    expect(gate.take('toggle-panel', 'command')).toBe(false);
    const inText = sampleNotesState().page.anchored[0]?.note;
    applyFrameAction({ type: 'note-delete', noteId: inText?.id ?? '' }, state, actors);
    applyFrameAction({ type: 'note-delete', noteId: 'not-on-this-page' }, state, actors);
    expect(requestOnShow.mock.calls).toEqual([['notice']]);
  });
});

describe("the browser's name of a key", () => {
  const binding = (command: string) => KEY_BINDINGS.find((b) => b.command === command) ?? (KEY_BINDINGS[0] as (typeof KEY_BINDINGS)[0]);

  // Chromium names "." in its own language: "Alt+Shift+Periode" under a Dutch interface.
  it("counts a shortcut as the binding's own in any spelling the browser gives it", () => {
    expect(isOwnShortcut(binding('toggle-panel'), 'Alt+Shift+K')).toBe(true);
    expect(isOwnShortcut(binding('toggle-panel'), 'Shift + Alt + K')).toBe(true);
    expect(isOwnShortcut(binding('next-mention'), 'Alt+Shift+Periode')).toBe(true);
    expect(isOwnShortcut(binding('next-mention'), 'Alt+Shift+Period')).toBe(true);
    expect(isOwnShortcut(binding('previous-mention'), 'Alt+Shift+Comma')).toBe(true);
  });

  it('tells a shortcut the reader chose apart from the binding', () => {
    expect(isOwnShortcut(binding('toggle-panel'), 'Ctrl+Shift+K')).toBe(false);
    expect(isOwnShortcut(binding('toggle-panel'), 'Alt+Shift+J')).toBe(false);
    expect(isOwnShortcut(binding('toggle-panel'), 'Alt+K')).toBe(false);
    expect(isOwnShortcut(binding('next-mention'), 'Alt+Shift+Comma')).toBe(false);
  });
});
