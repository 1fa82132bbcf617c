/**
 * Editing a note in place in the library: its text ("Notitie") and tags (comma-separated), with
 * "Opslaan" and "Annuleren"; Ctrl/Cmd+Enter saves and Escape cancels. The typed text lives in the
 * page's state, not here, so scrolling the row out of view (the list unmounts it) loses nothing.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Note } from '@/lib/notes/note';
import { msg } from '@/lib/ui/words';

/** Props of `NoteRowEditor`. */
export interface NoteRowEditorProps {
  note: Note;
  index: number;
  text: string;
  tags: string;
  saving: boolean;
  onChange: (text: string, tags: string) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The editor. */
export function NoteRowEditor({ note, index, text, tags, saving, onChange, onSave, onCancel }: NoteRowEditorProps) {
  const textbox = useRef<HTMLTextAreaElement>(null);
  // Focus the text when the editor opens (the "Bewerken" button it replaces took the focus with it),
  // or comes back into view with nothing else focused — never away from what the reader chose.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) textbox.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!saving) onSave();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  const quote = note.subject !== 'actor' ? (note.selectors?.quote.exact ?? null) : null;
  const ids = { text: `k-edit-text-${index}`, tags: `k-edit-tags-${index}`, hint: `k-edit-hint-${index}` };
  return (
    <form
      class="k-edit"
      aria-label={msg('libraryEditing')}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (!saving) onSave();
      }}
    >
      {quote !== null && <blockquote class="k-note-quote k-edit-quote">{quote}</blockquote>}
      <label for={ids.text}>{msg('noteText')}</label>
      <textarea id={ids.text} ref={textbox} value={text} onInput={(event) => onChange(event.currentTarget.value, tags)} />
      <label for={ids.tags}>{msg('noteTags')}</label>
      <input
        id={ids.tags}
        type="text"
        value={tags}
        aria-describedby={ids.hint}
        onInput={(event) => onChange(text, event.currentTarget.value)}
      />
      <div class="k-edit-foot">
        <span id={ids.hint} class="k-muted">
          {msg('libraryTagsHint')} · {msg('noteKeys')}
        </span>
        <button type="submit" disabled={saving}>
          {saving ? msg('noteSaving') : msg('noteSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {msg('noteCancel')}
        </button>
      </div>
    </form>
  );
}
