/**
 * The card of a note on a passage (`role="dialog"`, "Notitie"): what the reader wrote, its tags,
 * when, and "Bewerken" / "Verwijderen". Opened by hovering the note's highlight or from the panel.
 * Note text is the reader's and page text is the site's: both are rendered as text only.
 */
import type { Ref } from 'preact';
import type { Note } from '@/lib/notes/note';
import { noteTimeWords } from '@/lib/ui/note-time';
import { msg } from '@/lib/ui/words';
import { CardFrame } from './ActorCard';

/** Props of `NoteCard`. */
export interface NoteCardProps {
  notes: readonly Note[];
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
  /** The ids of the notes placed only as a guess ("Onzeker"): the card says so and offers "Bevestigen". */
  uncertain?: readonly string[];
  onConfirm?: (note: Note) => void;
  onClose?: () => void;
  cardRef?: Ref<HTMLDivElement>;
  style?: Record<string, string | number>;
}

/** One note's text, tags and time; shared by the note card, the cards' note lists and the panel. */
export function NoteBody({ note }: { note: Note }) {
  return (
    <>
      <p class={note.text ? 'k-note-text' : 'k-note-text k-card-muted'}>{note.text || msg('noteEmpty')}</p>
      {note.tags.length > 0 && (
        <ul class="k-tags" aria-label={msg('noteTags')}>
          {note.tags.map((tag) => (
            <li key={tag} class="k-tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <p class="k-card-muted k-note-time">{noteTimeWords(note)}</p>
    </>
  );
}

/** "Bewerken" and "Verwijderen" for one note. */
export function NoteActions({ note, onEdit, onDelete }: { note: Note; onEdit: (note: Note) => void; onDelete: (note: Note) => void }) {
  return (
    <span class="k-note-actions">
      <button type="button" class="k-card-linkish" onClick={() => onEdit(note)}>
        {msg('noteEdit')}
      </button>{' '}
      <button type="button" class="k-card-linkish" onClick={() => onDelete(note)}>
        {msg('noteDelete')}
      </button>
    </span>
  );
}

/** The card; several notes on overlapping passages are listed together. */
export function NoteCard({ notes, uncertain = [], onEdit, onDelete, onConfirm, onClose, cardRef, style }: NoteCardProps) {
  const first = notes[0];
  if (!first) return null;
  return (
    <CardFrame
      label={msg('noteCardLabel')}
      variant="k-card-note"
      swatch="note"
      kindLabel={msg('noteCardLabel')}
      title={first.selectors?.quote.exact ?? ''}
      onClose={onClose}
      cardRef={cardRef}
      style={style}
    >
      <ul class="k-card-list k-notes">
        {notes.map((note) => (
          <li key={note.id} class="k-note">
            {uncertain.includes(note.id) && <p class="k-note-unsure">{msg('noteCardUncertain')}</p>}
            <NoteBody note={note} />
            <NoteActions note={note} onEdit={onEdit} onDelete={onDelete} />
            {onConfirm && uncertain.includes(note.id) && (
              <button type="button" class="k-button" onClick={() => onConfirm(note)}>
                {msg('noteConfirm')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </CardFrame>
  );
}
