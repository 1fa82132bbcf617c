/**
 * What each frame shows, as plain data drawn from the page's state: the panel, the open card (an
 * actor, event or citation card, else a note card), the note editor and the notice. Pure: the
 * same state gives the same views, which the frame host sends only when they change.
 */
import { actorKeyOf } from '@/lib/extract/actor-key';
import { placeCard } from '@/lib/highlight';
import type {
  CardContent,
  CardView,
  EditorView,
  NoticeView,
  OtherDocumentView,
  PanelView,
  SubjectNotesView,
} from '@/lib/messages/frame-protocol';
import type { Report } from '@/lib/model/report';
import { notesOnActor, notesOnSpan } from '@/lib/notes/page-notes';
import { alsoInOf } from '@/entrypoints/content/features/cards';
import type { SessionState } from '@/entrypoints/content/page-store';
import type { NotesState } from '@/entrypoints/content/notes/notes-state';
import type { Placement } from './frame-host';

/** The panel's view while it is open, else null. */
export function panelView(state: Readonly<SessionState>): PanelView | null {
  if (!state.panelOpen) return null;
  const notes = state.document.id ? state.notes?.state : undefined;
  return {
    surface: 'panel',
    document: state.document,
    problems: [...state.problems],
    highlightKinds: { ...state.kinds },
    hasReport: state.report !== null,
    notes: notes
      ? {
          anchored: notes.page.anchored.map((a) => a.note),
          uncertain: notes.page.uncertain.map((u) => ({ note: u.note, words: u.words })),
          orphans: [...notes.page.orphans],
          unavailable: notes.unavailable,
          loading: notes.loading,
        }
      : null,
  };
}

/** The card to show with the rect of its mention: the actor, event or citation card first. */
export function cardView(state: Readonly<SessionState>): { view: CardView; rect: DOMRect } | null {
  const { report, card } = state;
  const notes = state.notes?.state ?? null;
  if (report && card) {
    const content = targetCard(report, card.target, alsoInOf(state, card.target), notes, state.document.id);
    return content && { view: { surface: 'card', content }, rect: card.rect };
  }
  if (notes?.card && !notes.editor) {
    const onCard = notes.card.notes.map((n) => n.note);
    const guesses = new Set(notes.page.uncertain.map((u) => u.note.id));
    const uncertain = onCard.filter((n) => guesses.has(n.id)).map((n) => n.id);
    return { view: { surface: 'card', content: { kind: 'notes', notes: onCard, uncertain } }, rect: notes.card.rect };
  }
  return null;
}

/** The editor's view and where its passage is (null: centred), or null when no note is edited. */
export function editorView(notes: NotesState | null): { view: EditorView; rect: DOMRect | null } | null {
  const editor = notes?.editor;
  if (!notes || !editor) return null;
  return {
    view: {
      surface: 'editor',
      key: editor.key,
      label: editor.label,
      quote: editor.quote,
      initialText: editor.note.text,
      initialTags: [...editor.note.tags],
      savedText: editor.saved.text,
      savedTags: [...editor.saved.tags],
      knownTags: [...notes.knownTags],
      error: editor.error ?? editor.draftError,
      saving: editor.saving,
    },
    rect: editor.rect,
  };
}

/** The notice's view, or null. */
export function noticeView(notes: NotesState | null): NoticeView | null {
  const notice = notes?.notice;
  return notice ? { surface: 'notice', message: notice.message, canUndo: notice.undo !== null } : null;
}

/** A card's width, in `em` of the browser's default font: 352 px at 16 px. */
export const CARD_EMS = 22;
/** The notice's width, in `em` of the browser's default font: 448 px at 16 px. */
export const NOTICE_EMS = 28;
const TYPICAL_HEIGHT = 360;

// The side each shown card went to, by its mention's rect (a new rect is a new card).
const sides = new WeakMap<DOMRect, 'below' | 'above'>();

// The window less the room the page made for the docked panel or the sheet (frames/panel-dock.ts
// sets it as a margin on the root element): a card there would lie under the panel.
function roomForCards(): { width: number; height: number } {
  const style = getComputedStyle(document.documentElement);
  const right = Number.parseFloat(style.marginRight) || 0;
  const bottom = Number.parseFloat(style.marginBottom) || 0;
  return { width: Math.max(0, window.innerWidth - right), height: Math.max(0, window.innerHeight - bottom) };
}

