/**
 * The reader's notes on one reading of a publication page: load them from the background, anchor
 * them in the text (once per pass), draw them, and carry out what the reader does — add a note on
 * a selection, an actor or an event, edit, delete and undo, re-attach an orphan — keeping an
 * unsaved draft in the background all along. State lives here; the frames draw it (frames/surface-views.ts).
 * Everything stops when `signal` aborts (the page was read again, or the script torn down).
 */
import { anchorAll, describePassage } from '@/lib/anchor';
import { actorKeyOf } from '@/lib/extract/actor-key';
import { scrollToMention, toLiveRange } from '@/lib/highlight';
import { noteIdFromHash } from '@/lib/library/note-link';
import type { Note, NoteSubject } from '@/lib/notes/note';
import { splitByAnchor, withNote } from '@/lib/notes/page-notes';
import type { Actor, DatedEvent, Mention } from '@/lib/model/report';
import { msg } from '@/lib/ui/words';
import { createDraftKeeper } from './draft-keeper';
import { createNoteLayer } from './note-layer';
import { startNoteHover } from './note-hover';
import { ask } from './notes-client';
import { initialNotesState, type NotesHost, type NotesState } from './notes-state';
import { selectedSpan, watchSelection } from './selection-watch';

/** The notes of a page: state and actions. */
export type NotesSession = ReturnType<typeof startNotes>;

