/**
 * A small page state for the frames' tests: a report with two actors, two events and a citation,
 * the reader's notes on it, and stubs of the features the frames act through, so each test of
 * the views, the actions and the surfaces names only what it changes.
 */
import { vi } from 'vitest';
import type { CardsFeature } from '@/entrypoints/content/features/cards';
import type { PanelFeature } from '@/entrypoints/content/features/panel';
import type { NotesSession } from '@/entrypoints/content/notes/notes-session';
import { initialNotesState, type NotesState } from '@/entrypoints/content/notes/notes-state';
import type { SessionState } from '@/entrypoints/content/page-store';
import { actorKeyOf } from '@/lib/extract/actor-key';
import type { PanelView } from '@/lib/messages/frame-protocol';
import type { Report, ReportDocument } from '@/lib/model/report';
import { readPage } from '@/lib/page/read-page';
import { allHighlightKinds } from '@/lib/ui/highlight-kinds';
import { page } from '@/tests/unit/helpers';
import { actorNote, eventNote, passageNote, publicationUrl, SAMPLE_DOCUMENT_ID } from '@/tests/unit/make-records';

/** The publication's facts, a letter, so the panel heads them "Brief". */
export const SAMPLE_DOCUMENT: ReportDocument = {
  id: SAMPLE_DOCUMENT_ID,
  kind: 'letter',
  title: 'BRIEF VAN DE MINISTER',
  date: '2022-11-23',
  dossier: ['21501-02'],
  dossierTitles: [],
  letters: [],
  footnotes: [],
};

/** A report whose actor a1 takes part in event e1 only, so a card's events can be told apart. */
/** The panel's view before the report arrives, with no notes session. */
export const EMPTY_PANEL: PanelView = {
  surface: 'panel',
  document: SAMPLE_DOCUMENT,
  problems: [],
  highlightKinds: allHighlightKinds(),
  hasReport: false,
  notes: null,
};

export function sampleReport(): Report {
  const at = (start: number, text: string) => ({ start, end: start + text.length, text });
  return {
    url: publicationUrl(SAMPLE_DOCUMENT_ID),
    document: SAMPLE_DOCUMENT,
    actors: [
      {
        id: 'a1',
        name: 'W.B. Hoekstra',
        type: 'person',
        aliases: ['Hoekstra'],
        roles: ['minister', 'ondertekenaar'],
        roleEvidence: { minister: 'apposition' },
        mentions: [at(0, 'W.B. Hoekstra'), at(40, 'Hoekstra'), at(80, 'Hoekstra')],
      },
      { id: 'a2', name: 'Europese Commissie', type: 'organisation', aliases: [], roles: [], mentions: [at(20, 'Europese Commissie')] },
    ],
    events: [
      { id: 'e1', date: '2022-10-02', cue: '2 oktober', what: 'gesprek in Bakoe', actors: ['a1', 'a2'], mention: at(100, '2 oktober') },
      {
        id: 'e2',
        date: null,
        cue: 'volgende week',
        what: '',
        actors: ['a2'],
        mention: at(120, 'volgende week'),
        resolution: 'niet opgelost',
        weekdayMismatch: true,
      },
    ],
    references: [
      {
        text: 'Kamerstukken II 2022/23, 21501-02, nr. 2552',
        target: 'kst-21501-02-2552',
        url: publicationUrl('kst-21501-02-2552'),
        mention: at(140, 'nr. 2552'),
      },
    ],
  };
}