/**
 * Next to `rect` (viewport pixels) and on screen, as tall as its content; without a rect, centred
 * in the upper part of the view. A card keeps the side it was first shown on while it has room
 * there, so one that grows (its "Ook in" arriving) does not jump away from the reader's pointer.
 * `atOnce`: shown before its height is known where that does not move it (below its mention), as
 * a hover card must be; otherwise (the editor, a card above its mention) only once measured, so
 * nothing moves under the reader's pointer. `em`: the browser's default font size in pixels.
 */
export function besideRect(rect: DOMRect | null, { atOnce = false, em = 16 } = {}): Placement {
  return (height) => {
    const viewport = roomForCards();
    const size = { width: Math.min(CARD_EMS * em, viewport.width - 16), height: height ?? TYPICAL_HEIGHT };
    const anchor = rect ?? new DOMRect((viewport.width - size.width) / 2, viewport.height / 4, size.width, 0);
    const place = placeCard(anchor, size, viewport, { side: rect ? sides.get(rect) : undefined });
    const waitForHeight = height === null && !(atOnce && place.side === 'below');
    if (rect && !waitForHeight) sides.set(rect, place.side);
    return {
      waitForHeight,
      left: `${place.left}px`,
      top: `${place.top}px`,
      width: `${Math.min(size.width, place.maxWidth)}px`,
      height: `${Math.min(size.height, place.maxHeight)}px`,
    };
  };
}

/** The panel's place: the window's right edge, full height. */
export const atRightEdge: Placement = () => ({ top: '0', right: '0', bottom: '0', width: 'min(24rem, 90vw)', height: '100vh' });

/** The notice's place: centred near the bottom, for a default font of `em` pixels. */
export function nearBottom(em = 16): Placement {
  return (height) => {
    const width = Math.min(NOTICE_EMS * em, window.innerWidth - 16);
    const tall = height ?? 48;
    return {
      waitForHeight: height === null,
      left: `${(window.innerWidth - width) / 2}px`,
      top: `${window.innerHeight - tall - 24}px`,
      width: `${width}px`,
      height: `${tall}px`,
    };
  };
}

function targetCard(
  report: Report,
  target: NonNullable<SessionState['card']>['target'],
  alsoIn: readonly OtherDocumentView[] | null,
  notes: NotesState | null,
  documentId: string | null,
): CardContent | null {
  const subject = (subjectName: string, list: SubjectNotesView['notes']): SubjectNotesView | null =>
    notes && documentId ? { subject: subjectName, notes: list, documentId, unavailable: notes.unavailable } : null;
  if (target.kind === 'actor') {
    const actor = report.actors.find((a) => a.id === target.actorId);
    if (!actor) return null;
    return {
      kind: 'actor',
      actorId: actor.id,
      name: actor.name,
      type: actor.type,
      roles: actor.roles.map((role) => ({ role, evidence: actor.roleEvidence?.[role] ?? null })),
      aliases: [...actor.aliases],
      mentionCount: actor.mentions.length,
      mentionIndex: target.mentionIndex,
      events: report.events.filter((e) => e.actors.includes(actor.id)).map((e) => ({ id: e.id, date: e.date, what: e.what })),
      alsoIn: alsoIn && [...alsoIn],
      notes: subject(actor.name, notes ? [...notesOnActor(notes.actorNotes, actorKeyOf(actor))] : []),
    };
  }
  if (target.kind === 'event') {
    const event = report.events.find((e) => e.id === target.eventId);
    if (!event) return null;
    const names = new Map(report.actors.map((a) => [a.id, a.name]));
    return {
      kind: 'event',
      eventId: event.id,
      what: event.what,
      date: event.date,
      cue: event.cue,
      resolution: event.resolution ?? null,
      weekdayMismatch: event.weekdayMismatch ?? false,
      actors: event.actors.map((id) => ({ id, name: names.get(id) ?? id })),
      notes: subject(event.what || event.cue, notes ? [...notesOnSpan(notes.page, event.mention, 'event')] : []),
    };
  }
  const reference = report.references[target.index];
  return reference ? { kind: 'reference', target: reference.target, text: reference.text, url: reference.url } : null;
}
