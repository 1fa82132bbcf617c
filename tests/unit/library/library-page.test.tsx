// The library page with an in-memory source: a long list draws only the rows in view; search as
// you type; edit with Ctrl+Enter and Escape; delete and undo; failures in role="alert"; import
// errors and previews. Words are the Dutch defaults; English in an English browser.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryPage } from '@/components/library/LibraryPage';
import type { LibrarySource, SourceAnswer } from '@/components/library/library-source';
import type { ImportPreview } from '@/lib/export';
import type { Note } from '@/lib/notes/note';
import { speakEnglish } from '@/tests/unit/ui/english';
import { documentRecord, passageNote } from '@/tests/unit/make-records';

const hosts: HTMLElement[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const host of hosts.splice(0)) {
    render(null, host);
    host.remove();
  }
});

/** Lets pending promises and Preact's rerenders run. */
async function settle(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

interface Fake extends LibrarySource {
  notes: Map<string, Note>;
  fail: string | null;
}

function fakeSource(notes: Note[]): Fake {
  const fake: Fake = {
    notes: new Map(notes.map((n) => [n.id, n])),
    fail: null,
    load: async () => ({
      ok: true,
      value: { notes: [...fake.notes.values()], documents: [documentRecord('kst-1', { title: 'Brief één' })] },
    }),
    save: async (note): Promise<SourceAnswer<Note>> => {
      if (fake.fail) return { ok: false, error: fake.fail };
      const saved = { ...note, updated: note.updated + 1 };
      fake.notes.set(note.id, saved);
      return { ok: true, value: saved };
    },
    remove: async (id) => {
      if (fake.fail) return { ok: false, error: fake.fail };
      const note = fake.notes.get(id) ?? null;
      fake.notes.delete(id);
      return { ok: true, value: note };
    },
    backupExtras: async () => ({ ok: true, value: { drafts: [], settings: {} } }),
    previewImport: async () => ({ ok: false, error: 'Dit bestand is geen JSON.' }),
    applyImport: async () => ({ ok: false, error: 'niet gebruikt' }),
  };
  return fake;
}

async function mount(source: LibrarySource): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(<LibraryPage source={source} />, host);
  await settle();
  return host;
}

