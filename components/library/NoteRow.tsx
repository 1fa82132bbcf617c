/**
 * One note in the library's list: the passage it hangs on, what the reader wrote (clamped; the
 * editor shows it whole), its tags, when it was written, and "Bewerken", "Verwijderen" and
 * "Openen in document". Everything from the note is rendered as text.
 */
import { useEffect, useRef } from 'preact/hooks';
import { noteLink } from '@/lib/library/note-link';
import type { Note } from '@/lib/notes/note';
import { formatEventDate } from '@/lib/ui/format-date';
import { noteTimeWords } from '@/lib/ui/note-time';
import { msg } from '@/lib/ui/words';

/** Props of `NoteRow`. */
export interface NoteRowProps {
  note: Note;
  /** The row's place in the list, for element ids. */
  index: number;
  /** For an actor note: the title of the publication it was written in. */
  writtenIn: string | null;
  /** Focus "Bewerken" when drawn (after the editor closed on this note). */
  focusEdit: boolean;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
}

function about(note: Note, writtenIn: string | null): string | null {
  if (note.subject === 'event') return note.eventDate ? msg('libraryEventOn', formatEventDate(note.eventDate)) : msg('libraryEventUndated');
  if (note.subject === 'actor') return msg('noteWrittenIn', writtenIn ?? msg('noteUntitled'));
  return null;
}

/** The row. */
export function NoteRow({ note, index, writtenIn, focusEdit, onEdit, onDelete }: NoteRowProps) {
  const edit = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusEdit) edit.current?.focus();
  }, [focusEdit]);
  const link = noteLink(note);
  const quote = note.subject !== 'actor' ? (note.selectors?.quote.exact ?? null) : null;
  const when = noteTimeWords(note);
  const textId = `k-note-text-${index}`;
  const meta = [about(note, writtenIn), when].filter(Boolean).join(' · ');
  return (
    <article class="k-note" aria-labelledby={textId} data-note-id={note.id}>
      {quote !== null && <blockquote class="k-note-quote">{quote}</blockquote>}
      <p class={note.text ? 'k-note-text' : 'k-note-text k-muted'} id={textId}>
        {note.text || msg('noteEmpty')}
      </p>
      <div class="k-note-foot">
        {note.tags.length > 0 && (
          <ul class="k-tags" aria-label={msg('noteTags')}>
            {note.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
        <span class="k-note-meta">{meta}</span>
        <span class="k-note-actions">
          <button type="button" ref={edit} aria-describedby={textId} onClick={() => onEdit(note)}>
            {msg('noteEdit')}
          </button>
          <button type="button" aria-describedby={textId} onClick={() => onDelete(note)}>
            {msg('noteDelete')}
          </button>
          {link && (
            <a href={link} target="_blank" rel="noopener noreferrer" aria-describedby={textId}>
              {msg('libraryOpenInDocument')}
            </a>
          )}
        </span>
      </div>
    </article>
  );
}
