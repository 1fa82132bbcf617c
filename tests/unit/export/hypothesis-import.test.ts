// Hypothesis files — the client's export, an API search answer, single annotations and plain lists
// of them (real-shaped fixtures in tests/fixtures/hypothesis) — read into notes, with every
// annotation that is not imported named with its reason, and the format named in the preview.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '@/components/library/ImportPanel';
import type { LibrarySource } from '@/components/library/library-source';
import { BACKUP_FORMAT, BACKUP_VERSION, parseImport, type ImportPreview, type ParsedImport } from '@/lib/export';
import { hypothesisFileOf } from '@/lib/export/hypothesis-shape';
import { formatLine } from '@/lib/export/import-preview';
import { hypothesisToNote } from '@/lib/export/parse-hypothesis';
import type { Note } from '@/lib/notes/note';
import { freshDb } from './fixtures';
import { importText, previewOf } from './import-helpers';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'hypothesis');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
type Json = Record<string, unknown>;

const EXPORT = fixture('export.json');
const SEARCH = fixture('search.json');
const SINGLE = fixture('annotation.json');
const SITE = 'https://zoek.officielebekendmakingen.nl/';
const NOT_SHAPE = 'Dit bestand is JSON, maar geen back-up van Kantlijn, geen W3C Web Annotation-bestand en geen Hypothesis-export.';

async function parsed(text: string, now?: number): Promise<ParsedImport> {
  const outcome = await parseImport(text, { yieldTo: false, ...(now === undefined ? {} : { now }) });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.parsed;
}

function noteOn(result: ParsedImport, exact: string): Note {
  const note = result.notes.find((n) => n.selectors?.quote.exact.startsWith(exact));
  if (!note) throw new Error(`no note on “${exact}”`);
  return note;
}

/** A well-formed annotation on the letter, to vary field by field. */
function annotation(over: Json = {}): Json {
  return {
    id: 'Nn1aBcDeEe2fGhIjKlMnOp',
    created: '2024-11-04T15:02:11.418203+00:00',
    updated: '2024-11-04T15:02:11.418203+00:00',
    user: 'acct:lezer@hypothes.is',
    uri: `${SITE}kst-21501-02-2553.html`,
    text: 'Zie de toezegging.',
    tags: ['toezegging'],
    group: '__world__',
    permissions: { read: ['group:__world__'], admin: [], update: [], delete: [] },
    target: [
      {
        source: `${SITE}kst-21501-02-2553.html`,
        selector: [
          { type: 'TextPositionSelector', start: 2100, end: 2118 },
          { type: 'TextQuoteSelector', exact: 'onderzoek nauwkeurig', prefix: 'het ', suffix: ' zal volgen' },
        ],
      },
    ],
    document: { title: ['Kamerstuk 21501-02, nr. 2553 | Overheid.nl > Officiële bekendmakingen'] },
    links: {},
    flagged: false,
    hidden: false,
    ...over,
  };
}

