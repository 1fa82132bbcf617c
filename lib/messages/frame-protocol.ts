/**
 * The protocol between the content script and the frames that show Kantlijn's UI on a page. The
 * panel, the cards, the note editor and the notice are drawn in frames of the extension's own
 * origin, so the page's scripts cannot read what they show (the reader's notes, the other
 * publications the reader opened) nor reach their inputs. The content script keeps the state and
 * sends each frame a plain view of it; a frame sends back what the reader did. They talk over a
 * port the frame opens with `tabs.connect`, which the page cannot forge (unlike `postMessage`).
 */
import * as v from 'valibot';
import type { Report, ReportDocument } from '@/lib/model/report';
import type { Note } from '@/lib/notes/note';
import type { HighlightKind } from '@/lib/ui/highlight-kinds';
import { HIGHLIGHT_KINDS } from '@/lib/ui/highlight-kinds';
import { KEY_BINDINGS } from '@/lib/ui/shortcut-keys';

/** The four surfaces: the side panel, the card by a mention, the note editor, the notice bar. */
export type Surface = 'panel' | 'card' | 'editor' | 'notice';

/** Every surface, for validation and for the frame host. */
export const SURFACES: readonly Surface[] = ['panel', 'card', 'editor', 'notice'];

/** The start of a frame port's name; the rest names the surface and the host's token. */
export const FRAME_PORT_PREFIX = 'kantlijn-frame:';

/** The extension page the frames load (entrypoints/kantlijn-frame/). */
export const FRAME_PAGE = '/kantlijn-frame.html';

/** The panel's "Notities" as the frame draws them. */
export interface NotesPanelView {
  anchored: Note[];
  /** Notes placed only as a guess, with the words there now. */
  uncertain: Array<{ note: Note; words: string }>;
  orphans: Note[];
  unavailable: string | null;
  loading: boolean;
}

/** How the panel sits in the window: docked beside the text (`side`, resizable) or a bottom sheet over it. */
export interface PanelDockView {
  mode: 'side' | 'sheet';
  /** Its width now and the range the reader may resize it in (pixels). */
  width: number;
  min: number;
  max: number;
}

/** The panel: the publication's facts, what the text holds, the reader's notes on it. */
export interface PanelView {
  surface: 'panel';
  document: ReportDocument;
  problems: string[];
  highlightKinds: Record<HighlightKind, boolean>;
  /** False while the report is read and analysed; the report itself comes in a `report` message. */
  hasReport: boolean;
  notes: NotesPanelView | null;
  /** Filled in by the frame host, which places the panel. */
  dock?: PanelDockView;
}

/** The notes at the foot of an actor or event card. */
export interface SubjectNotesView {
  subject: string;
  notes: Note[];
  documentId: string;
  unavailable: string | null;
}

/** Another publication the reader opened that names the actor ("Ook in"). */
export interface OtherDocumentView {
  id: string;
  title: string | null;
  date: string | null;
  url: string;
  /** For the citation form and what it is about (components/ActorCard.tsx). */
  dossier?: readonly string[];
  dossierTitles?: readonly string[];
}

/** What a card shows: an actor, an event, a citation or the reader's notes on a passage. */
export type CardContent =
  | {
      kind: 'actor';
      actorId: string;
      name: string;
      type: Report['actors'][number]['type'];
      roles: { role: string; evidence: string | null }[];
      aliases: string[];
      mentionCount: number;
      mentionIndex: number;
      events: { id: string; date: string | null; what: string }[];
      alsoIn: OtherDocumentView[] | null;
      notes: SubjectNotesView | null;
    }
  | {
      kind: 'event';
      eventId: string;
      what: string;
      date: string | null;
      cue: string;
      resolution: string | null;
      weekdayMismatch: boolean;
      actors: { id: string; name: string }[];
      notes: SubjectNotesView | null;
    }
  | { kind: 'reference'; target: string | null; text: string; url: string | null }
  | {
      kind: 'notes';
      notes: Note[];
      /** The ids of those placed only as a guess ("Onzeker"), which the card offers to confirm. */
      uncertain?: string[];
    };

/** The card surface. */
export interface CardView {
  surface: 'card';
  content: CardContent;
}

/** The note editor surface. */
export interface EditorView {
  surface: 'editor';
  /** Changes when another note is opened, so the editor starts afresh. */
  key: string;
  label: string;
  quote: string | null;
  initialText: string;
  initialTags: string[];
  savedText: string;
  savedTags: string[];
  knownTags: string[];
  error: string | null;
  saving: boolean;
}

/** The notice surface: a message, with "Ongedaan maken" when it can be undone. */
export interface NoticeView {
  surface: 'notice';
  message: string;
  canUndo: boolean;
}

/** A view of any surface. */
export type SurfaceView = PanelView | CardView | EditorView | NoticeView;

