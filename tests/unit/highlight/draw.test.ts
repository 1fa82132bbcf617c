// Drawing: ranges from TextIndex offsets across elements, one Highlight per kind in CSS.highlights,
// the ::highlight() rules in an adopted stylesheet, the page's DOM untouched, sliced building.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawHighlights, drawHighlightsAsync, startDrawing } from '@/lib/highlight/draw-highlights';
import { targetKey } from '@/lib/highlight/kinds';
import { HIGHLIGHT_KINDS } from '@/lib/highlight/kinds';
import { mentionRange, rangeFactory, toLiveRange } from '@/lib/highlight/ranges';
import { highlightCss, LOOKS } from '@/lib/highlight/styles';
import { buildReport } from '@/lib/report/build-report';
import { readPage } from '@/lib/page/read-page';
import type { Report } from '@/lib/model/report';
import { buildTextIndex, type TextIndex } from '@/lib/page/text-index';
import { FIXTURES } from '@/tests/unit/helpers';
import { FakeHighlight, FakeStaticRange, installHighlightApi, type FakeRegistry } from './stubs';

let registry: FakeRegistry;
let uninstall: () => void;
// What each sheet was given (happy-dom's CSS parser drops ::highlight() rules).
const sheetTexts = new WeakMap<CSSStyleSheet, string>();
const replaceSync = CSSStyleSheet.prototype.replaceSync;

beforeEach(() => {
  vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (this: CSSStyleSheet, text: string) {
    sheetTexts.set(this, text);
    replaceSync.call(this, text);
  });
  ({ registry, uninstall } = installHighlightApi());
  document.adoptedStyleSheets = [];
});

afterEach(() => {
  vi.restoreAllMocks();
  uninstall();
  document.body.innerHTML = '';
});

function mount(inner: string): TextIndex {
  document.body.innerHTML = `<main>${inner}</main>`;
  return buildTextIndex(document.querySelector('main') as Element);
}

// Soft hyphen, zero-width space, non-joiner and joiner, word joiner, BOM: each removed on its own.
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;

// The text a range covers as the reader sees it: white space collapsed, invisible characters gone.
function seen(range: AbstractRange | null): string | null {
  if (!range) return null;
  const live = toLiveRange(range);
  return live
    ? live
        .toString()
        .replace(INVISIBLE, '')
        .replace(/[\s\u00a0]+/g, ' ')
    : null;
}

