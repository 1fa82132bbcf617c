/**
 * What the page UI takes from the notes, in one place, so the session adds the notes with one
 * line: the panel's "Notities", the overlay (button, editor, note card, undo bar), and the notes
 * part of the actor and event cards. Nothing while the notes are not started.
 */
import type { ComponentChildren } from 'preact';
import type { CardNotes } from '@/entrypoints/content/card-view';
import type { NotesSession } from './notes-session';
import { actorNotes, eventNotes, notesOverlay, notesPanel } from './notes-view';

/** The three parts. */
export interface NotesProps {
  panel: ComponentChildren | undefined;
  overlay: ComponentChildren | undefined;
  card: CardNotes | null;
}

/** The parts for a notes session of publication `documentId` (or none). */
export function notesProps(notes: NotesSession | null, documentId: string | null): NotesProps {
  if (!notes || !documentId) return { panel: undefined, overlay: undefined, card: null };
  return {
    panel: notesPanel(notes, documentId),
    overlay: notesOverlay(notes),
    card: {
      actor: (actor, mentionIndex) => actorNotes(notes, documentId, actor, mentionIndex),
      event: (event) => eventNotes(notes, documentId, event),
    },
  };
}
