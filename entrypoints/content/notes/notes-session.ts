/**
 * The reader's notes on one reading of a publication page: load them from the background, anchor
 * them in the text (once per pass), draw them, and carry out what the reader does — add a note on
 * a selection, an actor or an event, edit, delete and undo, re-attach an orphan — keeping an
 * unsaved draft in the background all along. State lives here; notes-view.tsx draws it.
 * Everything stops when `signal` aborts (the page was read again, or the script torn down).
 */
import { anchorAll, describePassage } from '../../../lib/anchor';
import { actorKeyOf } from '../../../lib/extract/actor-key';
import { scrollToMention, toLiveRange } from '../../../lib/highlight';
import { pageDraftKey, type Note, type NoteSubject } from '../../../lib/notes/note';
import { splitByAnchor, withNote, type PageNotes } from '../../../lib/notes/page-notes';
import type { Actor, DatedEvent, Mention, Report } from '../../../lib/page/report';
import type { TextIndex } from '../../../lib/page/text-index';
import { msg } from '../../../lib/ui/words';
import { createNoteLayer, type NoteHit } from './note-layer';
import { startNoteHover } from './note-hover';
import { ask } from './notes-client';
import { selectedSpan, watchSelection, type SelectedSpan } from './selection-watch';

/** What the notes need from the page's session. */
export interface NotesHost {
  signal: AbortSignal;
  documentId: string;
  url: string;
  title: () => string | null;
  index: TextIndex;
  report: () => Report | null;
  /** Something changed: draw the UI again. */
  redraw: () => void;
  /** An actor, event or citation card is open (the note card gives way). */
  otherCardOpen: () => boolean;
}

/** An open editor. */
export interface EditorState {
  note: Note;
  isNew: boolean;
  label: string;
  quote: string | null;
  /** The note as saved (empty for a new one): what Escape compares with before asking. */
  saved: { text: string; tags: string[] };
  error: string | null;
  saving: boolean;
  /** Where the passage is on screen when the editor opened (null: centre it). */
  rect: DOMRect | null;
  /** Changes when another note is opened, so the editor starts afresh. */
  key: string;
}

/** Everything the view draws. */
export interface NotesState {
  loading: boolean;
  /** Why notes cannot be used, in words (the database failed); null when they can. */
  unavailable: string | null;
  page: PageNotes;
  actorNotes: Note[];
  knownTags: string[];
  adder: SelectedSpan | null;
  editor: EditorState | null;
  card: NoteHit | null;
  /** A message for the reader, with the deleted note when it can be undone. */
  notice: { message: string; undo: Note | null } | null;
}

/** The notes of a page: state and actions. */
export type NotesSession = ReturnType<typeof startNotes>;

const DRAFT_DELAY_MS = 400;
const NOTICE_MS = 10_000;