describe('the Hypothesis client’s export file', () => {
  it('is recognised and counted: 9 annotations, 4 notes, 3 on other sites, 5 named with their reason', async () => {
    const result = await parsed(EXPORT);
    expect(result.kind).toBe('hypothesis');
    expect(result.source).toEqual({ format: 'hypothesis-export', items: 9, otherSites: 3 });
    expect(result.notes).toHaveLength(4);
    expect(result.invalidCounts.annotation).toBe(5);
    expect(result.invalid.map((r) => r.message)).toEqual([
      'Annotatie 3: een notitie bij de hele pagina, zonder geciteerde passage: Kantlijn bewaart notities bij een passage',
      'Annotatie 4: een antwoord op een andere annotatie: Kantlijn bewaart geen gesprekken',
      'Annotatie 6: ‘https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z23072&did=2022D50107’ is geen publicatie op zoek.officielebekendmakingen.nl',
      // The address cut at 200 characters, as every reason quotes one.
      expect.stringMatching(/^Annotatie 7: ‘https:\/\/www\.rijksoverheid\.nl\/binaries\/.{150,}’ is geen publicatie/),
      expect.stringMatching(/^Annotatie 8: ‘https:\/\/www\.volkskrant\.nl\/.+’ is geen publicatie/),
    ]);
    expect(result.invalid.map((r) => r.id)).toEqual([
      'q1Wf8PiQEe2xJ2e6m0RX4Q',
      'zX0cAPiSEe2b0x9lWQ8yvA',
      'E4rT6KFAEe2Qx5cXbKp3Lw',
      'Gm2xQKFBEe2cO3Zr7tV0eg',
      'Hs9vYKFCEe2pJ1tZ4wN8sQ',
    ]);
  });

  it('keeps the text, tags, times, title and the quote with its context and position; the RangeSelector is passed by', async () => {
    const note = noteOn(await parsed(EXPORT), 'de Azerbeidzjaanse ambassadeur laten weten');
    expect(note).toMatchObject({
      subject: 'passage',
      text: 'Toezegging uit het commissiedebat van 13 oktober: **volgen** de Kamer hierover nog? Zie ook [het verslag](https://www.tweedekamer.nl/kamerstukken/commissieverslagen).',
      tags: ['Azerbeidzjan', 'toezegging'],
      documentId: 'kst-21501-02-2553',
      url: `${SITE}kst-21501-02-2553.html`,
      documentTitle: 'Kamerstuk 21501-02, nr. 2553',
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'de Azerbeidzjaanse ambassadeur laten weten',
          prefix: 'idzjan. Daarbij heeft Nederland ',
          suffix: ' dat Nederland, samen met zijn i',
        },
        position: { type: 'TextPositionSelector', start: 4177, end: 4219 },
      },
      created: Date.UTC(2024, 10, 4, 15, 2, 11, 418),
      updated: Date.UTC(2024, 10, 6, 8, 47, 30, 95),
      actorKey: null,
      eventDate: null,
    });
  });

  it('imports a highlight without text or tags as a passage note with empty text', async () => {
    const note = noteOn(await parsed(EXPORT), 'Alle mogelijke schendingen');
    expect(note.text).toBe('');
    expect(note.tags).toEqual([]);
    expect(note.selectors?.quote.exact).toBe('Alle mogelijke schendingen van het internationaal oorlogsrecht dienen onderzocht te worden.');
  });

  it('reads the publication from an address with the search’s query, and takes an http address of the site as https', async () => {
    const result = await parsed(EXPORT);
    const fromSearch = noteOn(result, 'Onder current affairs');
    expect(fromSearch.documentId).toBe('kst-21501-02-2602');
    expect(fromSearch.url).toMatch(/^https:\/\/zoek\.officielebekendmakingen\.nl\/kst-21501-02-2602\.html\?zoekcriteria=/);
    expect(fromSearch.tags).toEqual(['RBZ', 'Azerbeidzjan']);
    const overHttp = noteOn(result, 'heb ik toegezegd');
    expect(overHttp.url).toBe(`${SITE}kst-21501-02-2553.html`);
  });

  it('gives each annotation the same note id on every import, and different annotations different ids', async () => {
    const first = (await parsed(EXPORT)).notes.map((n) => n.id);
    const again = (await parsed(EXPORT)).notes.map((n) => n.id);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const id of first) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('dates an annotation without times by the export’s date, and one outside an export by the import', async () => {
    const { created: _c, updated: _u, ...undated } = annotation();
    const inExport = await parsed(
      JSON.stringify({ export_date: '2025-03-14T09:21:45.126Z', client_version: '1.1580.0', annotations: [undated] }),
    );
    expect(inExport.notes[0]?.created).toBe(Date.UTC(2025, 2, 14, 9, 21, 45, 126));
    const now = Date.UTC(2026, 0, 5);
    const alone = await parsed(JSON.stringify(undated), now);
    expect(alone.notes[0]?.created).toBe(now);
    expect(alone.notes[0]?.updated).toBe(now);
  });
});