/** Starts the notes of a page reading. */
export function startNotes(host: NotesHost) {
  const { signal, index, documentId } = host;
  const layer = createNoteLayer(index);
  const state: NotesState = initialNotesState();
  let notes: Note[] = [];
  const live = () => !signal.aborted;
  const update = () => live() && host.redraw();
  // A draft that was not kept is said in the editor it belongs to, until one is kept again.
  const drafts = createDraftKeeper(documentId, (note, error) => {
    const editor = state.editor;
    const said = error === null ? null : msg('draftNotKept', error);
    if (!live() || editor?.note.id !== note.id || editor.draftError === said) return;
    editor.draftError = said;
    update();
  });

  const place = () => {
    // One pass over the text for all notes; actor notes belong to the actor, not to a passage.
    state.page = splitByAnchor(
      notes,
      anchorAll(
        index.text,
        notes.map((n) => (n.subject === 'actor' ? null : n.selectors)),
      ),
      index.text,
    );
    layer.draw(state.page);
  };
  const actorKeys = () => [...new Set((host.report()?.actors ?? []).map(actorKeyOf))];
  const load = async () => {
    const answer = await ask({ type: 'notes-for-page', documentId, actorKeys: actorKeys() });
    if (!live()) return;
    state.loading = false;
    if (!answer.ok) {
      state.unavailable = msg('notesUnavailable', answer.error);
      layer.clear();
      return update();
    }
    state.unavailable = null;
    notes = answer.value.notes;
    state.actorNotes = answer.value.actorNotes;
    place();
    update();
  };
  const loadTags = async () => {
    const tags = await ask({ type: 'note-tags' });
    if (tags.ok && live()) state.knownTags = tags.value.tags;
  };
  // The bar goes by itself, but not while the reader is in it (components/UndoBar.tsx times it).
  const say = (message: string, undo: Note | null = null) => {
    state.notice = { message, undo };
    update();
  };

  const newNote = (subject: NoteSubject, mention: Mention | null): Note => {
    const now = Date.now();
    return {
      id: crypto.randomUUID(),
      subject,
      text: '',
      tags: [],
      documentId,
      url: host.url,
      documentTitle: host.title(),
      selectors: mention ? describePassage(index.text, mention.start, mention.end) : null,
      actorKey: null,
      actorName: null,
      eventDate: null,
      created: now,
      updated: now,
    };
  };
  // `saved`: the note as stored (null for a new one), what Escape compares with before asking.
  const openEditor = (note: Note, saved: Note | null, label: string, rect: DOMRect | null) => {
    state.adder = null;
    state.card = null;
    const quote = note.subject === 'actor' ? null : (note.selectors?.quote.exact ?? null);
    state.editor = {
      note,
      label,
      quote,
      saved: { text: saved?.text ?? '', tags: saved?.tags ?? [] },
      error: null,
      draftError: null,
      saving: false,
      rect,
      key: `${note.id}:${Date.now()}`,
    };
    update();
  };
  const rectOfSpan = (start: number, end: number): DOMRect | null => {
    const range = layer.rangeOf(start, end);
    const live = range && toLiveRange(range);
    return live ? live.getBoundingClientRect() : null;
  };
  // An existing note (or a draft of one) in the editor, next to its passage when it is in the text.
  const reopen = (note: Note, saved: Note | null) => {
    const label = note.subject === 'actor' ? msg('noteOn', note.actorName ?? '') : msg('noteEditorLabel');
    const span = state.page.anchored.find((a) => a.note.id === note.id)?.span;
    openEditor(note, saved, label, span ? rectOfSpan(span.start, span.end) : null);
  };
  const restoreDraft = async () => {
    const note = await drafts.restore();
    if (!note || !live() || state.editor) return;
    reopen(note, notes.find((n) => n.id === note.id) ?? state.actorNotes.find((n) => n.id === note.id) ?? null);
  };

  const actions = {
    addOnSelection() {
      const span = selectedSpan(index) ?? state.adder;
      if (!span || state.unavailable) return;
      openEditor(newNote('passage', { start: span.start, end: span.end, text: '' }), null, msg('noteEditorLabel'), span.rect);
    },
    addOnActor(actor: Actor, mentionIndex: number) {
      const note = {
        ...newNote('actor', actor.mentions[mentionIndex] ?? actor.mentions[0] ?? null),
        actorKey: actorKeyOf(actor),
        actorName: actor.name,
      };
      openEditor(note, null, msg('noteOn', actor.name), null);
    },
    addOnEvent(event: DatedEvent) {
      const note = { ...newNote('event', event.mention), eventDate: event.date };
      openEditor(note, null, msg('noteOn', event.what || event.cue), rectOfSpan(event.mention.start, event.mention.end));
    },
    edit(note: Note) {
      reopen(note, note);
    },
    draft(text: string, tags: string[]) {
      if (!state.editor) return;
      state.editor.note = { ...state.editor.note, text, tags };
      drafts.keep(state.editor.note);
    },
    async save(text: string, tags: string[]) {
      const editor = state.editor;
      if (!editor) return;
      // A note is made when it is first saved, not when its editor opened: else it reads "gewijzigd" at once.
      const stored = notes.some((n) => n.id === editor.note.id) || state.actorNotes.some((n) => n.id === editor.note.id);
      const made = stored ? {} : { created: Date.now(), updated: Date.now() };
      editor.note = { ...editor.note, text, tags, ...made };
      editor.saving = true;
      editor.error = null;
      update();
      const answer = await ask({ type: 'save-note', note: editor.note });
      if (!live() || state.editor !== editor) return;
      editor.saving = false;
      if (!answer.ok) {
        editor.error = msg('noteSaveFailed', answer.error);
        return update();
      }
      state.editor = null;
      drafts.drop();
      accept(answer.value.note);
      void loadTags().then(update);
      update();
    },
    cancel() {
      state.editor = null;
      drafts.drop();
      update();
    },
    async remove(note: Note) {
      const answer = await ask({ type: 'delete-note', id: note.id });
      if (!live()) return;
      if (!answer.ok) return say(msg('noteDeleteFailed', answer.error));
      forget(note);
      state.card = null;
      say(msg('noteDeleted'), answer.value.note ?? note);
    },
    async undo() {
      const note = state.notice?.undo;
      if (!note) return;
      const answer = await ask({ type: 'save-note', note });
      if (!live()) return;
      if (!answer.ok) return say(msg('noteSaveFailed', answer.error));
      accept(answer.value.note);
      state.notice = null;
      update();
    },
    async reattach(note: Note) {
      const span = selectedSpan(index);
      if (!span) return say(msg('noteReattachNeedsSelection'));
      await moveTo(note, span);
    },
    /** The reader says a note placed as a guess is in the right place: it is described there anew. */
    async confirm(note: Note) {
      const guess = state.page.uncertain.find((u) => u.note.id === note.id);
      if (guess) await moveTo(note, guess.span);
    },
    /** Scrolls to a note's passage, flashes it and opens its card (panel, library link). */
    show(noteId: string) {
      const entry = state.page.anchored.find((a) => a.note.id === noteId) ?? state.page.uncertain.find((u) => u.note.id === noteId);
      const range = entry && layer.rangeOf(entry.span.start, entry.span.end);
      if (!entry || !range) return;
      scrollToMention(range);
      requestAnimationFrame(() => {
        const rect = rectOfSpan(entry.span.start, entry.span.end);
        if (!rect || !live()) return;
        const under = state.page.anchored.filter((a) => a.span.start < entry.span.end && entry.span.start < a.span.end);
        state.card = { notes: under.length ? under : [{ note: entry.note, span: entry.span }], rect };
        update();
        host.focusCard();
      });
    },
    closeCard() {
      state.card = null;
      hover.reset();
      update();
    },
    dismissNotice() {
      state.notice = null;
      update();
    },
    /** The pointer went onto the note card's frame or left it. */
    pointerOnCard(over: boolean) {
      hover.pointerOnCard(over);
    },
    setCardElement(element: Element | null) {
      hover.setCardElement(element);
    },
    /** Notes changed elsewhere (another tab, the library): load them again if they concern this page. */
    changed(documentIds: readonly string[], keys: readonly string[]) {
      const mine = new Set(actorKeys());
      if (documentIds.includes(documentId) || keys.some((k) => mine.has(k))) void load();
    },
  };
  // The note hung on `span` of the text, saved, and drawn there.
  const moveTo = async (note: Note, span: { start: number; end: number }) => {
    const moved: Note = { ...note, selectors: describePassage(index.text, span.start, span.end) };
    const answer = await ask({ type: 'save-note', note: moved });
    if (!live()) return;
    if (!answer.ok) return say(msg('noteSaveFailed', answer.error));
    accept(answer.value.note);
    update();
  };
  const accept = (note: Note) => {
    if (note.subject === 'actor') state.actorNotes = withNote(state.actorNotes, note);
    else {
      notes = withNote(notes, note);
      place();
    }
  };
  const forget = (note: Note) => {
    state.actorNotes = withNote(state.actorNotes, note, true);
    notes = withNote(notes, note, true);
    place();
  };

  const hover = startNoteHover({
    signal,
    hitAt: (x, y) => layer.hitAt(x, y),
    blocked: () => host.otherCardOpen() || state.editor !== null,
    onOpen: (hit) => {
      state.card = hit;
      update();
    },
    onClose: () => {
      state.card = null;
      update();
    },
  });
  watchSelection(
    signal,
    () => index,
    (span) => {
      const next = state.editor || state.unavailable ? null : span;
      if (next?.start === state.adder?.start && next?.end === state.adder?.end && next?.rect?.top === state.adder?.rect?.top) return;
      state.adder = next;
      update();
    },
    () => actions.addOnSelection(),
  );
  signal.addEventListener('abort', () => {
    layer.clear();
    drafts.stop();
  });

  const ready = (async () => {
    await Promise.all([load(), loadTags()]);
    await restoreDraft();
    const wanted = noteIdFromHash(location.hash);
    if (wanted) actions.show(wanted);
    update();
  })();
  return { state, actions, ready };
}
