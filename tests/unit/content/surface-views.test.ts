// The frames' views are plain data drawn from the page's state: what each surface shows, and
// where a frame goes so that it stays on screen.
import { describe, expect, it } from 'vitest';
import {
  atRightEdge,
  besideRect,
  CARD_EMS,
  cardView,
  editorView,
  nearBottom,
  NOTICE_EMS,
  noticeView,
  panelView,
} from '@/entrypoints/content/frames/surface-views';
import type { PlacedStyle } from '@/entrypoints/content/frames/frame-host';
import type { EditorState } from '@/entrypoints/content/notes/notes-state';
import { passageNote } from '@/tests/unit/make-records';
import { actorKeyOf } from '@/lib/extract/actor-key';
import { SAMPLE_DOCUMENT, sampleNotesState, sampleReport, sampleState, stubNotesSession } from './frame-fixtures';

const RECT = new DOMRect(100, 200, 80, 16);
const px = (value: string | undefined) => Number.parseFloat(value ?? 'NaN');

describe('panelView', () => {
  it('is null while the panel is closed', () => {
    expect(panelView(sampleState())).toBeNull();
  });

  it('carries the facts, problems and kinds, and whether the report is there', () => {
    const state = sampleState({
      panelOpen: true,
      problems: ['De datum is niet gevonden.'],
      kinds: { ...sampleState().kinds, office: false },
    });
    expect(panelView(state)).toEqual({
      surface: 'panel',
      document: SAMPLE_DOCUMENT,
      problems: ['De datum is niet gevonden.'],
      highlightKinds: { person: true, office: false, organisation: true, location: true, event: true, reference: true },
      hasReport: true,
      notes: null,
    });
    expect(panelView({ ...state, report: null })?.hasReport).toBe(false);
  });

  it('carries the notes in the text and the orphans when a notes session exists', () => {
    const { session } = stubNotesSession(sampleNotesState({ unavailable: 'De database is dicht.' }));
    const notes = panelView(sampleState({ panelOpen: true, notes: session }))?.notes;
    expect(notes?.anchored.map((n) => n.id)).toEqual(['p1', 'ev1']);
    expect(notes?.orphans.map((n) => n.id)).toEqual(['o1']);
    expect(notes?.unavailable).toBe('De database is dicht.');
    expect(notes?.loading).toBe(false);
    // A page without a publication id has no notes to show.
    expect(panelView(sampleState({ panelOpen: true, notes: session, document: { ...SAMPLE_DOCUMENT, id: null } }))?.notes).toBeNull();
  });
});