/** Notes on the sample: a passage and an event note in the text, an orphan, actor notes on a1 and on someone else. */
export function sampleNotesState(over: Partial<NotesState> = {}): NotesState {
  const hoekstra = actorKeyOf({ type: 'person', name: 'W.B. Hoekstra' });
  return {
    ...initialNotesState(),
    loading: false,
    page: {
      anchored: [
        { note: passageNote('p1'), span: { start: 0, end: 13 } },
        { note: eventNote('ev1'), span: { start: 100, end: 109 } },
      ],
      uncertain: [],
      orphans: [passageNote('o1')],
    },
    actorNotes: [
      actorNote('h-old', hoekstra, 'kst-2', { updated: 1000 }),
      actorNote('h-new', hoekstra, SAMPLE_DOCUMENT_ID, { updated: 3000 }),
      actorNote('x1', 'person:klaar'),
    ],
    knownTags: ['kaukasus'],
    ...over,
  };
}

type NoteActions = NotesSession['actions'];

/** Every note action as a stub, so a test sees which one an action reached and with what. */
export function stubNoteActions() {
  return {
    addOnSelection: vi.fn<NoteActions['addOnSelection']>(),
    addOnActor: vi.fn<NoteActions['addOnActor']>(),
    addOnEvent: vi.fn<NoteActions['addOnEvent']>(),
    edit: vi.fn<NoteActions['edit']>(),
    draft: vi.fn<NoteActions['draft']>(),
    save: vi.fn<NoteActions['save']>(async () => undefined),
    cancel: vi.fn<NoteActions['cancel']>(),
    remove: vi.fn<NoteActions['remove']>(async () => undefined),
    undo: vi.fn<NoteActions['undo']>(async () => undefined),
    reattach: vi.fn<NoteActions['reattach']>(async () => undefined),
    confirm: vi.fn<NoteActions['confirm']>(async () => undefined),
    show: vi.fn<NoteActions['show']>(),
    closeCard: vi.fn<NoteActions['closeCard']>(),
    dismissNotice: vi.fn<NoteActions['dismissNotice']>(),
    pointerOnCard: vi.fn<NoteActions['pointerOnCard']>(),
    setCardElement: vi.fn<NoteActions['setCardElement']>(),
    changed: vi.fn<NoteActions['changed']>(),
  } satisfies NoteActions;
}

/** A notes session over `state` whose actions are stubs. */
export function stubNotesSession(state: NotesState = sampleNotesState()) {
  const actions = stubNoteActions();
  const session: NotesSession = { state, actions, ready: Promise.resolve() };
  return { session, actions };
}

/** The panel and cards features as stubs. */
export function stubFeatures() {
  const panel = {
    setOpen: vi.fn<PanelFeature['setOpen']>(async (open) => open),
    toggle: vi.fn<PanelFeature['toggle']>(),
    keyToggle: vi.fn<PanelFeature['keyToggle']>(),
    toggleKind: vi.fn<PanelFeature['toggleKind']>(),
  } satisfies PanelFeature;
  const cards = {
    openActor: vi.fn<CardsFeature['openActor']>(),
    openEvent: vi.fn<CardsFeature['openEvent']>(),
    activateActor: vi.fn<CardsFeature['activateActor']>(),
    openAtPlace: vi.fn<CardsFeature['openAtPlace']>(() => true),
    step: vi.fn<CardsFeature['step']>(),
    followReference: vi.fn<CardsFeature['followReference']>(),
    close: vi.fn<CardsFeature['close']>(),
    setCardElement: vi.fn<CardsFeature['setCardElement']>(),
    hover: vi.fn<CardsFeature['hover']>(),
  } satisfies CardsFeature;
  return { panel, cards };
}

/** The page's state with the sample report, panel closed, no card and no notes unless `over` says. */
export function sampleState(over: Partial<SessionState> = {}): SessionState {
  const reading = readPage(page('<p>W.B. Hoekstra</p>'), publicationUrl(SAMPLE_DOCUMENT_ID));
  return {
    reading,
    document: SAMPLE_DOCUMENT,
    problems: [],
    report: sampleReport(),
    panelOpen: false,
    kinds: allHighlightKinds(),
    card: null,
    alsoIn: new Map(),
    drawing: null,
    hover: null,
    notes: null,
    ...over,
  };
}
