/**
 * The note editor (`role="dialog"`): a textbox "Notitie", tags as removable chips with completion
 * from the tags used before, "Opslaan" and "Annuleren". Ctrl/Cmd+Enter saves; Escape cancels, but
 * asks first when something was typed, so no text is lost silently. Every change is reported
 * (`onDraft`) so the content script can keep a draft in the background; a failed save keeps the
 * text here and shows why (`error`, `role="alert"`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { addTag, sameTags } from '@/lib/notes/tags';
import { msg } from '@/lib/ui/words';

/** Props of `NoteEditor`. */
export interface NoteEditorProps {
  /** The dialog's name: "Notitie bij de tekst", "Notitie bij T. Klaar". */
  label: string;
  /** The passage the note is on, shown above the textbox; null for an actor note. */
  quote: string | null;
  initialText: string;
  initialTags: readonly string[];
  /**
   * What is saved of the note (empty for a new one): Escape asks before throwing away anything
   * that differs from it — also text restored from a draft, which is not saved either.
   */
  savedText?: string;
  savedTags?: readonly string[];
  /** Tags used before, most used first: offered while typing a tag. */
  knownTags: readonly string[];
  /** Why the last save failed, in words; null when it did not. */
  error: string | null;
  saving: boolean;
  onDraft: (text: string, tags: string[]) => void;
  onSave: (text: string, tags: string[]) => void;
  onCancel: () => void;
  cardRef?: Ref<HTMLDivElement>;
  style?: Record<string, string | number>;
}

let editorCount = 0;

/** The editor. */
export function NoteEditor(props: NoteEditorProps) {
  const [text, setText] = useState(props.initialText);
  const [tags, setTags] = useState<string[]>([...props.initialTags]);
  const [tagInput, setTagInput] = useState('');
  const [asking, setAsking] = useState(false);
  const [ids] = useState(() => `k-note-${++editorCount}`);
  const textbox = useRef<HTMLTextAreaElement>(null);
  const keepWriting = useRef<HTMLButtonElement>(null);
  useEffect(() => textbox.current?.focus(), []);
  useEffect(() => {
    if (asking) keepWriting.current?.focus();
  }, [asking]);

  const withPending = (): string[] => addTag(tags, tagInput);
  const dirty = () => text !== (props.savedText ?? props.initialText) || !sameTags(withPending(), props.savedTags ?? props.initialTags);
  const changed = (nextText: string, nextTags: string[]) => props.onDraft(nextText, nextTags);
  const save = () => {
    if (props.saving) return;
    const all = withPending();
    setTags(all);
    setTagInput('');
    props.onSave(text, all);
  };
  const cancel = () => (dirty() ? setAsking(true) : props.onCancel());
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (asking) setAsking(false);
      else cancel();
    }
  };
  const onTagKeyDown = (event: KeyboardEvent) => {
    if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === ',') {
      event.preventDefault();
      const next = addTag(tags, tagInput);
      setTags(next);
      setTagInput('');
      changed(text, next);
    } else if (event.key === 'Backspace' && tagInput === '' && tags.length > 0) {
      const next = tags.slice(0, -1);
      setTags(next);
      changed(text, next);
    }
  };
  const removeTag = (tag: string) => {
    const next = tags.filter((t) => t !== tag);
    setTags(next);
    changed(text, next);
  };
  const suggestions = props.knownTags.filter((t) => !tags.includes(t)).slice(0, 50);

  return (
    <div class="k-card k-editor" role="dialog" aria-label={props.label} ref={props.cardRef} style={props.style} onKeyDown={onKeyDown}>
      <h2 class="k-card-title">{props.label}</h2>
      {props.quote !== null && <blockquote class="k-editor-quote">{props.quote}</blockquote>}
      <label class="k-editor-label" for={`${ids}-text`}>
        {msg('noteText')}
      </label>
      <textarea
        id={`${ids}-text`}
        ref={textbox}
        class="k-editor-text"
        rows={4}
        value={text}
        onInput={(e) => {
          const next = (e.currentTarget as HTMLTextAreaElement).value;
          setText(next);
          changed(next, tags);
        }}
      />
      <label class="k-editor-label" for={`${ids}-tag`}>
        {msg('noteTags')}
      </label>
      <div class="k-editor-tags">
        <ul class="k-tags">
          {tags.map((tag) => (
            <li key={tag} class="k-tag">
              {tag}
              <button
                type="button"
                class="k-tag-remove"
                aria-label={msg('noteTagRemove', tag)}
                title={msg('noteTagRemove', tag)}
                onClick={() => removeTag(tag)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={`${ids}-tag`}
          class="k-editor-tag"
          list={`${ids}-known`}
          placeholder={msg('noteTagAdd')}
          value={tagInput}
          autocomplete="off"
          onInput={(e) => setTagInput((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onTagKeyDown}
        />
        <datalist id={`${ids}-known`}>
          {suggestions.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </div>
      {props.error && (
        <p class="k-editor-error" role="alert">
          {props.error}
        </p>
      )}
      {asking ? (
        <div class="k-editor-ask" role="alertdialog" aria-label={msg('noteDiscardQuestion')}>
          <p>{msg('noteDiscardQuestion')}</p>
          <button type="button" ref={keepWriting} class="k-button" onClick={() => setAsking(false)}>
            {msg('noteKeepWriting')}
          </button>
          <button type="button" class="k-button k-button-quiet" onClick={props.onCancel}>
            {msg('noteDiscard')}
          </button>
        </div>
      ) : (
        <div class="k-editor-actions">
          <button type="button" class="k-button" disabled={props.saving} onClick={save}>
            {props.saving ? msg('noteSaving') : msg('noteSave')}
          </button>
          <button type="button" class="k-button k-button-quiet" onClick={cancel}>
            {msg('noteCancel')}
          </button>
        </div>
      )}
      <p class="k-card-muted k-editor-keys">{msg('noteKeys')}</p>
    </div>
  );
}