describe('cardView', () => {
  it('draws an actor card with its roles, events, "Ook in" and the notes on it, newest first', () => {
    const { session } = stubNotesSession();
    const alsoIn = [{ id: 'kst-2', title: 'Brief twee', date: '2022-01-01', url: 'https://zoek.officielebekendmakingen.nl/kst-2.html' }];
    const actor = sampleReport().actors.find((a) => a.id === 'a1');
    if (!actor) throw new Error('the sample report has no a1');
    const state = sampleState({
      notes: session,
      card: { target: { kind: 'actor', actorId: 'a1', mentionIndex: 1 }, rect: RECT },
      alsoIn: new Map([[actorKeyOf(actor), alsoIn]]),
    });
    const card = cardView(state);
    expect(card?.rect).toBe(RECT);
    expect(card?.view).toEqual({
      surface: 'card',
      content: {
        kind: 'actor',
        actorId: 'a1',
        name: 'W.B. Hoekstra',
        type: 'person',
        roles: [
          { role: 'minister', evidence: 'apposition' },
          { role: 'ondertekenaar', evidence: null },
        ],
        aliases: ['Hoekstra'],
        mentionCount: 3,
        mentionIndex: 1,
        events: [{ id: 'e1', date: '2022-10-02', what: 'gesprek in Bakoe' }],
        alsoIn,
        notes: {
          subject: 'W.B. Hoekstra',
          notes: [session.state.actorNotes[1], session.state.actorNotes[0]],
          documentId: 'kst-1',
          unavailable: null,
        },
      },
    });
  });

  it('gives an actor card no notes section without a notes session, and no card for an unknown actor', () => {
    const target = { kind: 'actor', actorId: 'a1', mentionIndex: 0 } as const;
    const content = cardView(sampleState({ card: { target, rect: RECT } }))?.view.content;
    expect(content).toMatchObject({ kind: 'actor', alsoIn: null, notes: null });
    expect(cardView(sampleState({ card: { target: { ...target, actorId: 'nobody' }, rect: RECT } }))).toBeNull();
  });

  it('draws an event card with its actors by name and the event notes on its words', () => {
    const { session } = stubNotesSession();
    const card = cardView(sampleState({ notes: session, card: { target: { kind: 'event', eventId: 'e1' }, rect: RECT } }));
    expect(card?.view.content).toEqual({
      kind: 'event',
      eventId: 'e1',
      what: 'gesprek in Bakoe',
      date: '2022-10-02',
      cue: '2 oktober',
      resolution: null,
      weekdayMismatch: false,
      actors: [
        { id: 'a1', name: 'W.B. Hoekstra' },
        { id: 'a2', name: 'Europese Commissie' },
      ],
      notes: { subject: 'gesprek in Bakoe', notes: [session.state.page.anchored[1]?.note], documentId: 'kst-1', unavailable: null },
    });
    const other = cardView(sampleState({ notes: session, card: { target: { kind: 'event', eventId: 'e2' }, rect: RECT } }));
    expect(other?.view.content).toMatchObject({
      resolution: 'niet opgelost',
      weekdayMismatch: true,
      notes: { subject: 'volgende week', notes: [] },
    });
  });

  it('draws a citation card, and none for a citation that is not in the report', () => {
    const card = cardView(sampleState({ card: { target: { kind: 'reference', index: 0 }, rect: RECT } }));
    expect(card?.view.content).toEqual({
      kind: 'reference',
      target: 'kst-21501-02-2552',
      text: 'Kamerstukken II 2022/23, 21501-02, nr. 2552',
      url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2552.html',
    });
    expect(cardView(sampleState({ card: { target: { kind: 'reference', index: 3 }, rect: RECT } }))).toBeNull();
  });

  it('draws the note card only when no other card is open and no note is being edited', () => {
    const hit = { notes: [{ note: passageNote('p1'), span: { start: 0, end: 13 } }], rect: RECT };
    const { session } = stubNotesSession(sampleNotesState({ card: hit }));
    expect(cardView(sampleState({ notes: session }))).toEqual({
      view: { surface: 'card', content: { kind: 'notes', notes: [passageNote('p1')], uncertain: [] } },
      rect: RECT,
    });
    const withCard = sampleState({ notes: session, card: { target: { kind: 'reference', index: 0 }, rect: new DOMRect(0, 0, 1, 1) } });
    expect(cardView(withCard)?.view.content.kind).toBe('reference');
    session.state.editor = editorState();
    expect(cardView(sampleState({ notes: session }))).toBeNull();
    expect(cardView(sampleState())).toBeNull();
  });

  it('names the notes on the card that were placed only as a guess, so the card can offer to confirm them', () => {
    const sure = { note: passageNote('p1'), span: { start: 0, end: 13 } };
    const guess = { note: passageNote('p2'), span: { start: 5, end: 20 }, words: 'andere woorden' };
    const state = sampleNotesState({ card: { notes: [sure, guess], rect: RECT } });
    state.page = { anchored: [sure], uncertain: [guess], orphans: [] };
    const { session } = stubNotesSession(state);
    expect(cardView(sampleState({ notes: session }))?.view.content).toEqual({
      kind: 'notes',
      notes: [passageNote('p1'), passageNote('p2')],
      uncertain: ['p2'],
    });
  });
});

function editorState(over: Partial<EditorState> = {}): EditorState {
  return {
    note: passageNote('p1', 'kst-1', { text: 'Half af', tags: ['kaukasus'] }),
    label: 'Notitie bij de tekst',
    quote: 'passage p1',
    saved: { text: 'Oud', tags: [] },
    error: null,
    draftError: null,
    saving: false,
    rect: RECT,
    key: 'p1:1',
    ...over,
  };
}

describe('editorView and noticeView', () => {
  it('give null without notes, an editor or a notice', () => {
    expect(editorView(null)).toBeNull();
    expect(editorView(sampleNotesState())).toBeNull();
    expect(noticeView(null)).toBeNull();
    expect(noticeView(sampleNotesState())).toBeNull();
  });

  it('draw the editor from the note being edited and what was saved', () => {
    expect(editorView(sampleNotesState({ editor: editorState({ draftError: 'Concept niet bewaard.' }) }))).toEqual({
      view: {
        surface: 'editor',
        key: 'p1:1',
        label: 'Notitie bij de tekst',
        quote: 'passage p1',
        initialText: 'Half af',
        initialTags: ['kaukasus'],
        savedText: 'Oud',
        savedTags: [],
        knownTags: ['kaukasus'],
        error: 'Concept niet bewaard.',
        saving: false,
      },
      rect: RECT,
    });
    const failed = editorView(
      sampleNotesState({ editor: editorState({ error: 'Opslaan mislukt.', draftError: 'Concept niet bewaard.', saving: true }) }),
    );
    expect(failed?.view).toMatchObject({ error: 'Opslaan mislukt.', saving: true });
  });

  it('offer undo in the notice only when there is a note to bring back', () => {
    expect(noticeView(sampleNotesState({ notice: { message: 'Notitie verwijderd.', undo: passageNote('p1') } }))).toEqual({
      surface: 'notice',
      message: 'Notitie verwijderd.',
      canUndo: true,
    });
    expect(noticeView(sampleNotesState({ notice: { message: 'Mislukt.', undo: null } }))?.canUndo).toBe(false);
  });
});

