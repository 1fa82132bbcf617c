/**
 * One surface of the on-page UI as a frame draws it: the panel, a card, the note editor or the
 * notice, from the plain view the content script sent (lib/messages/frame-protocol.ts). Every
 * control reports what the reader did through `act`; nothing here keeps the reader's state.
 */
import type { Ref } from 'preact';
import type { CardContent, FrameAction, SurfaceView } from '@/lib/messages/frame-protocol';
import type { Report } from '@/lib/model/report';
import type { Note } from '@/lib/notes/note';
import { ActorCard } from './ActorCard';
import { EventCard } from './EventCard';
import { NoteCard } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { Panel } from './Panel';
import { ReferenceCard } from './ReferenceCard';
import { SubjectNotes } from './SubjectNotes';
import { UndoBar } from './UndoBar';

/** Props of `FrameSurface`. */
export interface FrameSurfaceProps {
  view: SurfaceView;
  /** The pass's report, for the panel (sent apart from the view, only when it changes). */
  report: Report | null;
  act: (action: FrameAction) => void;
  /** The surface's root element, measured by the frame for its height. */
  rootRef?: Ref<HTMLDivElement>;
  /** The browser's shortcuts for Kantlijn's commands (the panel lists them). */
  shortcuts?: Readonly<Record<string, string>>;
}

/** The surface a view describes, in the root the frame measures. */
export function FrameSurface({ view, report, act, rootRef, shortcuts }: FrameSurfaceProps) {
  return (
    <div ref={rootRef} class={view.surface === 'panel' ? 'root surface surface-panel' : 'root surface'}>
      <SurfaceContent view={view} report={report} act={act} shortcuts={shortcuts} />
    </div>
  );
}

function SurfaceContent({ view, report, act, shortcuts }: FrameSurfaceProps) {
  const edit = (note: Note) => act({ type: 'note-edit', noteId: note.id });
  const remove = (note: Note) => act({ type: 'note-delete', noteId: note.id });
  if (view.surface === 'panel') {
    const { notes } = view;
    return (
      <Panel
        report={view.hasReport ? report : null}
        document={view.document}
        problems={view.problems}
        highlightKinds={view.highlightKinds}
        onClose={() => act({ type: 'panel-close' })}
        onActorActivate={(actorId) => act({ type: 'actor-activate', actorId })}
        onEventActivate={(eventId) => act({ type: 'event-activate', eventId })}
        onToggleHighlightKind={(kind) => act({ type: 'toggle-kind', kind })}
        dock={view.dock}
        onResize={(width, done) => act({ type: 'panel-resize', width, done })}
        onDrag={(grab) => act({ type: 'panel-drag', grab })}
        shortcuts={shortcuts}
        notes={
          notes && (
            <NoteList
              {...notes}
              onActivate={(note) => act({ type: 'note-show', noteId: note.id })}
              onReattach={(note) => act({ type: 'note-reattach', noteId: note.id })}
              onConfirm={(note) => act({ type: 'note-confirm', noteId: note.id })}
              onEdit={edit}
              onDelete={remove}
              onOpenLibrary={() => act({ type: 'open-library' })}
            />
          )
        }
      />
    );
  }
  if (view.surface === 'editor') {
    const { surface: _surface, key, ...fields } = view;
    return (
      <NoteEditor
        key={key}
        {...fields}
        onDraft={(text, tags) => act({ type: 'note-draft', text, tags })}
        onSave={(text, tags) => act({ type: 'note-save', text, tags })}
        onCancel={() => act({ type: 'note-cancel' })}
      />
    );
  }
  if (view.surface === 'notice')
    return (
      <UndoBar
        message={view.message}
        onUndo={view.canUndo ? () => act({ type: 'note-undo' }) : undefined}
        onDismiss={() => act({ type: 'notice-dismiss' })}
      />
    );
  return <Card content={view.content} act={act} onEdit={edit} onDelete={remove} />;
}

interface CardProps {
  content: CardContent;
  act: (action: FrameAction) => void;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
}

// The card of an actor, an event, a citation or the notes on a passage.
function Card({ content: c, act, onEdit, onDelete }: CardProps) {
  const close = () => act({ type: 'card-close' });
  if (c.kind === 'actor') {
    const step = (by: number) =>
      act({ type: 'card-actor', actorId: c.actorId, mentionIndex: (c.mentionIndex + by + c.mentionCount) % c.mentionCount });
    return (
      <ActorCard
        name={c.name}
        type={c.type}
        roles={c.roles}
        aliases={c.aliases}
        mentionCount={c.mentionCount}
        mentionIndex={c.mentionIndex}
        onPreviousMention={c.mentionCount > 1 ? () => step(-1) : undefined}
        onNextMention={c.mentionCount > 1 ? () => step(1) : undefined}
        events={c.events}
        onEventSelect={(eventId) => act({ type: 'card-event', eventId })}
        alsoIn={c.alsoIn}
        onClose={close}
      >
        {c.notes && (
          <SubjectNotes
            {...c.notes}
            onAdd={() => act({ type: 'note-add-actor', actorId: c.actorId, mentionIndex: c.mentionIndex })}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        )}
      </ActorCard>
    );
  }
  if (c.kind === 'event')
    return (
      <EventCard
        what={c.what}
        date={c.date}
        cue={c.cue}
        resolution={c.resolution}
        weekdayMismatch={c.weekdayMismatch}
        actors={c.actors}
        onActorSelect={(actorId) => act({ type: 'card-actor', actorId, mentionIndex: 0 })}
        onClose={close}
      >
        {c.notes && (
          <SubjectNotes
            {...c.notes}
            onAdd={() => act({ type: 'note-add-event', eventId: c.eventId })}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        )}
      </EventCard>
    );
  if (c.kind === 'reference') return <ReferenceCard target={c.target} text={c.text} url={c.url} onClose={close} />;
  return (
    <NoteCard
      notes={c.notes}
      uncertain={c.uncertain}
      onEdit={onEdit}
      onDelete={onDelete}
      onConfirm={(note) => act({ type: 'note-confirm', noteId: note.id })}
      onClose={close}
    />
  );
}