const at = (index: TextIndex, word: string): [number, number] => {
  const start = index.text.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${index.text}`);
  return [start, start + word.length];
};

describe('mentionRange', () => {
  const make = () => rangeFactory(document);

  it('spans elements: a name split over <b> and a text node is one range', () => {
    const index = mount('<p>Volgens <b>Toivo</b> Klaar, Speciaal <i>Verte</i>genwoordiger.</p>');
    const [s, e] = at(index, 'Toivo Klaar');
    const range = mentionRange(index, s, e, make());
    expect(range).toBeInstanceOf(FakeStaticRange);
    expect(range?.startContainer.textContent).toBe('Toivo');
    expect(range?.startOffset).toBe(0);
    expect(range?.endContainer.textContent).toBe(' Klaar, Speciaal ');
    expect(range?.endOffset).toBe(6);
    expect(seen(range)).toBe('Toivo Klaar');
    const [s2, e2] = at(index, 'Vertegenwoordiger');
    expect(seen(mentionRange(index, s2, e2, make()))).toBe('Vertegenwoordiger');
  });

  it('maps collapsed white space, no-break spaces and soft hyphens back exactly', () => {
    const index = mount('<p>de   Minister\u00a0van Buiten\u00adlandse\n   Zaken zei</p>');
    expect(index.text).toBe('de Minister van Buitenlandse Zaken zei');
    const [s, e] = at(index, 'Minister van Buitenlandse Zaken');
    const range = mentionRange(index, s, e, make());
    expect(seen(range)).toBe('Minister van Buiten\u00adlandse Zaken'.replace('\u00ad', ''));
    expect(range?.startOffset).toBe(5);
  });

  it('skips footnote numbers inside a mention and stops before a block break', () => {
    const index = mount('<p>Den Haag<sup><a href="#n1">1</a></sup></p><p>Armenië</p>');
    expect(index.text).toBe('Den Haag\nArmenië');
    const [s, e] = at(index, 'Den Haag');
    expect(seen(mentionRange(index, s, e, make()))).toBe('Den Haag');
    // A stretch across the synthetic newline ends in the first paragraph and starts in the second.
    const across = mentionRange(index, s, index.text.length, make());
    expect(across?.startContainer.textContent).toBe('Den Haag');
    expect(across?.endContainer.textContent).toBe('Armenië');
  });

  it('gives null for empty, inverted, out-of-range or purely synthetic stretches', () => {
    const index = mount('<p>Een</p><p>Twee</p>');
    const nl = index.text.indexOf('\n');
    expect(mentionRange(index, 2, 2, make())).toBeNull();
    expect(mentionRange(index, 3, 1, make())).toBeNull();
    expect(mentionRange(index, 0, 999, make())).toBeNull();
    expect(mentionRange(index, -1, 2, make())).toBeNull();
    expect(mentionRange(index, nl, nl + 1, make())).toBeNull();
  });

  it('falls back to live Ranges where StaticRange is missing', () => {
    uninstall();
    const index = mount('<p>Klaar</p>');
    const range = mentionRange(index, 0, 5, rangeFactory(document));
    expect(range).toBeInstanceOf(Range);
    ({ registry, uninstall } = installHighlightApi());
  });
});

function tinyReport(index: TextIndex): Pick<Report, 'actors' | 'events' | 'references'> {
  const m = (word: string) => {
    const [start, end] = at(index, word);
    return { start, end, text: word };
  };
  return {
    actors: [
      { id: 'a1', name: 'Toivo Klaar', type: 'person', aliases: [], roles: [], mentions: [m('Toivo Klaar')] },
      {
        id: 'a2',
        name: 'Minister van Buitenlandse Zaken',
        type: 'office',
        aliases: [],
        roles: [],
        mentions: [m('Minister van Buitenlandse Zaken')],
      },
      { id: 'a3', name: 'EU', type: 'organisation', aliases: [], roles: [], mentions: [m('EU')] },
      { id: 'a4', name: 'Den Haag', type: 'location', aliases: [], roles: [], mentions: [m('Den Haag')] },
    ],
    events: [{ id: 'e1', date: '2022-10-02', cue: '2 oktober jl.', what: 'bericht', actors: ['a1'], mention: m('2 oktober jl.') }],
    references: [
      {
        text: 'Kamerstuk 21 501-02, nr. 2535',
        target: 'kst-21501-02-2535',
        url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2535.html',
        mention: m('Kamerstuk 21 501-02, nr. 2535'),
      },
    ],
  };
}

const LETTER =
  '<p>Den Haag, 2 oktober jl. schreef <b>Toivo</b> Klaar aan de Minister van Buitenlandse Zaken over de EU (Kamerstuk 21 501-02, nr. 2535).</p>';

describe('drawHighlights', () => {
  it('registers one Highlight per kind under kantlijn-… and adopts one stylesheet, without touching the DOM', () => {
    const index = mount(LETTER);
    const before = document.documentElement.outerHTML;
    const drawing = drawHighlights(index, tinyReport(index));
    expect([...registry.keys()].sort()).toEqual(HIGHLIGHT_KINDS.map((k) => `kantlijn-${k}`).sort());
    for (const h of registry.values()) expect(h).toBeInstanceOf(FakeHighlight);
    expect(registry.get('kantlijn-person')?.size).toBe(1);
    expect(seen([...(registry.get('kantlijn-person') as FakeHighlight)][0] ?? null)).toBe('Toivo Klaar');
    expect(seen([...(registry.get('kantlijn-reference') as FakeHighlight)][0] ?? null)).toBe('Kamerstuk 21 501-02, nr. 2535');
    expect(drawing.supported).toBe(true);
    expect(drawing.mentions).toHaveLength(6);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(sheetTexts.get(document.adoptedStyleSheets[0] as CSSStyleSheet)).toBe(highlightCss());
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.querySelectorAll('style')).toHaveLength(0);

    drawing.dispose();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    drawing.dispose(); // idempotent
  });

  it('keeps the page’s own adopted sheets and highlights', () => {
    const index = mount(LETTER);
    const theirs = new CSSStyleSheet();
    document.adoptedStyleSheets = [theirs];
    const siteHighlight = new FakeHighlight();
    registry.set('site-search', siteHighlight);
    const drawing = drawHighlights(index, tinyReport(index));
    expect(document.adoptedStyleSheets).toHaveLength(2);
    drawing.dispose();
    expect(document.adoptedStyleSheets).toEqual([theirs]);
    expect([...registry.keys()]).toEqual(['site-search']);
  });

  it('puts its sheet back when the page replaced the adopted sheets meanwhile', () => {
    const index = mount(LETTER);
    const first = drawHighlights(index, tinyReport(index));
    document.adoptedStyleSheets = [];
    const second = drawHighlights(index, tinyReport(index));
    expect(document.adoptedStyleSheets).toHaveLength(1);
    first.dispose();
    expect(document.adoptedStyleSheets).toHaveLength(1);
    second.dispose();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('turns kinds on and off without rebuilding ranges, from a list or a settings record', () => {
    const index = mount(LETTER);
    const drawing = drawHighlights(index, tinyReport(index), ['person', 'event']);
    expect([...registry.keys()].sort()).toEqual(['kantlijn-event', 'kantlijn-person']);
    const person = registry.get('kantlijn-person');
    drawing.setKinds({ person: false, event: true, reference: true });
    expect([...registry.keys()].sort()).toEqual(['kantlijn-event', 'kantlijn-reference']);
    expect(drawing.isShown('person')).toBe(false);
    drawing.setKinds(['person']);
    expect(registry.get('kantlijn-person')).toBe(person);
    expect([...drawing.kinds]).toEqual(['person']);
    drawing.dispose();
    drawing.setKinds(['event']); // after dispose: nothing comes back
    expect(registry.size).toBe(0);
  });

  it('finds a target’s mention and range', () => {
    const index = mount(LETTER);
    const drawing = drawHighlights(index, tinyReport(index));
    expect(seen(drawing.rangeOf({ kind: 'actor', actorId: 'a1', mentionIndex: 0 }))).toBe('Toivo Klaar');
    expect(seen(drawing.rangeOf({ kind: 'event', eventId: 'e1' }))).toBe('2 oktober jl.');
    expect(drawing.mentionOf({ kind: 'reference', index: 0 })?.kind).toBe('reference');
    expect(drawing.mentionOf({ kind: 'actor', actorId: 'a1', mentionIndex: 7 })).toBeNull();
    drawing.dispose();
  });

  it('still builds ranges (for hit-testing and scrolling) where CSS.highlights is missing', () => {
    uninstall();
    const index = mount(LETTER);
    const drawing = drawHighlights(index, tinyReport(index));
    expect(drawing.supported).toBe(false);
    expect(seen(drawing.rangeOf({ kind: 'actor', actorId: 'a1', mentionIndex: 0 }))).toBe('Toivo Klaar');
    expect(document.adoptedStyleSheets).toHaveLength(0);
    drawing.dispose();
    ({ registry, uninstall } = installHighlightApi());
  });
});

describe('drawHighlightsAsync', () => {
  it('builds in slices, yielding in between, and registers only at the end', async () => {
    const inner = Array.from({ length: 400 }, (_, i) => `<p>Alinea ${i}: ${LETTER.slice(3, -4)}</p>`).join('');
    const index = mount(inner);
    const one = tinyReport(index);
    // Every paragraph's mentions, 6 × 400.
    const all: Pick<Report, 'actors' | 'events' | 'references'> = { actors: [], events: [], references: [] };
    let from = 0;
    for (let p = 0; p < 400; p++) {
      const base = index.text.indexOf(`Alinea ${p}:`, from);
      from = base + 1;
      const shift = base + `Alinea ${p}: `.length - (index.text.indexOf('Alinea 0:') + 'Alinea 0: '.length);
      const move = (x: { start: number; end: number; text: string }) => ({ ...x, start: x.start + shift, end: x.end + shift });
      for (const a of one.actors) all.actors.push({ ...a, id: `${a.id}-${p}`, mentions: a.mentions.map(move) });
      for (const e of one.events) all.events.push({ ...e, id: `${e.id}-${p}`, mention: move(e.mention) });
      for (const r of one.references) all.references.push({ ...r, mention: move(r.mention) });
    }
    let yields = 0;
    let registeredDuring = 0;
    const drawing = await drawHighlightsAsync(index, all, {
      sliceMs: 0, // a slice is 64 mentions at least
      yieldToMain: async () => {
        yields++;
        registeredDuring = Math.max(registeredDuring, registry.size);
      },
    });
    expect(yields).toBeGreaterThanOrEqual(2400 / 64);
    expect(registeredDuring).toBe(0);
    expect(registry.size).toBe(6);
    expect(registry.get('kantlijn-person')?.size).toBe(400);
    expect(drawing.mentions.every((x) => x.range !== null)).toBe(true);
    expect(seen(drawing.rangeOf({ kind: 'actor', actorId: 'a1-399', mentionIndex: 0 }))).toBe('Toivo Klaar');
    drawing.dispose();
  });

  it('stops when aborted, rejecting with the reason and leaving nothing drawn', async () => {
    const index = mount(LETTER.repeat(200));
    const controller = new AbortController();
    const report = tinyReport(index);
    const big = {
      ...report,
      actors: report.actors.map((a) => ({
        ...a,
        mentions: Array.from({ length: 500 }, () => a.mentions[0] as { start: number; end: number; text: string }),
      })),
    };
    let yields = 0;
    const done = drawHighlightsAsync(index, big, {
      sliceMs: 0,
      signal: controller.signal,
      yieldToMain: async () => {
        if (++yields === 3) controller.abort(new Error('page left'));
      },
    });
    await expect(done).rejects.toThrow('page left');
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('disposes itself when the signal aborts after drawing', async () => {
    const index = mount(LETTER);
    const controller = new AbortController();
    await drawHighlightsAsync(index, tinyReport(index), { signal: controller.signal, kinds: ['person'] });
    expect([...registry.keys()]).toEqual(['kantlijn-person']);
    controller.abort();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('startDrawing', () => {
  // The order of the drawn mentions, with what each stands for.
  const order = (mentions: readonly { start: number; end: number; kind: string; target: Parameters<typeof targetKey>[0] }[]) =>
    mentions.map((m) => `${m.start}-${m.end} ${m.kind} ${targetKey(m.target)}`);

  it('begun with the actors and completed with the rest, draws what drawing it all at once draws, in the same order', async () => {
    const index = mount(LETTER.repeat(3));
    const one = tinyReport(index);
    // An event and a citation over the very words of an actor's mention: they follow it, as a stable sort of all puts them.
    const klaar = one.actors[0]?.mentions[0] as { start: number; end: number; text: string };
    const report = {
      ...one,
      events: [...one.events, { ...(one.events[0] as Report['events'][number]), id: 'e9', mention: { ...klaar } }],
      references: [...one.references, { ...(one.references[0] as Report['references'][number]), mention: { ...klaar } }],
    };
    const whole = drawHighlights(index, report);
    const expected = order(whole.mentions);
    whole.dispose();
    let yields = 0;
    const start = startDrawing(index, report.actors, { sliceMs: 0, yieldToMain: async () => void yields++ });
    await new Promise((r) => setTimeout(r, 0)); // the actors are prepared meanwhile, nothing registered yet
    expect(registry.size).toBe(0);
    const drawing = await start.complete(report);
    expect(order(drawing.mentions)).toEqual(expected);
    const at = (kind: string, target: Parameters<typeof targetKey>[0]) =>
      expected.indexOf(`${klaar.start}-${klaar.end} ${kind} ${targetKey(target)}`);
    expect(at('event', { kind: 'event', eventId: 'e9' })).toBeGreaterThan(at('person', { kind: 'actor', actorId: 'a1', mentionIndex: 0 }));
    expect(at('person', { kind: 'actor', actorId: 'a1', mentionIndex: 0 })).toBeGreaterThanOrEqual(0);
    expect(registry.size).toBe(6);
    drawing.dispose();
  });

  it('refuses a report with other actors', async () => {
    const index = mount(LETTER);
    const report = tinyReport(index);
    const start = startDrawing(index, report.actors);
    await expect(start.complete({ ...report, actors: [...report.actors] })).rejects.toThrow('other actors');
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('lets go of the styles when aborted before it is completed', async () => {
    const index = mount(LETTER);
    const controller = new AbortController();
    const report = tinyReport(index);
    const start = startDrawing(index, report.actors, { signal: controller.signal });
    expect(document.adoptedStyleSheets).toHaveLength(1);
    controller.abort(new Error('read again'));
    expect(document.adoptedStyleSheets).toHaveLength(0);
    await expect(start.complete(report)).rejects.toThrow('read again');
    expect(registry.size).toBe(0);
    const late = startDrawing(index, report.actors, { signal: controller.signal }); // begun after the abort: nothing held
    expect(document.adoptedStyleSheets).toHaveLength(0);
    await expect(late.complete(report)).rejects.toThrow('read again');
  });
});

describe('the bundled letter', () => {
  it('every mention of the report becomes a range over exactly its text', () => {
    const html = readFileSync(join(FIXTURES, 'pages', 'kst-21501-02-2553.html'), 'utf8');
    document.documentElement.innerHTML = html.replace(/^<!doctype[^>]*>/i, '').replace(/<script[\s\S]*?<\/script>/gi, '');
    const url = 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html';
    const reading = readPage(document, url);
    const report = buildReport({ url, document: reading.document, index: reading.index });
    const drawing = drawHighlights(reading.index, report);
    expect(drawing.mentions.length).toBeGreaterThan(50);
    for (const m of drawing.mentions) {
      const text = reading.index.text.slice(m.start, m.end);
      expect(seen(m.range)).toBe(text.replace(/\n/g, ''));
    }
    const klaar = report.actors.find((a) => a.name === 'Toivo Klaar');
    expect(klaar?.mentions.length).toBeGreaterThan(1);
    expect(registry.get('kantlijn-person')?.size).toBe(
      report.actors.filter((a) => a.type === 'person').reduce((n, a) => n + a.mentions.length, 0),
    );
    drawing.dispose();
  });
});

describe('styles', () => {
  it('gives every kind its own line style as well as its colour', () => {
    const styles = Object.values(LOOKS).map((l) => `${l.line} ${l.style} ${l.thickness}`);
    expect(new Set(styles).size).toBe(styles.length);
    expect(new Set(Object.values(LOOKS).map((l) => l.color)).size).toBe(styles.length);
    expect(highlightCss()).toContain('::highlight(kantlijn-flash)');
  });

  it('uses line colours with at least 3:1 contrast on white and on black', () => {
    const luminance = (hex: string) => {
      const c = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * (c[0] as number) + 0.7152 * (c[1] as number) + 0.0722 * (c[2] as number);
    };
    for (const [kind, look] of Object.entries(LOOKS)) {
      const l = luminance(look.color);
      expect({ kind, onWhite: 1.05 / (l + 0.05) >= 3, onBlack: (l + 0.05) / 0.05 >= 3 }).toEqual({ kind, onWhite: true, onBlack: true });
    }
  });
});
