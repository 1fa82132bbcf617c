// The export menu offers CSV for Excel in Dutch (semicolons) beside CSV with commas and says which
// is which; the import preview names the reader's notes an import would replace and counts the
// refused records it does not list.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '@/components/library/ExportMenu';
import { ImportPanel } from '@/components/library/ImportPanel';
import type { LibrarySource } from '@/components/library/library-source';
import type { ImportPreview, InvalidRecord } from '@/lib/export';
import { actorNote, passageNote } from '@/tests/unit/make-records';
import { speakEnglish } from '@/tests/unit/ui/english';

const hosts: HTMLElement[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const host of hosts.splice(0)) {
    render(null, host);
    host.remove();
  }
});

async function settle(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

function mount(node: preact.ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(node, host);
  return host;
}

const buttons = (root: ParentNode) => [...root.querySelectorAll('button')];
const button = (root: ParentNode, name: string) => buttons(root).find((b) => b.textContent === name) as HTMLButtonElement;

describe('ExportMenu', () => {
  it('offers CSV with commas and CSV with semicolons, and says which Excel needs which', async () => {
    const onExport = vi.fn();
    const host = mount(<ExportMenu total={3} shown={3} narrowed={false} busy={false} onExport={onExport} />);
    await act(() => button(host, 'Exporteren').click());
    const group = host.querySelector('[role="group"]') as HTMLElement;
    expect(buttons(group).map((b) => b.textContent)).toEqual(['Markdown', 'CSV', "CSV met puntkomma's", 'W3C Web Annotation', 'Back-up']);
    const hint = host.querySelector('#k-export-csv-hint');
    expect(hint?.textContent).toContain('Excel in het Nederlands verwacht puntkomma');
    for (const name of ['CSV', "CSV met puntkomma's"])
      expect(button(group, name).getAttribute('aria-describedby')).toBe('k-export-csv-hint');
    await act(() => button(group, "CSV met puntkomma's").click());
    expect(onExport).toHaveBeenCalledWith('csv-semicolon', 'all');
  });

  it('speaks English in an English browser', async () => {
    speakEnglish();
    const host = mount(<ExportMenu total={1} shown={1} narrowed={false} busy={false} onExport={vi.fn()} />);
    await act(() => button(host, 'Export').click());
    expect(button(host, 'CSV with semicolons')).toBeTruthy();
    expect(host.querySelector('#k-export-csv-hint')?.textContent).toContain('Excel in Dutch expects semicolons');
  });
});

describe('ImportPanel preview', () => {
  const replaced = [
    passageNote('p', 'kst-1-1', { documentTitle: 'Brief over de begroting' }),
    actorNote('a', 'person:klaar', 'kst-2-2', { actorName: 'T. Klaar', documentTitle: null }),
  ];
  const invalid: InvalidRecord[] = Array.from({ length: 100 }, (_, i) => ({
    kind: 'note',
    index: i,
    id: null,
    reasons: ['is geen object'],
    message: `Notitie ${i + 1}: is geen object`,
  }));
  const preview: ImportPreview = {
    kind: 'backup',
    notes: { new: 0, updated: 2, unchanged: 0, invalid: 2_000_000, duplicates: 0 },
    documents: { new: 0, updated: 0, unchanged: 0, invalid: 0 },
    drafts: { new: 0, updated: 0, unchanged: 0, invalid: 0 },
    invalid,
    invalidMore: 1_999_900,
    replaced,
    settings: null,
    writes: { notes: replaced, documents: [], drafts: [] },
  };

  async function showPreview(): Promise<HTMLElement> {
    const source = { previewImport: async () => ({ ok: true, value: preview }) } as unknown as LibrarySource;
    const host = mount(<ImportPanel source={source} onError={vi.fn()} onImported={vi.fn()} />);
    const file = host.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(file, 'files', { configurable: true, value: [new File(['{}'], 'backup.json')] });
    await act(() => void file.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    return host.querySelector('section.k-import-preview') as HTMLElement;
  }

  it('names each note the import would replace, by its words and publication', async () => {
    const region = await showPreview();
    expect(region.textContent).toContain('Deze notities worden vervangen door de nieuwere versie uit het bestand');
    expect([...region.querySelectorAll('.k-replaced li')].map((li) => li.textContent)).toEqual([
      '‘passage p’ in Brief over de begroting',
      'Notitie bij T. Klaar in kst-2-2',
    ]);
  });

  it('lists the first refused records and counts the others', async () => {
    const region = await showPreview();
    const items = [...region.querySelectorAll('.k-invalid li')].map((li) => li.textContent);
    expect(items).toHaveLength(101);
    expect(items[0]).toBe('Notitie 1: is geen object');
    expect(items[99]).toBe('Notitie 100: is geen object');
    expect(items.at(-1)).toBe('… en nog 1.999.900');
  });
});