describe('placements', () => {
  const onScreen = (place: PlacedStyle) => {
    const [left, top, width, height] = [px(place.left), px(place.top), px(place.width), px(place.height)];
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(left + width).toBeLessThanOrEqual(window.innerWidth);
    expect(top + height).toBeLessThanOrEqual(window.innerHeight);
  };

  it('keeps a card beside a mention on screen, at any corner of the window', () => {
    const { innerWidth: w, innerHeight: h } = window;
    for (const rect of [new DOMRect(w - 20, h - 10, 60, 16), new DOMRect(-50, -5, 30, 16), new DOMRect(w / 2, h / 2, 40, 16)])
      for (const height of [null, 120, 360]) onScreen(besideRect(rect)(height));
    const below = besideRect(new DOMRect(100, 50, 40, 16))(120);
    expect(px(below.top)).toBeGreaterThan(66); // below the mention, not over it
    expect(px(below.height)).toBe(120);
  });

  // A bug once: with the panel docked, a card by a mention near the text's right edge lay under the panel.
  it('keeps a card out of the room the page made for the docked panel or the sheet', () => {
    const root = document.documentElement;
    const { innerWidth: w, innerHeight: h } = window;
    try {
      root.style.marginRight = '400px';
      const right = besideRect(new DOMRect(w - 420, h / 2, 60, 16))(200);
      expect(px(right.left) + px(right.width)).toBeLessThanOrEqual(w - 400);
      root.style.marginRight = '';
      root.style.marginBottom = '300px';
      const low = besideRect(new DOMRect(100, h - 320, 60, 16))(120);
      expect(px(low.top) + px(low.height)).toBeLessThanOrEqual(h - 300);
    } finally {
      root.style.marginRight = '';
      root.style.marginBottom = '';
    }
  });

  // A bug once: above a mention the top was set for a typical card (360px), so taller content ran
  // over the mention and off the window's bottom, and a short card floated far above its mention.
  it('keeps a card taller than a typical one on screen above a mention near the bottom', () => {
    const rect = new DOMRect(100, window.innerHeight - 30, 60, 16);
    const tall = besideRect(rect)(500);
    onScreen(tall);
    expect(px(tall.top) + px(tall.height)).toBeLessThanOrEqual(rect.top); // not over the mention
    const short = besideRect(new DOMRect(100, window.innerHeight - 30, 60, 16))(120);
    expect(rect.top - (px(short.top) + px(short.height))).toBe(8); // the gap, no more
  });

  it('keeps a card on the side it was shown on when it grows', () => {
    const rect = new DOMRect(100, window.innerHeight / 2 - 40, 60, 16);
    const place = besideRect(rect);
    const first = place(100);
    expect(px(first.top) + px(first.height)).toBeLessThan(rect.top); // above
    const grown = place(window.innerHeight / 2); // would fit below, not above
    expect(px(grown.top) + px(grown.height)).toBe(px(first.top) + px(first.height));
    onScreen(grown);
  });

  it('shows a hover card below its mention at once; above it, or the editor, only once measured', () => {
    const below = new DOMRect(100, 50, 40, 16);
    expect(besideRect(below, { atOnce: true })(null).waitForHeight).toBe(false);
    expect(besideRect(below)(null).waitForHeight).toBe(true); // the editor
    const above = new DOMRect(100, window.innerHeight - 30, 40, 16);
    expect(besideRect(above, { atOnce: true })(null).waitForHeight).toBe(true);
    expect(besideRect(above, { atOnce: true })(200).waitForHeight).toBe(false);
    expect(nearBottom()(null).waitForHeight).toBe(true);
  });

  it('caps the height at the room there is, and centres a card without a mention', () => {
    const tall = besideRect(new DOMRect(100, 50, 40, 16))(100_000);
    expect(px(tall.height)).toBeLessThan(window.innerHeight);
    onScreen(tall);
    const centred = besideRect(null)(200);
    expect(px(centred.left) * 2 + px(centred.width)).toBeCloseTo(window.innerWidth, 0);
    onScreen(centred);
  });

  it('puts the notice near the bottom and the panel at the right edge', () => {
    const notice = nearBottom()(48);
    expect(px(notice.top) + 48).toBe(window.innerHeight - 24);
    onScreen(notice);
    expect(atRightEdge(null)).toMatchObject({ right: '0', top: '0', height: '100vh' });
  });

  // A bug once: with a 24 px default font the cards' content (in rem) was cut to a 352 px frame.
  it("sizes a card and the notice in em of the reader's default font, within the window", () => {
    const { innerWidth: w } = window;
    const mention = new DOMRect(20, 50, 40, 16);
    expect(px(besideRect(mention)(120).width)).toBe(Math.min(CARD_EMS * 16, w - 16));
    expect(px(besideRect(mention, { em: 24 })(120).width)).toBe(Math.min(CARD_EMS * 24, w - 16));
    expect(px(nearBottom(24)(48).width)).toBe(Math.min(NOTICE_EMS * 24, w - 16));
    onScreen(besideRect(mention, { em: 48 })(120));
  });
});
