/**
 * The reader's notes at the foot of an actor or event card ("Uw notities"), with "Notitie bij …"
 * to write one. An actor's notes come from every publication: each says where it was written.
 */
import { safeHref } from '@/lib/util/safe-href';
import type { Note } from '@/lib/notes/note';
import { msg } from '@/lib/ui/words';
import { NoteActions, NoteBody } from './NoteCard';

/** Props of `SubjectNotes`. */
export interface SubjectNotesProps {
  /** The actor's name or what happened: "Notitie bij T. Klaar". */
  subject: string;
  notes: readonly Note[];
  /** The publication being read: notes written elsewhere name theirs. */
  documentId: string | null;
  /** Why the notes cannot be shown (the database failed), in words. */
  unavailable: string | null;
  onAdd: () => void;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
}

/** The notes and the button. */
export function SubjectNotes({ subject, notes, documentId, unavailable, onAdd, onEdit, onDelete }: SubjectNotesProps) {
  return (
    <section class="k-card-section k-subject-notes">
      {notes.length > 0 && (
        <>
          <h3 class="k-card-heading">{msg('notesYours')}</h3>
          <ul class="k-card-list k-notes">
            {notes.map((note) => (
              <li key={note.id} class="k-note">
                <NoteBody note={note} />
                {note.documentId !== documentId && <WrittenIn note={note} />}
                <NoteActions note={note} onEdit={onEdit} onDelete={onDelete} />
              </li>
            ))}
          </ul>
        </>
      )}
      {unavailable ? (
        <p class="k-card-muted">{unavailable}</p>
      ) : (
        <button type="button" class="k-button k-note-add" onClick={onAdd}>
          {msg('noteOn', subject)}
        </button>
      )}
    </section>
  );
}

// Where a note of another publication was written, with a link when its address is a web address.
function WrittenIn({ note }: { note: Note }) {
  const href = safeHref(note.url);
  return (
    <p class="k-card-muted k-note-where">
      {msg('noteWrittenIn', note.documentTitle || note.documentId)}{' '}
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {note.documentId}
        </a>
      )}
    </p>
  );
}
