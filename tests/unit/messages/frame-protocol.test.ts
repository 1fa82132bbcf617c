// What a frame sends is input: every action the frames can report passes as it was sent, anything
// else (a page's forgery, a frame of another version) is dropped whole, never half-applied.
import { describe, expect, it } from 'vitest';
import {
  FRAME_PORT_PREFIX,
  framePortName,
  parseFramePortName,
  readFrameMessage,
  SURFACES,
  type FrameAction,
} from '@/lib/messages/frame-protocol';
import { HIGHLIGHT_KINDS } from '@/lib/ui/highlight-kinds';

// One of each kind: the type names every kind, so a kind added to the schema and not here fails to compile, and one dropped fails here.
const ONE_OF_EACH: { [K in FrameAction['type']]: Extract<FrameAction, { type: K }> } = {
  'panel-close': { type: 'panel-close' },
  'actor-activate': { type: 'actor-activate', actorId: 'a1' },
  'event-activate': { type: 'event-activate', eventId: 'e1' },
  'toggle-kind': { type: 'toggle-kind', kind: 'office' },
  'card-close': { type: 'card-close' },
  'card-actor': { type: 'card-actor', actorId: 'a1', mentionIndex: 2 },
  'card-event': { type: 'card-event', eventId: 'e1' },
  'note-add-actor': { type: 'note-add-actor', actorId: 'a1', mentionIndex: 0 },
  'note-add-event': { type: 'note-add-event', eventId: 'e1' },
  'note-show': { type: 'note-show', noteId: 'n1' },
  'note-edit': { type: 'note-edit', noteId: 'n1' },
  'note-delete': { type: 'note-delete', noteId: 'n1' },
  'note-reattach': { type: 'note-reattach', noteId: 'n1' },
  'note-draft': { type: 'note-draft', text: 'half a thought', tags: ['kaukasus'] },
  'note-save': { type: 'note-save', text: 'Belangrijk', tags: [] },
  'note-cancel': { type: 'note-cancel' },
  'note-undo': { type: 'note-undo' },
  'notice-dismiss': { type: 'notice-dismiss' },
  'open-library': { type: 'open-library' },
  'toggle-panel': { type: 'toggle-panel' },
  'note-confirm': { type: 'note-confirm', noteId: 'n1' },
  'panel-resize': { type: 'panel-resize', width: 400, done: true },
  'panel-drag': { type: 'panel-drag', grab: 12 },
  command: { type: 'command', command: 'toggle-panel' },
};
const EVERY_ACTION: FrameAction[] = Object.values(ONE_OF_EACH);

const asAction = (action: unknown) => readFrameMessage({ type: 'action', action });

describe('readFrameMessage', () => {
  it('accepts every kind of action as sent', () => {
    expect(new Set(EVERY_ACTION.map((a) => a.type)).size).toBe(24);
    for (const action of EVERY_ACTION) expect(asAction(action)).toEqual({ type: 'action', action });
  });

  it('accepts every highlight kind and the two messages that are not actions', () => {
    for (const kind of HIGHLIGHT_KINDS) expect(asAction({ type: 'toggle-kind', kind })).not.toBeNull();
    expect(readFrameMessage({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(readFrameMessage({ type: 'size', seq: 3, height: 120.5 })).toEqual({ type: 'size', seq: 3, height: 120.5 });
    expect(readFrameMessage({ type: 'pointer', over: true })).toEqual({ type: 'pointer', over: true });
  });

  it('drops actions of an unknown type or with a field of the wrong type', () => {
    for (const bad of [
      { type: 'note-destroy-all' },
      { type: 'actor-activate' },
      { type: 'actor-activate', actorId: 7 },
      { type: 'note-edit', noteId: null },
      { type: 'card-actor', actorId: 'a1', mentionIndex: '2' },
      { type: 'card-actor', actorId: 'a1', mentionIndex: 1.5 },
      { type: 'note-save', text: 'x', tags: 'kaukasus' },
      { type: 'note-save', text: 'x', tags: [1] },
      { type: 'note-draft', text: 42, tags: [] },
      'panel-close',
      null,
    ])
      expect(asAction(bad), JSON.stringify(bad)).toBeNull();
  });

  it('drops a negative index, an unknown highlight kind and over-long text, ids or tags', () => {
    expect(asAction({ type: 'note-add-actor', actorId: 'a1', mentionIndex: -1 })).toBeNull();
    expect(asAction({ type: 'toggle-kind', kind: 'notes' })).toBeNull();
    expect(asAction({ type: 'note-save', text: 'x'.repeat(1_000_001), tags: [] })).toBeNull();
    expect(asAction({ type: 'note-save', text: 'x'.repeat(1_000_000), tags: [] })).not.toBeNull();
    expect(asAction({ type: 'note-edit', noteId: 'n'.repeat(201) })).toBeNull();
    expect(asAction({ type: 'note-draft', text: '', tags: ['t'.repeat(1001)] })).toBeNull();
    expect(asAction({ type: 'note-draft', text: '', tags: Array.from({ length: 1001 }, (_, i) => `t${i}`) })).toBeNull();
  });

  it("drops messages that are not a frame's: unknown types, a bad size or pointer, a missing action", () => {
    for (const bad of [
      undefined,
      {},
      { type: 'view', view: null, seq: 1 },
      { type: 'size', seq: 1 },
      { type: 'size', seq: 1.5, height: 10 },
      { type: 'size', seq: 1, height: -1 },
      { type: 'size', seq: 1, height: 100_001 },
      { type: 'action' },
      { type: 'pointer' },
      { type: 'pointer', over: 'yes' },
    ])
      expect(readFrameMessage(bad), JSON.stringify(bad)).toBeNull();
  });
});

describe('frame port names', () => {
  it('round-trip for every surface', () => {
    for (const surface of SURFACES) {
      const name = framePortName(surface, 'tok-123');
      expect(name.startsWith(FRAME_PORT_PREFIX)).toBe(true);
      expect(parseFramePortName(name)).toEqual({ surface, token: 'tok-123' });
    }
  });

  it("give null for names that are not a frame's", () => {
    for (const foreign of [
      'kantlijn-request',
      '',
      'kantlijn-frame:',
      'kantlijn-frame:panel',
      'kantlijn-frame:panel:',
      'kantlijn-frame:sidebar:tok',
      'kantlijn-frame:panel:tok:extra',
      'other:kantlijn-frame:panel:tok',
    ])
      expect(parseFramePortName(foreign), foreign).toBeNull();
  });
});
