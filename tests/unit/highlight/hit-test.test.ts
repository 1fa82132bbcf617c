// Hit-testing on a stubbed layout (a monospace grid over the text, see stubs.ts): caret → text
// offset → binary search → the mention's rects must contain the point.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawHighlights, type Drawing } from '@/lib/highlight/draw-highlights';
import { caretAt, hitTest } from '@/lib/highlight/hit-test';
import type { Report } from '@/lib/model/report';
import { buildTextIndex, type TextIndex } from '@/lib/page/text-index';
import { CHAR_W, installHighlightApi, installLayout, LINE_H, pointOf, type FakeRegistry } from './stubs';

let registry: FakeRegistry;
let undo: Array<() => void> = [];

beforeEach(() => {
  const api = installHighlightApi();
  registry = api.registry;
  undo.push(api.uninstall);
});

afterEach(() => {
  for (const u of undo.reverse()) u();
  undo = [];
  document.body.innerHTML = '';
});

function setUp(inner: string, layout: { caret?: boolean } = {}): { index: TextIndex; drawing: Drawing } {
  document.body.innerHTML = `<main>${inner}</main>`;
  const index = buildTextIndex(document.querySelector('main') as Element);
  undo.push(installLayout(index, layout));
  const m = (word: string, nth = 0) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = index.text.indexOf(word, start + 1);
    return { start, end: start + word.length, text: word };
  };
  const report: Pick<Report, 'actors' | 'events' | 'references'> = {
    actors: [
      { id: 'a1', name: 'Toivo Klaar', type: 'person', aliases: ['Klaar'], roles: [], mentions: [m('Toivo Klaar'), m('Klaar', 1)] },
      { id: 'a2', name: 'Den Haag', type: 'location', aliases: [], roles: [], mentions: [m('Den Haag')] },
    ],
    events: [
      {
        id: 'e1',
        date: '2022-11-23',
        cue: 'Den Haag, 23 november 2022',
        what: 'verzending',
        actors: ['a2'],
        mention: m('Den Haag, 23 november 2022'),
      },
    ],
    references: [],
  };
  const drawing = drawHighlights(index, report);
  undo.push(() => drawing.dispose());
  return { index, drawing };
}

const TEXT = '<p>Den Haag, 23 november 2022</p><p>Volgens <b>Toivo</b> Klaar is het zo.</p><p>Klaar.</p>';

