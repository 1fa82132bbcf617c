// The note components: the editor's keys and tags, nothing lost on Escape, failures said in words,
// the panel list with orphans, note text rendered as text only.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteCard } from '@/components/NoteCard';
import { NoteEditor, type NoteEditorProps } from '@/components/NoteEditor';
import { NoteList } from '@/components/NoteList';
import { SubjectNotes } from '@/components/SubjectNotes';
import { actorNote, passageNote } from '@/tests/unit/make-records';

let host: HTMLElement;

function draw(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(node, host));
  return host;
}

afterEach(() => {
  render(null, host);
  host.remove();
});

function editor(over: Partial<NoteEditorProps> = {}) {
  const props: NoteEditorProps = {
    label: 'Notitie bij de tekst',
    quote: 'De Nederlandse ambassadeur in Bakoe',
    initialText: '',
    initialTags: [],
    knownTags: ['kaukasus', 'armenië'],
    error: null,
    saving: false,
    onDraft: vi.fn(),
    onSave: vi.fn(),
    onCancel: vi.fn(),
    ...over,
  };
  const el = draw(<NoteEditor {...props} />);
  const textbox = el.querySelector('textarea') as HTMLTextAreaElement;
  const tag = el.querySelector('input.k-editor-tag') as HTMLInputElement;
  const type = (target: HTMLInputElement | HTMLTextAreaElement, value: string) =>
    act(() => {
      target.value = value;
      target.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const key = (target: Element, init: KeyboardEventInit) =>
    act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })));
  return { el, props, textbox, tag, type, key };
}

