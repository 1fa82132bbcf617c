/**
 * The panel's "Notities": this publication's notes in the order of the text, each a button that
 * scrolls to its passage and opens it; then, under "Onzeker", the notes placed only as a guess
 * after the text changed, the words they were written on beside the words there now, with
 * "Bevestigen" and "Vastmaken aan selectie"; then, under "Niet teruggevonden", the notes whose
 * passage is no longer in the text (never dropped), each with its quote and "Vastmaken aan selectie".
 */
import type { Note } from '@/lib/notes/note';
import { msg } from '@/lib/ui/words';
import { NoteActions } from './NoteCard';

/** Props of `NoteList`. */
export interface NoteListProps {
  /** Notes found in the text, in text order. */
  anchored: readonly Note[];
  /** Notes placed only as a guess, with the words there now. */
  uncertain: ReadonlyArray<{ note: Note; words: string }>;
  /** Notes that could not be re-attached. */
  orphans: readonly Note[];
  /** Why notes cannot be shown (the database failed), in words; null when they can. */
  unavailable: string | null;
  /** Still loading. */
  loading: boolean;
  onActivate: (note: Note) => void;
  onReattach: (note: Note) => void;
  onConfirm: (note: Note) => void;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
  onOpenLibrary: () => void;
}

const excerpt = (s: string, max = 160): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The list. */
export function NoteList(props: NoteListProps) {
  if (props.unavailable)
    return (
      <p class="empty" role="alert">
        {props.unavailable}
      </p>
    );
  if (props.loading) return <p class="loading">{msg('loading')}</p>;
  // What a note not surely in the text offers besides its own: attaching it to the selected words.
  const reattachAndActions = (note: Note) => (
    <>
      <button type="button" class="k-button" onClick={() => props.onReattach(note)}>
        {msg('noteReattach')}
      </button>{' '}
      <NoteActions note={note} onEdit={props.onEdit} onDelete={props.onDelete} />
    </>
  );
  return (
    <>
      {props.anchored.length === 0 && props.uncertain.length === 0 && props.orphans.length === 0 && <p class="empty">{msg('notesNone')}</p>}
      {props.anchored.length > 0 && (
        <ul class="items notes">
          {props.anchored.map((note) => (
            <li key={note.id} class="note-item">
              <button type="button" class="item" onClick={() => props.onActivate(note)}>
                <span class="item-main">
                  <span class="quote">“{excerpt(note.selectors?.quote.exact ?? '')}”</span>
                  <span class="note-text">{excerpt(note.text, 240) || msg('noteEmpty')}</span>
                  {note.tags.length > 0 && <span class="muted">{note.tags.map((t) => `#${t}`).join(' ')}</span>}
                </span>
              </button>
              <NoteActions note={note} onEdit={props.onEdit} onDelete={props.onDelete} />
            </li>
          ))}
        </ul>
      )}
      {props.uncertain.length > 0 && (
        <section aria-labelledby="kantlijn-uncertain" class="uncertain">
          <h3 id="kantlijn-uncertain">{msg('notesUncertain')}</h3>
          <p class="hint">{msg('notesUncertainHint')}</p>
          <ul class="items notes">
            {props.uncertain.map(({ note, words }) => (
              <li key={note.id} class="note-item uncertain">
                <dl class="then-now">
                  <dt>{msg('noteWordsThen')}</dt>
                  <dd class="quote">“{excerpt(note.selectors?.quote.exact ?? '')}”</dd>
                  <dt>{msg('noteWordsNow')}</dt>
                  <dd class="quote">“{excerpt(words)}”</dd>
                </dl>
                <span class="note-text">{excerpt(note.text, 240) || msg('noteEmpty')}</span>
                <button
                  type="button"
                  class="k-button"
                  aria-label={msg('noteConfirmLabel', excerpt(words, 60))}
                  onClick={() => props.onConfirm(note)}
                >
                  {msg('noteConfirm')}
                </button>{' '}
                <button type="button" class="k-button" onClick={() => props.onActivate(note)}>
                  {msg('noteShowGuess')}
                </button>{' '}
                {reattachAndActions(note)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.orphans.length > 0 && (
        <section aria-labelledby="kantlijn-orphans" class="orphans">
          <h3 id="kantlijn-orphans">{msg('notesOrphans')}</h3>
          <p class="hint">{msg('notesOrphanHint')}</p>
          <ul class="items notes">
            {props.orphans.map((note) => (
              <li key={note.id} class="note-item orphan">
                <span class="item-main">
                  <span class="quote">“{excerpt(note.selectors?.quote.exact ?? '')}”</span>
                  <span class="note-text">{excerpt(note.text, 240) || msg('noteEmpty')}</span>
                </span>
                {reattachAndActions(note)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <button type="button" class="k-card-linkish" onClick={props.onOpenLibrary}>
          {msg('notesOpenLibrary')}
        </button>
      </p>
    </>
  );
}