describe('hitTest', () => {
  it('finds the mention under the pointer, through elements, on every character of it', () => {
    const { index, drawing } = setUp(TEXT);
    const start = index.text.indexOf('Toivo');
    for (let i = start; i < start + 'Toivo Klaar'.length; i++) {
      const { x, y } = pointOf(index.text, i);
      expect(drawing.hitTest(x, y)?.mention.target).toEqual({ kind: 'actor', actorId: 'a1', mentionIndex: 0 });
    }
    const { x, y } = pointOf(index.text, index.text.lastIndexOf('Klaar') + 2);
    expect(drawing.hitTest(x, y)?.mention.target).toEqual({ kind: 'actor', actorId: 'a1', mentionIndex: 1 });
  });

  it('returns the rect of the line part under the pointer', () => {
    const { index, drawing } = setUp(TEXT);
    const i = index.text.indexOf('Toivo');
    const { x, y } = pointOf(index.text, i + 1);
    const hit = drawing.hitTest(x, y);
    const line = index.text.slice(0, i).split('\n').length - 1;
    expect(hit?.rect.top).toBe(line * LINE_H);
    expect(hit?.rect.width).toBe('Toivo Klaar'.length * CHAR_W);
  });

  it('prefers the inner mention where mentions nest (a place inside a dated event)', () => {
    const { index, drawing } = setUp(TEXT);
    const inPlace = pointOf(index.text, 2);
    expect(drawing.hitTest(inPlace.x, inPlace.y)?.mention.kind).toBe('location');
    const inDate = pointOf(index.text, index.text.indexOf('november'));
    expect(drawing.hitTest(inDate.x, inDate.y)?.mention.kind).toBe('event');
  });

  it('ignores the words beside a mention and the space beyond the end of a line', () => {
    const { index, drawing } = setUp(TEXT);
    const before = pointOf(index.text, index.text.indexOf('Volgens'));
    expect(drawing.hitTest(before.x, before.y)).toBeNull();
    // Far right of the last line: the caret snaps to the end of "Klaar." but the rects say no.
    const lastLine = index.text.split('\n').length - 1;
    expect(drawing.hitTest(900, lastLine * LINE_H + 8)).toBeNull();
    // Between lines (below the glyphs, in the leading).
    const klaar = pointOf(index.text, index.text.indexOf('Toivo'));
    expect(drawing.hitTest(klaar.x, klaar.y + 11)).toBeNull(); // glyphs end at +8, the line at +12
  });

  it('skips hidden kinds and falls through to an enclosing shown mention', () => {
    const { index, drawing } = setUp(TEXT);
    drawing.setKinds(['event', 'person']);
    const inPlace = pointOf(index.text, 2);
    expect(drawing.hitTest(inPlace.x, inPlace.y)?.mention.kind).toBe('event');
    drawing.setKinds([]);
    expect(drawing.hitTest(inPlace.x, inPlace.y)).toBeNull();
  });

  it('finds nothing after dispose', () => {
    const { index, drawing } = setUp(TEXT);
    const p = pointOf(index.text, 2);
    drawing.dispose();
    expect(drawing.hitTest(p.x, p.y)).toBeNull();
  });

  it('uses highlightsFromPoint only where the caret gives no offset in the text', () => {
    const { index, drawing } = setUp(TEXT, { caret: false });
    const p = pointOf(index.text, index.text.indexOf('Toivo') + 2);
    expect(caretAt(document, p.x, p.y)).toBeNull();
    expect(drawing.hitTest(p.x, p.y)).toBeNull(); // no caret API, no highlightsFromPoint
    const person = drawing.mentions.find((m) => m.kind === 'person');
    const event = drawing.mentions.find((m) => m.kind === 'event');
    let calls = 0;
    registry.highlightsFromPoint = () => {
      calls++;
      return [
        { highlight: registry.get('kantlijn-event') as never, ranges: [event?.range as AbstractRange] },
        { highlight: registry.get('kantlijn-person') as never, ranges: [person?.range as AbstractRange] },
      ];
    };
    expect(drawing.hitTest(p.x, p.y)?.mention.target).toEqual(person?.target);
    expect(calls).toBe(1);
  });

  it('does not call highlightsFromPoint when the caret answered', () => {
    const { index, drawing } = setUp(TEXT);
    let calls = 0;
    registry.highlightsFromPoint = () => {
      calls++;
      return [];
    };
    const p = pointOf(index.text, index.text.indexOf('Toivo'));
    expect(drawing.hitTest(p.x, p.y)).not.toBeNull();
    const q = pointOf(index.text, index.text.indexOf('Volgens'));
    expect(drawing.hitTest(q.x, q.y)).toBeNull();
    expect(calls).toBe(0);
  });

  it('maps a caret in a text node outside the index to no offset, asking highlightsFromPoint there only', () => {
    const { drawing } = setUp(TEXT);
    const outside = document.createTextNode('buiten');
    document.body.append(outside);
    let calls = 0;
    registry.highlightsFromPoint = () => {
      calls++;
      return [];
    };
    const d = document as unknown as { caretPositionFromPoint: () => unknown };
    d.caretPositionFromPoint = () => ({ offsetNode: outside, offset: 2 });
    expect(drawing.hitTest(5, 5)).toBeNull();
    expect(calls).toBe(1);
    // A caret at an element (the UI's host, an image, a margin): nothing of ours there, no fallback.
    d.caretPositionFromPoint = () => ({ offsetNode: document.body, offset: 0 });
    expect(drawing.hitTest(5, 5)).toBeNull();
    d.caretPositionFromPoint = () => null;
    expect(drawing.hitTest(5, 5)).toBeNull();
    expect(calls).toBe(1);
  });

  it('works with caretRangeFromPoint where caretPositionFromPoint is missing', () => {
    const { index } = setUp(TEXT, { caret: false });
    const node = document.querySelector('b')?.firstChild as Text;
    (document as unknown as { caretRangeFromPoint: () => unknown }).caretRangeFromPoint = () => ({ startContainer: node, startOffset: 3 });
    undo.push(() => delete (document as unknown as { caretRangeFromPoint?: unknown }).caretRangeFromPoint);
    expect(caretAt(document, 0, 0)).toEqual({ node, offset: 3 });
    expect(index.text.indexOf('Toivo')).toBeGreaterThan(0);
  });

  it('is a function of the source alone (hitTest without a Drawing)', () => {
    const { index, drawing } = setUp(TEXT);
    const p = pointOf(index.text, index.text.indexOf('Klaar'));
    const source = {
      document,
      index,
      table: {
        items: drawing.mentions,
        starts: Int32Array.from(drawing.mentions.map((m) => m.start)),
        maxEnd: Int32Array.from(drawing.mentions.map((_, i, all) => Math.max(...all.slice(0, i + 1).map((m) => m.end)))),
      },
      isShown: () => true,
    };
    expect(hitTest(source, p.x, p.y)?.mention.target).toEqual({ kind: 'actor', actorId: 'a1', mentionIndex: 0 });
  });
});

describe('rectOf', () => {
  it('gives the first line rect of a target’s mention', () => {
    const { index, drawing } = setUp(TEXT);
    const rect = drawing.rectOf({ kind: 'actor', actorId: 'a1', mentionIndex: 1 });
    const p = pointOf(index.text, index.text.lastIndexOf('Klaar'));
    expect(rect?.left).toBe(p.x - CHAR_W / 2);
    expect(rect?.width).toBe(5 * CHAR_W);
    expect(drawing.rectOf({ kind: 'event', eventId: 'nope' })).toBeNull();
  });
});
