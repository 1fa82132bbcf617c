/**
 * What the reader did in a frame, carried out by the page's features: the frames only report
 * (lib/messages/frame-protocol.ts), the content script owns every change. Notes are named by id
 * and looked up here, so a frame can only act on notes this page shows.
 */
import type { FrameAction } from '@/lib/messages/frame-protocol';
import type { Note } from '@/lib/notes/note';
import type { CardsFeature } from '@/entrypoints/content/features/cards';
import { runCommand } from '@/entrypoints/content/features/keys';
import type { PanelFeature } from '@/entrypoints/content/features/panel';
import type { FocusRequests } from '@/entrypoints/content/frames/focus-requests';
import { ask } from '@/entrypoints/content/notes/notes-client';
import type { NotesState } from '@/entrypoints/content/notes/notes-state';
import type { SessionState } from '@/entrypoints/content/page-store';
import { pageKeyGate, type KeyGate } from '@/entrypoints/content/shortcut';

/** The features the frames' controls act through. */
export interface FrameActors {
  panel: PanelFeature;
  cards: CardsFeature;
  /** Where focus goes: the notice after a delete takes it, so "Ongedaan maken" is one key away. */
  focus?: FocusRequests;
  /** Takes a key pressed in a frame once, should the browser's command of it come too (shortcut.ts). */
  gate?: KeyGate;
}

/** Carries out one action of the reader against the current state. */
export function applyFrameAction(action: FrameAction, state: Readonly<SessionState>, actors: FrameActors): void {
  const { panel, cards, focus, gate = pageKeyGate } = actors;
  const notes = state.notes;
  const note = (id: string) => (notes ? findNote(notes.state, id) : null);
  switch (action.type) {
    case 'toggle-panel':
      panel.toggle();
      return;
    case 'command':
      if (gate.take(action.command, 'key')) runCommand(action.command, state, actors);
      return;
    case 'panel-close':
      void panel.setOpen(false);
      return;
    case 'toggle-kind':
      panel.toggleKind(action.kind);
      return;
    case 'actor-activate':
      cards.activateActor(action.actorId);
      return;
    case 'event-activate':
    case 'card-event':
      cards.openEvent(action.eventId);
      return;
    case 'card-actor':
      cards.openActor(action.actorId, action.mentionIndex);
      return;
    case 'card-close':
      if (state.card) cards.close();
      else notes?.actions.closeCard();
      return;
    case 'open-library':
      if (state.document.id) void ask({ type: 'open-library', documentId: state.document.id });
      return;
  }
  if (!notes) return;
  const { actions } = notes;
  switch (action.type) {
    case 'note-add-actor': {
      const actor = state.report?.actors.find((a) => a.id === action.actorId);
      if (actor) actions.addOnActor(actor, action.mentionIndex);
      return;
    }
    case 'note-add-event': {
      const event = state.report?.events.find((e) => e.id === action.eventId);
      if (event) actions.addOnEvent(event);
      return;
    }
    case 'note-show':
      actions.show(action.noteId);
      return;
    case 'note-edit': {
      const found = note(action.noteId);
      if (found) actions.edit(found);
      return;
    }
    case 'note-delete': {
      const found = note(action.noteId);
      if (!found) return;
      focus?.requestOnShow('notice');
      void actions.remove(found);
      return;
    }
    case 'note-reattach': {
      const found = note(action.noteId);
      if (found) void actions.reattach(found);
      return;
    }
    case 'note-confirm': {
      const found = note(action.noteId);
      if (found) void actions.confirm(found);
      return;
    }
    case 'note-draft':
      actions.draft(action.text, action.tags);
      return;
    case 'note-save':
      void actions.save(action.text, action.tags);
      return;
    case 'note-cancel':
      actions.cancel();
      return;
    case 'note-undo':
      void actions.undo();
      return;
    case 'notice-dismiss':
      actions.dismissNotice();
      return;
  }
}

/** A note this page shows, by id: in the text, not found in it, or on one of its actors. */
export function findNote(state: NotesState, id: string): Note | null {
  return (
    state.page.anchored.find((a) => a.note.id === id)?.note ??
    state.page.uncertain.find((u) => u.note.id === id)?.note ??
    state.page.orphans.find((n) => n.id === id) ??
    state.actorNotes.find((n) => n.id === id) ??
    null
  );
}
