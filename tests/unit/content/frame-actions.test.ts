// What the reader does in a frame is carried out by the page's features: each action reaches the
// one method it names, and a note is acted on only when this page shows it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFrameAction, findNote } from '@/entrypoints/content/frames/frame-actions';
import type { FrameAction } from '@/lib/messages/frame-protocol';
import { SAMPLE_DOCUMENT, sampleNotesState, sampleReport, sampleState, stubFeatures, stubNotesSession } from './frame-fixtures';

const ask = vi.hoisted(() => vi.fn(async () => ({ ok: true as const, value: { ok: true as const } })));
vi.mock('@/entrypoints/content/notes/notes-client', () => ({ ask }));

beforeEach(() => ask.mockClear());

// Every feature method called by one action, by name, with its arguments.
function run(action: FrameAction, over: Parameters<typeof sampleState>[0] = {}) {
  const features = stubFeatures();
  const notes = stubNotesSession();
  const state = sampleState({ notes: notes.session, ...over });
  applyFrameAction(action, state, features);
  const calls: Record<string, unknown[][]> = {};
  for (const [owner, stubs] of [
    ['panel', features.panel],
    ['cards', features.cards],
    ['notes', notes.actions],
  ] as const)
    for (const [name, stub] of Object.entries(stubs)) if (stub.mock.calls.length > 0) calls[`${owner}.${name}`] = stub.mock.calls;
  return { calls, notes: notes.session.state };
}

const RECT = new DOMRect(0, 0, 10, 10);

describe('applyFrameAction', () => {
  it('sends the panel and card actions to the panel and cards features', () => {
    const cases: Array<[FrameAction, Record<string, unknown[][]>]> = [
      [{ type: 'toggle-panel' }, { 'panel.toggle': [[]] }],
      [{ type: 'panel-close' }, { 'panel.setOpen': [[false]] }],
      [{ type: 'toggle-kind', kind: 'event' }, { 'panel.toggleKind': [['event']] }],
      [{ type: 'actor-activate', actorId: 'a2' }, { 'cards.activateActor': [['a2']] }],
      [{ type: 'event-activate', eventId: 'e1' }, { 'cards.openEvent': [['e1']] }],
      [{ type: 'card-event', eventId: 'e2' }, { 'cards.openEvent': [['e2']] }],
      [{ type: 'card-actor', actorId: 'a1', mentionIndex: 2 }, { 'cards.openActor': [['a1', 2]] }],
    ];
    for (const [action, expected] of cases) expect(run(action).calls, action.type).toEqual(expected);
  });

  it('closes the actor, event or citation card if one is open, else the note card', () => {
    expect(run({ type: 'card-close' }, { card: { target: { kind: 'reference', index: 0 }, rect: RECT } }).calls).toEqual({
      'cards.close': [[]],
    });
    expect(run({ type: 'card-close' }).calls).toEqual({ 'notes.closeCard': [[]] });
  });

  it('opens the library on this publication, and only on a publication', () => {
    run({ type: 'open-library' });
    expect(ask).toHaveBeenCalledWith({ type: 'open-library', documentId: 'kst-1' });
    ask.mockClear();
    run({ type: 'open-library' }, { document: { ...SAMPLE_DOCUMENT, id: null } });
    expect(ask).not.toHaveBeenCalled();
  });

  it('adds a note on the actor or event named, with the actor and event of the report', () => {
    const report = sampleReport();
    expect(run({ type: 'note-add-actor', actorId: 'a1', mentionIndex: 2 }).calls).toEqual({ 'notes.addOnActor': [[report.actors[0], 2]] });
    expect(run({ type: 'note-add-event', eventId: 'e2' }).calls).toEqual({ 'notes.addOnEvent': [[report.events[1]]] });
    expect(run({ type: 'note-add-actor', actorId: 'nobody', mentionIndex: 0 }).calls).toEqual({});
    expect(run({ type: 'note-add-event', eventId: 'nothing' }).calls).toEqual({});
    expect(run({ type: 'note-add-actor', actorId: 'a1', mentionIndex: 0 }, { report: null }).calls).toEqual({});
  });

  it('edits, deletes and re-attaches the note this page shows by that id', () => {
    const notes = sampleNotesState();
    const orphan = notes.page.orphans[0];
    const actorNote = notes.actorNotes[1];
    const inText = notes.page.anchored[0]?.note;
    expect(run({ type: 'note-edit', noteId: 'h-new' }).calls).toEqual({ 'notes.edit': [[actorNote]] });
    expect(run({ type: 'note-delete', noteId: 'p1' }).calls).toEqual({ 'notes.remove': [[inText]] });
    expect(run({ type: 'note-reattach', noteId: 'o1' }).calls).toEqual({ 'notes.reattach': [[orphan]] });
  });

  it('does nothing to a note id this page does not show', () => {
    for (const type of ['note-edit', 'note-delete', 'note-reattach'] as const)
      expect(run({ type, noteId: 'elsewhere' }).calls, type).toEqual({});
  });

  it('sends the editor, notice and panel-list actions to the notes', () => {
    const cases: Array<[FrameAction, Record<string, unknown[][]>]> = [
      [{ type: 'note-show', noteId: 'p1' }, { 'notes.show': [['p1']] }],
      [{ type: 'note-draft', text: 'Half', tags: ['a'] }, { 'notes.draft': [['Half', ['a']]] }],
      [{ type: 'note-save', text: 'Klaar', tags: ['b'] }, { 'notes.save': [['Klaar', ['b']]] }],
      [{ type: 'note-cancel' }, { 'notes.cancel': [[]] }],
      [{ type: 'note-undo' }, { 'notes.undo': [[]] }],
      [{ type: 'notice-dismiss' }, { 'notes.dismissNotice': [[]] }],
    ];
    for (const [action, expected] of cases) expect(run(action).calls, action.type).toEqual(expected);
  });

  it('does nothing with a note action before the notes have started', () => {
    const features = stubFeatures();
    applyFrameAction({ type: 'note-save', text: 'x', tags: [] }, sampleState(), features);
    applyFrameAction({ type: 'card-close' }, sampleState(), features);
    const called = [...Object.values(features.panel), ...Object.values(features.cards)].filter((stub) => stub.mock.calls.length > 0);
    expect(called).toEqual([]);
  });
});

describe('findNote', () => {
  it('finds a note in the text, an orphan and an actor note, and nothing else', () => {
    const notes = sampleNotesState();
    expect(findNote(notes, 'ev1')).toBe(notes.page.anchored[1]?.note);
    expect(findNote(notes, 'o1')).toBe(notes.page.orphans[0]);
    expect(findNote(notes, 'x1')).toBe(notes.actorNotes[2]);
    expect(findNote(notes, 'missing')).toBeNull();
  });
});