describe('NoteEditor', () => {
  it('is a labelled dialog with the quote, a textbox "Notitie", tags and the two buttons', () => {
    const { el } = editor();
    const dialog = el.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe('Notitie bij de tekst');
    expect(el.querySelector('blockquote')?.textContent).toBe('De Nederlandse ambassadeur in Bakoe');
    expect(el.querySelector(`label[for="${el.querySelector('textarea')?.id}"]`)?.textContent).toBe('Notitie');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Opslaan', 'Annuleren']);
    expect([...el.querySelectorAll('datalist option')].map((o) => (o as HTMLOptionElement).value)).toEqual(['kaukasus', 'armenië']);
  });

  it('saves with Ctrl+Enter, taking a tag still being typed', () => {
    const { props, textbox, tag, type, key } = editor();
    type(textbox, 'Belangrijk');
    type(tag, 'armenië');
    key(textbox, { key: 'Enter', ctrlKey: true });
    expect(props.onSave).toHaveBeenCalledWith('Belangrijk', ['armenië']);
  });

  it('turns Enter and commas in the tag box into chips, each once, reported as a draft', () => {
    const { el, props, tag, type, key } = editor();
    type(tag, 'kaukasus');
    key(tag, { key: 'Enter' });
    type(tag, 'Kaukasus');
    key(tag, { key: ',' });
    expect([...el.querySelectorAll('.k-tag')].map((t) => t.firstChild?.textContent)).toEqual(['kaukasus']);
    expect(props.onDraft).toHaveBeenLastCalledWith('', ['kaukasus']);
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('cancels at once when nothing was typed, and asks first when something was', () => {
    const quiet = editor();
    quiet.key(quiet.textbox, { key: 'Escape' });
    expect(quiet.props.onCancel).toHaveBeenCalledTimes(1);
    render(null, host);
    host.remove();

    const busy = editor();
    busy.type(busy.textbox, 'Halve gedachte');
    busy.key(busy.textbox, { key: 'Escape' });
    expect(busy.props.onCancel).not.toHaveBeenCalled();
    const ask = busy.el.querySelector('[role="alertdialog"]');
    expect(ask?.textContent).toContain('Weggooien?');
    const keep = [...busy.el.querySelectorAll('button')].find((b) => b.textContent === 'Verder schrijven');
    act(() => keep?.click());
    expect(busy.textbox.value).toBe('Halve gedachte');
    busy.key(busy.textbox, { key: 'Escape' });
    const discard = [...busy.el.querySelectorAll('button')].find((b) => b.textContent === 'Weggooien');
    act(() => discard?.click());
    expect(busy.props.onCancel).toHaveBeenCalledTimes(1);
  });

  it('asks before throwing away text restored from a draft (not saved either)', () => {
    const { props, textbox, key, el } = editor({ initialText: 'uit het concept', savedText: '' });
    key(textbox, { key: 'Escape' });
    expect(props.onCancel).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alertdialog"]')).not.toBeNull();
  });

  it('shows why a save failed in an alert and keeps the text', () => {
    const { el, textbox } = editor({ initialText: 'mijn tekst', error: 'Niet opgeslagen: schijf vol. Uw tekst staat nog in de editor.' });
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('schijf vol');
    expect(textbox.value).toBe('mijn tekst');
  });
});

describe('NoteCard and SubjectNotes', () => {
  it('renders note text with markup as text, with its tags and actions', () => {
    const onDelete = vi.fn();
    const el = draw(
      <NoteCard
        notes={[passageNote('a', 'kst-1', { text: '<img src=x onerror=alert(1)>', tags: ['kaukasus'] })]}
        onEdit={vi.fn()}
        onDelete={onDelete}
      />,
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.k-note-text')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(el.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Notitie');
    act(() => [...el.querySelectorAll('button')].find((b) => b.textContent === 'Verwijderen')?.click());
    expect(onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
  });

  it('says of a note placed only as a guess that it is uncertain, and confirms it in one step', () => {
    const onConfirm = vi.fn();
    const el = draw(
      <NoteCard
        notes={[passageNote('sure', 'kst-1'), passageNote('guess', 'kst-1')]}
        uncertain={['guess']}
        onEdit={vi.fn()}
        onDelete={vi.fn()}
        onConfirm={onConfirm}
      />,
    );
    const items = [...el.querySelectorAll('li.k-note')];
    expect(items[0]?.querySelector('.k-note-unsure')).toBeNull();
    expect(items[1]?.querySelector('.k-note-unsure')?.textContent).toMatch(/^Onzeker: de tekst is veranderd/);
    const confirms = [...el.querySelectorAll('button')].filter((b) => b.textContent === 'Bevestigen');
    expect(confirms).toHaveLength(1);
    act(() => confirms[0]?.click());
    expect(onConfirm).toHaveBeenCalledWith(expect.objectContaining({ id: 'guess' }));
  });

  it('says "gewijzigd" only for a note changed well after it was written, not for one just saved', () => {
    const written = Date.UTC(2026, 10, 27, 19, 25);
    const el = draw(
      <NoteCard
        notes={[
          passageNote('new', 'kst-1', { created: written, updated: written + 90_000 }),
          passageNote('old', 'kst-1', { created: written, updated: written + 86_400_000 }),
        ]}
        onEdit={vi.fn()}
        onDelete={vi.fn()}
      />,
    );
    const times = [...el.querySelectorAll('.k-note-time')].map((p) => p.textContent ?? '');
    expect(times[0]).not.toMatch(/gewijzigd/);
    expect(times[1]).toMatch(/^gewijzigd /);
  });

  it('names the publication an actor note was written in, and offers "Notitie bij …"', () => {
    const onAdd = vi.fn();
    const el = draw(
      <SubjectNotes
        subject="W.B. Hoekstra"
        notes={[actorNote('a', 'person:hoekstra', 'kst-21501-02-2553')]}
        documentId="kst-21501-02-2602"
        unavailable={null}
        onAdd={onAdd}
        onEdit={vi.fn()}
        onDelete={vi.fn()}
      />,
    );
    expect(el.textContent).toContain('Uw notities');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html');
    act(() => [...el.querySelectorAll('button')].find((b) => b.textContent === 'Notitie bij W.B. Hoekstra')?.click());
    expect(onAdd).toHaveBeenCalled();
  });
});

describe('NoteList', () => {
  const handlers = {
    onActivate: vi.fn(),
    onReattach: vi.fn(),
    onConfirm: vi.fn(),
    onEdit: vi.fn(),
    onDelete: vi.fn(),
    onOpenLibrary: vi.fn(),
  };

  it('lists found notes, then the orphans under "Niet teruggevonden" with "Vastmaken aan selectie"', () => {
    const el = draw(
      <NoteList
        anchored={[passageNote('a'), passageNote('b')]}
        uncertain={[]}
        orphans={[passageNote('c')]}
        unavailable={null}
        loading={false}
        {...handlers}
      />,
    );
    expect(el.querySelectorAll('.note-item:not(.orphan)')).toHaveLength(2);
    const orphans = el.querySelector('section[aria-labelledby="kantlijn-orphans"]');
    expect(orphans?.querySelector('h3')?.textContent).toBe('Niet teruggevonden');
    expect(orphans?.textContent).toContain('passage c');
    act(() => [...(orphans?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Vastmaken aan selectie')?.click());
    expect(handlers.onReattach).toHaveBeenCalledWith(expect.objectContaining({ id: 'c' }));
  });

  it('lists notes placed as a guess under "Onzeker", the old words beside the new, each confirmed in one step', () => {
    const guessed = { ...passageNote('g'), text: 'Mijn notitie' };
    const el = draw(
      <NoteList
        anchored={[passageNote('a')]}
        uncertain={[{ note: guessed, words: 'de Azerbeidzjaanse ambassadeur. In dat' }]}
        orphans={[]}
        unavailable={null}
        loading={false}
        {...handlers}
      />,
    );
    const section = el.querySelector('section[aria-labelledby="kantlijn-uncertain"]');
    expect(section?.querySelector('h3')?.textContent).toBe('Onzeker');
    const quotes = [...(section?.querySelectorAll('dd.quote') ?? [])].map((d) => d.textContent);
    expect(quotes).toEqual([`“${guessed.selectors?.quote.exact}”`, '“de Azerbeidzjaanse ambassadeur. In dat”']);
    expect([...(section?.querySelectorAll('dt') ?? [])].map((d) => d.textContent)).toEqual(['Eerst', 'Nu']);
    const confirm = [...(section?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Bevestigen');
    expect(confirm?.getAttribute('aria-label')).toContain('de Azerbeidzjaanse ambassadeur');
    act(() => confirm?.click());
    expect(handlers.onConfirm).toHaveBeenCalledWith(expect.objectContaining({ id: 'g' }));
    act(() => [...(section?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Vastmaken aan selectie')?.click());
    expect(handlers.onReattach).toHaveBeenCalledWith(expect.objectContaining({ id: 'g' }));
    expect(el.querySelector('.empty')).toBeNull();
  });

  it('says in words when the notes cannot be used', () => {
    const el = draw(
      <NoteList
        anchored={[]}
        uncertain={[]}
        orphans={[]}
        unavailable="Notities zijn niet beschikbaar: QuotaExceededError. De pagina werkt verder."
        loading={false}
        {...handlers}
      />,
    );
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('QuotaExceededError');
  });

  it('tells how to add a note when there is none', () => {
    const el = draw(<NoteList anchored={[]} uncertain={[]} orphans={[]} unavailable={null} loading={false} {...handlers} />);
    expect(el.textContent).toContain('Alt+Shift+N');
  });
});