/** What the content script sends a frame. */
export type ToFrame =
  /** What the surface shows now; null: nothing (it is hidden). */
  | { type: 'view'; view: SurfaceView | null; seq: number }
  | { type: 'report'; report: Report | null }
  /** The frame now has focus: put it on the first control (or the editor's textbox), or (`restore`) back where it was. */
  | { type: 'focus'; restore?: boolean };

const id = v.pipe(v.string(), v.maxLength(200));
const text = v.pipe(v.string(), v.maxLength(1_000_000));
const tags = v.pipe(v.array(v.pipe(v.string(), v.maxLength(1000))), v.maxLength(1000));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Everything a reader can do in a frame, named by what it asks of the content script. */
const ACTION = v.variant('type', [
  v.object({ type: v.literal('panel-close') }),
  v.object({ type: v.literal('actor-activate'), actorId: id }),
  v.object({ type: v.literal('event-activate'), eventId: id }),
  v.object({ type: v.literal('toggle-kind'), kind: v.picklist(HIGHLIGHT_KINDS) }),
  v.object({ type: v.literal('card-close') }),
  /** The reader moved the panel's splitter with a key (`done`: remembered); `panel-drag`: pressed it `grab` px from the panel's edge. */
  v.object({ type: v.literal('panel-resize'), width: v.pipe(v.number(), v.minValue(0), v.maxValue(100_000)), done: v.boolean() }),
  v.object({ type: v.literal('panel-drag'), grab: v.pipe(v.number(), v.minValue(0), v.maxValue(100_000)) }),
  v.object({ type: v.literal('card-actor'), actorId: id, mentionIndex: index }),
  v.object({ type: v.literal('card-event'), eventId: id }),
  v.object({ type: v.literal('note-add-actor'), actorId: id, mentionIndex: index }),
  v.object({ type: v.literal('note-add-event'), eventId: id }),
  v.object({ type: v.literal('note-show'), noteId: id }),
  v.object({ type: v.literal('note-edit'), noteId: id }),
  v.object({ type: v.literal('note-delete'), noteId: id }),
  v.object({ type: v.literal('note-reattach'), noteId: id }),
  v.object({ type: v.literal('note-confirm'), noteId: id }),
  v.object({ type: v.literal('note-draft'), text, tags }),
  v.object({ type: v.literal('note-save'), text, tags }),
  v.object({ type: v.literal('note-cancel') }),
  v.object({ type: v.literal('note-undo') }),
  v.object({ type: v.literal('notice-dismiss') }),
  v.object({ type: v.literal('open-library') }),
  v.object({ type: v.literal('toggle-panel') }),
  /** One of Kantlijn's keys, pressed while focus was in the frame (lib/ui/shortcut-keys.ts). */
  v.object({ type: v.literal('command'), command: v.picklist(KEY_BINDINGS.map((b) => b.command)) }),
]);

/** What the reader did in a frame. */
export type FrameAction = v.InferOutput<typeof ACTION>;

const FROM_FRAME = v.variant('type', [
  v.object({ type: v.literal('ready') }),
  /**
   * The height the surface's content takes for view `seq`, in CSS pixels, and when the frame had
   * drawn it (milliseconds since the epoch, `timeOrigin + now()`: the clocks of two processes agree on it).
   */
  v.object({
    type: v.literal('size'),
    seq: v.pipe(v.number(), v.integer()),
    height: v.pipe(v.number(), v.minValue(0), v.maxValue(100_000)),
    drawnAt: v.optional(v.number()),
  }),
  v.object({ type: v.literal('action'), action: ACTION }),
  /** The pointer came onto the frame or left it (the page around it hears nothing while it is there). */
  v.object({ type: v.literal('pointer'), over: v.boolean() }),
]);

/** What a frame sends the content script. */
export type FromFrame = v.InferOutput<typeof FROM_FRAME>;

/** Reads a frame's message; null for anything that is not one (dropped, never half-applied). */
export function readFrameMessage(message: unknown): FromFrame | null {
  const parsed = v.safeParse(FROM_FRAME, message);
  return parsed.success ? parsed.output : null;
}

/** The port name a frame of `surface` uses, with the token the host gave it in its address. */
export function framePortName(surface: Surface, token: string): string {
  return `${FRAME_PORT_PREFIX}${surface}:${token}`;
}

/** The surface and token in a port's name, or null when the port is not a frame's. */
export function parseFramePortName(name: string): { surface: Surface; token: string } | null {
  if (!name.startsWith(FRAME_PORT_PREFIX)) return null;
  const [surface, token, ...rest] = name.slice(FRAME_PORT_PREFIX.length).split(':');
  if (rest.length > 0 || !token || !SURFACES.includes(surface as Surface)) return null;
  return { surface: surface as Surface, token };
}