/** Starts the notes of a page reading. */
export function startNotes(host: NotesHost) {
  const { signal, index, documentId } = host;
  const layer = createNoteLayer(index);
  const state: NotesState = { loading: true, unavailable: null, page: { anchored: [], orphans: [] }, actorNotes: [], knownTags: [], adder: null, editor: null, card: null, notice: null };
  let notes: Note[] = [];
  let draftTimer: ReturnType<typeof setTimeout> | null = null;
  let noticeTimer: ReturnType<typeof setTimeout> | null = null;
  let cardElement: Element | null = null;
  const draftKey = pageDraftKey(documentId);
  const live = () => !signal.aborted;
  const update = () => live() && host.redraw();

  const place = () => {
    // One pass over the text for all notes; actor notes belong to the actor, not to a passage.
    state.page = splitByAnchor(notes, anchorAll(index.text, notes.map((n) => (n.subject === 'actor' ? null : n.selectors))));
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
  const say = (message: string, undo: Note | null = null) => {
    if (noticeTimer !== null) clearTimeout(noticeTimer);
    state.notice = { message, undo };
    noticeTimer = setTimeout(() => {
      state.notice = null;
      update();
    }, NOTICE_MS);
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
  const openEditor = (note: Note, isNew: boolean, label: string, rect: DOMRect | null, saved: Note | null = isNew ? null : note) => {
    state.adder = null;
    state.card = null;
    const quote = note.subject === 'actor' ? null : (note.selectors?.quote.exact ?? null);
    state.editor = { note, isNew, label, quote, saved: { text: saved?.text ?? '', tags: saved?.tags ?? [] }, error: null, saving: false, rect, key: `${note.id}:${Date.now()}` };
    update();
  };
  const rectOfSpan = (start: number, end: number): DOMRect | null => {
    const range = layer.rangeOf(start, end);
    const live = range && toLiveRange(range);
    return live ? live.getBoundingClientRect() : null;
  };
  const keepDraft = () => {
    if (draftTimer !== null) clearTimeout(draftTimer);
    draftTimer = setTimeout(() => {
      draftTimer = null;
      const editor = state.editor;
      if (editor && live()) void ask({ type: 'save-draft', draft: { key: draftKey, note: editor.note, updated: Date.now() } });
    }, DRAFT_DELAY_MS);
  };
  const dropDraft = () => {
    if (draftTimer !== null) clearTimeout(draftTimer);
    draftTimer = null;
    void ask({ type: 'discard-draft', key: draftKey });
  };
  const restoreDraft = async () => {
    const answer = await ask({ type: 'get-draft', key: draftKey });
    if (!answer.ok || !answer.value.draft || !live() || state.editor) return;
    const { note } = answer.value.draft;
    if (note.documentId !== documentId) return;
    const known = notes.find((n) => n.id === note.id) ?? state.actorNotes.find((n) => n.id === note.id);
    const label = note.subject === 'actor' ? msg('noteOn', note.actorName ?? '') : msg('noteEditorLabel');
    const span = state.page.anchored.find((a) => a.note.id === note.id)?.span;
    openEditor(note, !known, label, span ? rectOfSpan(span.start, span.end) : null, known ?? null);
  };

  const actions = {
    addOnSelection() {
      const span = selectedSpan(index) ?? state.adder;
      if (!span || state.unavailable) return;
      openEditor(newNote('passage', { start: span.start, end: span.end, text: '' }), true, msg('noteEditorLabel'), span.rect);
    },
    addOnActor(actor: Actor, mentionIndex: number) {
      const note = { ...newNote('actor', actor.mentions[mentionIndex] ?? actor.mentions[0] ?? null), actorKey: actorKeyOf(actor), actorName: actor.name };
      openEditor(note, true, msg('noteOn', actor.name), null);
    },
    addOnEvent(event: DatedEvent) {
      const note = { ...newNote('event', event.mention), eventDate: event.date };
      openEditor(note, true, msg('noteOn', event.what || event.cue), rectOfSpan(event.mention.start, event.mention.end));
    },
    edit(note: Note) {
      const span = state.page.anchored.find((a) => a.note.id === note.id)?.span;
      const label = note.subject === 'actor' ? msg('noteOn', note.actorName ?? '') : msg('noteEditorLabel');
      openEditor(note, false, label, span ? rectOfSpan(span.start, span.end) : null);
    },
    draft(text: string, tags: string[]) {
      if (!state.editor) return;
      state.editor.note = { ...state.editor.note, text, tags };
      keepDraft();
    },
    async save(text: string, tags: string[]) {
      const editor = state.editor;
      if (!editor) return;
      editor.note = { ...editor.note, text, tags };
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
      dropDraft();
      accept(answer.value.note);
      void loadTags().then(update);
      update();
    },
    cancel() {
      state.editor = null;
      dropDraft();
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
      const moved: Note = { ...note, selectors: describePassage(index.text, span.start, span.end) };
      const answer = await ask({ type: 'save-note', note: moved });
      if (!live()) return;
      if (!answer.ok) return say(msg('noteSaveFailed', answer.error));
      accept(answer.value.note);
      update();
    },
    /** Scrolls to a note's passage, flashes it and opens its card (panel, library link). */
    show(noteId: string) {
      const entry = state.page.anchored.find((a) => a.note.id === noteId);
      const range = entry && layer.rangeOf(entry.span.start, entry.span.end);
      if (!entry || !range) return;
      scrollToMention(range);
      requestAnimationFrame(() => {
        const rect = rectOfSpan(entry.span.start, entry.span.end);
        if (!rect || !live()) return;
        state.card = { notes: state.page.anchored.filter((a) => a.span.start < entry.span.end && entry.span.start < a.span.end), rect };
        update();
        queueMicrotask(() => (cardElement?.querySelector('button') as HTMLElement | null)?.focus());
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
    setCardElement(element: HTMLElement | null) {
      cardElement = element;
      hover.setCardElement(element);
    },
    /** Notes changed elsewhere (another tab, the library): load them again if they concern this page. */
    changed(documentIds: readonly string[], keys: readonly string[]) {
      const mine = new Set(actorKeys());
      if (documentIds.includes(documentId) || keys.some((k) => mine.has(k))) void load();
    },
    /** The report arrived or changed: actor notes depend on its actors. */
    reload: () => load(),
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
    if (noticeTimer !== null) clearTimeout(noticeTimer);
    if (draftTimer !== null) clearTimeout(draftTimer);
  });

  const ready = (async () => {
    await Promise.all([load(), loadTags()]);
    await restoreDraft();
    const wanted = /[#&]kantlijn-note=([\w-]+)/.exec(location.hash)?.[1];
    if (wanted) actions.show(wanted);
    update();
  })();
  return { state, actions, ready };
}