describe('an API search answer and single annotations', () => {
  it('reads the rows of a search answer and names the replies listed beside them', async () => {
    const result = await parsed(SEARCH);
    expect(result.source).toEqual({ format: 'hypothesis-search', items: 3, otherSites: 1 });
    expect(result.notes.map((n) => [n.selectors?.quote.exact.slice(0, 30), n.tags])).toEqual([
      ['de gebeurtenissen in de video ', ['Azerbeidzjan', 'opvolging']],
    ]);
    expect(result.invalid.map((r) => r.message)).toEqual([
      'Annotatie 2: ‘https://euobserver.com/world/156203’ is geen publicatie op zoek.officielebekendmakingen.nl',
      'Annotatie 3: een antwoord op een andere annotatie: Kantlijn bewaart geen gesprekken',
    ]);
  });

  it('reads one annotation as the API gives it', async () => {
    const result = await parsed(SINGLE);
    expect(result.source).toEqual({ format: 'hypothesis-annotations', items: 1, otherSites: 0 });
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({
      documentId: 'kst-21501-02-2602',
      tags: ['IAEA'],
      documentTitle: 'Kamerstuk 21501-02, nr. 2602',
    });
  });

  it('reads a plain list of annotations as the export reads them, to the same notes', async () => {
    const list = (JSON.parse(EXPORT) as { annotations: unknown[] }).annotations;
    const fromList = await parsed(JSON.stringify(list));
    expect(fromList.source).toEqual({ format: 'hypothesis-annotations', items: 9, otherSites: 3 });
    expect(fromList.notes).toEqual((await parsed(EXPORT)).notes);
  });

  it('leaves a W3C annotation to the W3C reader, and refuses JSON of no format Kantlijn reads', async () => {
    const w3c = {
      type: 'Annotation',
      target: { source: `${SITE}kst-21501-02-2553.html`, selector: { type: 'TextQuoteSelector', exact: 'video' } },
    };
    expect((await parsed(JSON.stringify(w3c))).kind).toBe('web-annotation');
    for (const other of [
      { foo: 1 },
      { rows: [annotation()] },
      { total: 3 },
      [1, 2],
      { annotations: [annotation()] },
      { uri: SITE, target: 'x' },
    ]) {
      expect(await parseImport(JSON.stringify(other), { yieldTo: false })).toEqual({ ok: false, error: NOT_SHAPE });
    }
  });

  it('refuses a file with more annotations than the limit before reading any', async () => {
    const outcome = await parseImport(SEARCH, { yieldTo: false, maxItems: 2 });
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining('3') });
  });
});

describe('annotations Kantlijn cannot take', () => {
  it('gives each malformed annotation its reason, never an exception', async () => {
    const good = annotation();
    const items: unknown[] = [
      null,
      42,
      annotation({ uri: 7, target: [] }),
      annotation({ target: [{ source: `${SITE}kst-21501-02-2553.html`, selector: [{ type: 'TextQuoteSelector', exact: 7 }] }] }),
      annotation({ target: [{ source: `${SITE}kst-21501-02-2553.html`, selector: [{ type: 'RangeSelector', startContainer: '/p[1]' }] }] }),
      annotation({ created: 'gisteren' }),
      annotation({ tags: 'a, b' }),
      annotation({ text: 5 }),
      annotation({ target: [{ source: `${SITE}kst-21501-02-2553.html`, selector: [{ type: 'TextQuoteSelector', exact: '' }] }] }),
      annotation({ uri: `${SITE}zoeken?keyword=azerbeidzjan` }),
      annotation({ updated: '2999-01-01T00:00:00+00:00' }),
      good,
    ];
    const result = await parsed(JSON.stringify(items));
    expect(result.notes).toHaveLength(1);
    expect(result.source?.otherSites).toBe(0);
    expect(result.invalid.map((r) => r.message)).toEqual([
      'Annotatie 1: is geen object',
      'Annotatie 2: is geen object',
      'Annotatie 3: ‘uri’ ontbreekt',
      'Annotatie 4: geen geciteerde passage (TextQuoteSelector) in ‘target’',
      'Annotatie 5: geen geciteerde passage (TextQuoteSelector) in ‘target’',
      'Annotatie 6: ‘created’ is geen datum',
      'Annotatie 7: ‘tags’ heeft de verkeerde soort waarde',
      'Annotatie 8: ‘text’ heeft de verkeerde soort waarde',
      'Annotatie 9: ‘selectors.quote.exact’ is leeg',
      'Annotatie 10: ‘https://zoek.officielebekendmakingen.nl/zoeken?keyword=azerbeidzjan’ is geen publicatie op zoek.officielebekendmakingen.nl',
      expect.stringMatching(/^Annotatie 11: .*updated/),
    ]);
  });

  it('takes an impossible position as no position (0–0) and keeps the note by its quote', () => {
    for (const position of [
      { start: 50, end: 10 },
      { start: -4, end: 10 },
      { start: 1.5, end: 3 },
      { start: '1', end: '3' },
    ]) {
      const raw = annotation({
        target: [
          {
            source: `${SITE}kst-21501-02-2553.html`,
            selector: [
              { type: 'TextPositionSelector', ...position },
              { type: 'TextQuoteSelector', exact: 'onderzoek nauwkeurig' },
            ],
          },
        ],
      });
      const result = hypothesisToNote(raw, 0);
      expect(result.ok && result.note.selectors?.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
    }
  });

  it('counts an annotation on the site that is no publication apart from those on other sites', () => {
    const onSite = hypothesisToNote(annotation({ uri: `${SITE}zoeken?keyword=x` }), 0);
    const elsewhere = hypothesisToNote(annotation({ uri: 'https://example.org/kst-21501-02-2553.html' }), 0);
    expect(onSite).toMatchObject({ ok: false, otherSite: false });
    expect(elsewhere).toMatchObject({ ok: false, otherSite: true });
  });

  it('gives notes whose selectors the backup’s import validation accepts as they are', async () => {
    const notes = (await parsed(EXPORT)).notes;
    const prefixed = notes.filter((n) => (n.selectors?.quote.prefix ?? '') !== '' && (n.selectors?.quote.suffix ?? '') !== '');
    expect(prefixed.length).toBeGreaterThan(0);
    const again = await parsed(JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, notes }));
    expect(again.invalid).toEqual([]);
    expect(again.notes).toEqual(notes);
  });
});