const count = (host: HTMLElement) => host.querySelector('.k-count')?.textContent;
const rows = (host: HTMLElement) => [...host.querySelectorAll('article.k-note .k-note-text')].map((e) => e.textContent);
const button = (root: ParentNode, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
const rowOf = (host: HTMLElement, text: string) =>
  [...host.querySelectorAll('article.k-note')].find((a) => a.textContent?.includes(text)) as HTMLElement;

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const many = (n: number) => Array.from({ length: n }, (_, i) => passageNote(`n${i}`, 'kst-1', { text: `notitie ${i}`, updated: i }));

describe('LibraryPage', () => {
  it('draws only the rows in view of a long list, with the whole length for assistive technology', async () => {
    const host = await mount(fakeSource(many(1000)));
    expect(count(host)).toBe('1.000 notities');
    const items = host.querySelectorAll('li.k-vrow');
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThan(40);
    expect(items[1]?.getAttribute('aria-setsize')).toBe('1001');
  });

  it('searches as the reader types', async () => {
    const host = await mount(
      fakeSource([passageNote('a', 'kst-1', { text: 'De financiële steun' }), passageNote('b', 'kst-1', { text: 'Iets anders' })]),
    );
    const search = host.querySelector('input[type="search"]') as HTMLInputElement;
    await act(() => type(search, 'financiele'));
    expect(count(host)).toBe('1 van 2 notities');
    expect(rows(host)).toEqual(['De financiële steun']);
    await act(() => type(search, 'xyz'));
    expect(host.textContent).toContain('Geen notities gevonden.');
  });

  it('saves an edit with Ctrl+Enter and cancels one with Escape', async () => {
    const source = fakeSource([passageNote('a', 'kst-1', { text: 'oud', tags: ['x'] })]);
    const host = await mount(source);
    await act(() => button(rowOf(host, 'oud'), 'Bewerken').click());
    const textarea = host.querySelector('form.k-edit textarea') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(textarea);
    await act(() => type(textarea, 'nieuw'));
    await act(() => type(host.querySelector('form.k-edit input') as HTMLInputElement, 'x, y, x'));
    await act(() => void textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })));
    await settle();
    expect(source.notes.get('a')).toMatchObject({ text: 'nieuw', tags: ['x', 'y'] });
    expect(rows(host)).toEqual(['nieuw']);
    await act(() => button(rowOf(host, 'nieuw'), 'Bewerken').click());
    const again = host.querySelector('form.k-edit textarea') as HTMLTextAreaElement;
    await act(() => type(again, 'weg'));
    await act(() => void again.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(host.querySelector('form.k-edit')).toBeNull();
    expect(rows(host)).toEqual(['nieuw']);
    expect(source.notes.get('a')?.text).toBe('nieuw');
  });

  it('deletes with undo, and says in role="alert" when the background fails', async () => {
    const source = fakeSource([passageNote('a', 'kst-1', { text: 'eerste' }), passageNote('b', 'kst-1', { text: 'tweede' })]);
    const host = await mount(source);
    await act(() => button(rowOf(host, 'eerste'), 'Verwijderen').click());
    await settle();
    expect(count(host)).toBe('1 notitie');
    expect(document.activeElement?.textContent).toBe('Ongedaan maken');
    await act(() => button(host, 'Ongedaan maken').click());
    await settle();
    expect(count(host)).toBe('2 notities');
    expect(source.notes.has('a')).toBe(true);
    source.fail = 'De achtergrond van Kantlijn antwoordt niet.';
    await act(() => button(rowOf(host, 'tweede'), 'Verwijderen').click());
    await settle();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('De achtergrond van Kantlijn antwoordt niet.');
    expect(count(host)).toBe('2 notities');
  });

  it('shows an import error in role="alert" and a preview before writing', async () => {
    const source = fakeSource([passageNote('a')]);
    const host = await mount(source);
    const file = host.querySelector('input[type="file"]') as HTMLInputElement;
    const choose = async () => {
      Object.defineProperty(file, 'files', { configurable: true, value: [new File(['x'], 'kapot.json')] });
      await act(() => void file.dispatchEvent(new Event('change', { bubbles: true })));
      await settle();
    };
    await choose();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Dit bestand is geen JSON.');
    const preview: ImportPreview = {
      kind: 'backup',
      notes: { new: 1, updated: 0, unchanged: 1, invalid: 1, duplicates: 0 },
      documents: { new: 0, updated: 0, unchanged: 0, invalid: 0 },
      drafts: { new: 0, updated: 0, unchanged: 0, invalid: 0 },
      invalid: [{ kind: 'note', index: 2, id: null, reasons: ['‘text’ ontbreekt'], message: 'Notitie 3: ‘text’ ontbreekt' }],
      invalidMore: 0,
      replaced: [],
      settings: null,
      writes: { notes: [passageNote('c', 'kst-1', { text: 'geïmporteerd' })], documents: [], drafts: [] },
    };
    source.previewImport = async () => ({ ok: true, value: preview });
    source.applyImport = async (p) => {
      for (const n of p.writes.notes) source.notes.set(n.id, n);
      return { ok: true, value: { notes: 1, documents: 0, drafts: 0, documentIds: ['kst-1'], actorKeys: [], settings: null } };
    };
    await choose();
    const region = host.querySelector('section.k-import-preview') as HTMLElement;
    expect(region.textContent).toContain('Notitie 3: ‘text’ ontbreekt');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('');
    expect(count(host)).toBe('1 notitie');
    await act(() => button(region, 'Importeren bevestigen').click());
    await settle();
    expect(count(host)).toBe('2 notities');
    expect(host.querySelector('section.k-import-preview')).toBeNull();
  });

  it('speaks English in an English browser', async () => {
    speakEnglish();
    const host = await mount(fakeSource([passageNote('a', 'kst-1', { text: 'één' })]));
    expect(count(host)).toBe('1 note');
    expect(host.querySelector('label.k-search span')?.textContent).toBe('Search');
    expect(button(host, 'Export')).toBeTruthy();
    expect(button(host, 'Import')).toBeTruthy();
    expect(button(rowOf(host, 'één'), 'Edit')).toBeTruthy();
    expect(rowOf(host, 'één').querySelector('a')?.textContent).toBe('Open in document');
  });
});
