/**
 * The notes drawn from their state: the pieces the page UI shows (the "Notitie toevoegen" button,
 * the editor, a note's card, the undo bar), the panel's "Notities" list, and the notes at the foot
 * of an actor or event card. No state here: every piece is a function of `NotesState`.
 */
import type { ComponentChildren } from 'preact';
import { NoteAdder } from '@/components/NoteAdder';
import { NoteCard } from '@/components/NoteCard';
import { NoteEditor } from '@/components/NoteEditor';
import { NoteList } from '@/components/NoteList';
import { SubjectNotes } from '@/components/SubjectNotes';
import { UndoBar } from '@/components/UndoBar';
import { actorKeyOf } from '@/lib/extract/actor-key';
import { notesOnActor, notesOnSpan } from '@/lib/notes/page-notes';
import type { Actor, DatedEvent } from '@/lib/model/report';
import { placedStyle } from '@/entrypoints/content/card-view';
import { ask } from './notes-client';
import type { NotesSession } from './notes-session';

const EDITOR_SIZE = { width: 352, height: 380 };
const CARD_SIZE = { width: 352, height: 300 };

/** What floats over the page: the button, the editor, a note's card, the undo bar. */
export function notesOverlay({ state, actions }: NotesSession): ComponentChildren {
  const { adder, editor, card, notice } = state;
  return (
    <>
      {adder?.rect && !editor && (
        <NoteAdder
          left={Math.min(adder.rect.right, window.innerWidth - 160)}
          top={Math.min(adder.rect.bottom + 6, window.innerHeight - 40)}
          onAdd={actions.addOnSelection}
        />
      )}
      {editor && (
        <NoteEditor
          key={editor.key}
          label={editor.label}
          quote={editor.quote}
          initialText={editor.note.text}
          initialTags={editor.note.tags}
          savedText={editor.saved.text}
          savedTags={editor.saved.tags}
          knownTags={state.knownTags}
          error={editor.error ?? editor.draftError}
          saving={editor.saving}
          onDraft={actions.draft}
          onSave={(text, tags) => void actions.save(text, tags)}
          onCancel={actions.cancel}
          style={placedStyle(editor.rect, EDITOR_SIZE)}
        />
      )}
      {card && !editor && (
        <NoteCard
          notes={card.notes.map((n) => n.note)}
          onEdit={actions.edit}
          onDelete={(note) => void actions.remove(note)}
          onClose={actions.closeCard}
          cardRef={actions.setCardElement}
          style={placedStyle(card.rect, CARD_SIZE)}
        />
      )}
      {notice && (
        <UndoBar message={notice.message} onUndo={notice.undo ? () => void actions.undo() : undefined} onDismiss={actions.dismissNotice} />
      )}
    </>
  );
}

/** Opens the notes library in a new tab, scoped to this publication (the background opens it). */
function openLibrary(documentId: string) {
  void ask({ type: 'open-library', documentId });
}

/** The panel's "Notities". */
export function notesPanel({ state, actions }: NotesSession, documentId: string): ComponentChildren {
  return (
    <NoteList
      anchored={state.page.anchored.map((a) => a.note)}
      orphans={state.page.orphans}
      unavailable={state.unavailable}
      loading={state.loading}
      onActivate={(note) => actions.show(note.id)}
      onReattach={(note) => void actions.reattach(note)}
      onEdit={actions.edit}
      onDelete={(note) => void actions.remove(note)}
      onOpenLibrary={() => openLibrary(documentId)}
    />
  );
}

/** The reader's notes at the foot of an actor's card, and "Notitie bij …". */
export function actorNotes({ state, actions }: NotesSession, documentId: string, actor: Actor, mentionIndex: number): ComponentChildren {
  return (
    <SubjectNotes
      subject={actor.name}
      notes={notesOnActor(state.actorNotes, actorKeyOf(actor))}
      documentId={documentId}
      unavailable={state.unavailable}
      onAdd={() => actions.addOnActor(actor, mentionIndex)}
      onEdit={actions.edit}
      onDelete={(note) => void actions.remove(note)}
    />
  );
}

/** The reader's notes at the foot of an event's card, and "Notitie bij …". */
export function eventNotes({ state, actions }: NotesSession, documentId: string, event: DatedEvent): ComponentChildren {
  return (
    <SubjectNotes
      subject={event.what || event.cue}
      notes={notesOnSpan(state.page, event.mention, 'event')}
      documentId={documentId}
      unavailable={state.unavailable}
      onAdd={() => actions.addOnEvent(event)}
      onEdit={actions.edit}
      onDelete={(note) => void actions.remove(note)}
    />
  );
}