describe('the preview of a Hypothesis import', () => {
  it('goes from the file’s text to a preview that names the format, then writes the notes once', async () => {
    const db = freshDb();
    const first = await importText(db, EXPORT);
    const preview = previewOf(first);
    expect(preview.kind).toBe('hypothesis');
    expect(preview.format).toBe('Hypothesis-export, 9 notities, 3 op andere sites');
    expect(preview.notes).toMatchObject({ new: 4, updated: 0, unchanged: 0, invalid: 5 });
    expect(preview.invalid).toHaveLength(5);
    expect('applied' in first && first.applied.ok).toBe(true);
    expect((await db.notes.toArray()).map((n) => n.documentId).sort()).toEqual([
      'kst-21501-02-2553',
      'kst-21501-02-2553',
      'kst-21501-02-2553',
      'kst-21501-02-2602',
    ]);
    const second = previewOf(await importText(db, EXPORT));
    expect(second.notes).toMatchObject({ new: 0, unchanged: 4 });
  });

  it('names each format, in the singular for one', () => {
    const hypothesis = (format: 'hypothesis-export' | 'hypothesis-search' | 'hypothesis-annotations', items: number, otherSites: number) =>
      formatLine({ kind: 'hypothesis', source: { format, items, otherSites } });
    expect(hypothesis('hypothesis-search', 1200, 1)).toBe('Hypothesis (API-antwoord), 1.200 notities, 1 op een andere site');
    expect(hypothesis('hypothesis-annotations', 1, 0)).toBe('Hypothesis-annotaties, 1 notitie');
    expect(formatLine({ kind: 'backup' })).toBe('Back-up van Kantlijn');
    expect(formatLine({ kind: 'web-annotation' })).toBe('W3C Web Annotation');
  });

  it('recognises the shapes by their fields alone', () => {
    expect(hypothesisFileOf({ export_userid: 'acct:x@hypothes.is', annotations: [] })?.format).toBe('hypothesis-export');
    expect(hypothesisFileOf({ total: 0, rows: [] })?.format).toBe('hypothesis-search');
    expect(hypothesisFileOf({ annotations: [] })).toBeNull();
    expect(hypothesisFileOf({ ...annotation(), type: 'Annotation' })).toBeNull();
  });
});

describe('the import panel', () => {
  const hosts: HTMLElement[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const host of hosts.splice(0)) {
      render(null, host);
      host.remove();
    }
  });

  async function shown(preview: ImportPreview): Promise<HTMLElement> {
    const host = document.createElement('div');
    document.body.append(host);
    hosts.push(host);
    const source = { previewImport: async () => ({ ok: true, value: preview }) } as unknown as LibrarySource;
    await act(() => render(h(ImportPanel, { source, onError: vi.fn(), onImported: vi.fn() }), host));
    const file = host.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(file, 'files', { configurable: true, value: [new File(['{}'], 'hypothesis.json')] });
    await act(() => void file.dispatchEvent(new Event('change', { bubbles: true })));
    for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    return host.querySelector('section.k-import-preview') as HTMLElement;
  }

  it('shows the format the preview names, under the file’s name', async () => {
    const preview = previewOf(await importText(freshDb(), SEARCH));
    const region = await shown(preview);
    expect(region.querySelector('.k-import-format')?.textContent).toBe('Hypothesis (API-antwoord), 3 notities, 1 op een andere site');
  });
});
