// A frame draws its surface from the view it was sent and reports every control through `act`;
// the controls left in the page itself answer only the reader's own clicks.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameSurface } from '@/components/FrameSurface';
import { PageControls } from '@/components/PageControls';
import type { CardContent, FrameAction, SurfaceView } from '@/lib/messages/frame-protocol';
import { allHighlightKinds } from '@/lib/ui/highlight-kinds';
import { EMPTY_PANEL, SAMPLE_DOCUMENT, sampleReport } from '@/tests/unit/content/frame-fixtures';
import { actorNote, passageNote } from '@/tests/unit/make-records';

const hosts: HTMLElement[] = [];

afterEach(() => {
  for (const host of hosts.splice(0)) {
    render(null, host);
    host.remove();
  }
});

function newHost(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  return host;
}

function draw(view: SurfaceView, withReport = true) {
  const host = newHost();
  const sent = vi.fn<(action: FrameAction) => void>();
  act(() => render(<FrameSurface view={view} report={withReport ? sampleReport() : null} act={sent} />, host));
  const button = (text: string) => {
    const found = [...host.querySelectorAll('button')].find((b) => b.textContent === text || b.getAttribute('aria-label') === text);
    if (!found) throw new Error(`no button "${text}" in ${host.innerHTML}`);
    return found;
  };
  const click = (text: string) => act(() => button(text).click());
  return { host, sent, button, click };
}

const card = (content: CardContent): SurfaceView => ({ surface: 'card', content });
const headings = (el: HTMLElement) => [...el.querySelectorAll('h2')].map((h) => h.textContent);

const ACTOR: CardContent = {
  kind: 'actor',
  actorId: 'a1',
  name: 'W.B. Hoekstra',
  type: 'person',
  roles: [{ role: 'minister', evidence: null }],
  aliases: [],
  mentionCount: 3,
  mentionIndex: 2,
  events: [{ id: 'e1', date: '2022-10-02', what: 'gesprek in Bakoe' }],
  alsoIn: null,
  notes: { subject: 'W.B. Hoekstra', notes: [actorNote('h1', 'person:hoekstra')], documentId: 'kst-1', unavailable: null },
};

describe('FrameSurface', () => {
  it('draws the panel with "Actoren" once the report is there, and reports what is chosen', () => {
    const view: SurfaceView = {
      surface: 'panel',
      document: SAMPLE_DOCUMENT,
      problems: [],
      highlightKinds: allHighlightKinds(),
      hasReport: true,
      notes: { anchored: [passageNote('p1')], uncertain: [], orphans: [], unavailable: null, loading: false },
    };
    const { host, sent, click } = draw(view);
    expect(host.querySelector('aside')?.getAttribute('aria-label')).toBe('Kantlijn');
    expect(headings(host)).toEqual(expect.arrayContaining(['Brief', 'Actoren', 'Notities']));
    act(() => host.querySelector<HTMLButtonElement>('button[data-actor="a2"]')?.click());
    click('Bewerken');
    click('Kantlijn sluiten');
    expect(sent.mock.calls).toEqual([
      [{ type: 'actor-activate', actorId: 'a2' }],
      [{ type: 'note-edit', noteId: 'p1' }],
      [{ type: 'panel-close' }],
    ]);
  });

  it("draws the panel without the report's sections while the report is not there, even if one was sent", () => {
    const view = EMPTY_PANEL;
    expect(headings(draw(view).host)).not.toContain('Actoren');
    expect(headings(draw({ ...view, hasReport: true }, false).host)).not.toContain('Actoren');
  });

  it('draws an actor card whose "Notitie bij …" adds a note on the actor at the mention shown', () => {
    const { host, sent, click } = draw(card(ACTOR));
    expect(host.querySelector('[role="dialog"]')?.textContent).toContain('W.B. Hoekstra');
    click('Notitie bij W.B. Hoekstra');
    click('Volgende vermelding');
    click('Bewerken');
    expect(sent.mock.calls).toEqual([
      [{ type: 'note-add-actor', actorId: 'a1', mentionIndex: 2 }],
      [{ type: 'card-actor', actorId: 'a1', mentionIndex: 0 }], // after the last mention: the first
      [{ type: 'note-edit', noteId: 'h1' }],
    ]);
  });

  it('leaves "Notitie bij …" out when the actor card has no notes section', () => {
    const { host } = draw(card({ ...ACTOR, notes: null }));
    expect(host.textContent).not.toContain('Notitie bij');
  });

  it('draws an event card, a citation card and a note card, each reporting its own actions', () => {
    const event = draw(
      card({
        kind: 'event',
        eventId: 'e1',
        what: 'gesprek in Bakoe',
        date: '2022-10-02',
        cue: '2 oktober',
        resolution: null,
        weekdayMismatch: false,
        actors: [{ id: 'a1', name: 'W.B. Hoekstra' }],
        notes: { subject: 'gesprek in Bakoe', notes: [], documentId: 'kst-1', unavailable: null },
      }),
    );
    event.click('Notitie bij gesprek in Bakoe');
    expect(event.sent).toHaveBeenLastCalledWith({ type: 'note-add-event', eventId: 'e1' });
    const reference = draw(card({ kind: 'reference', target: 'kst-1-2', text: 'Kamerstukken II 1, nr. 2', url: null }));
    expect(reference.host.textContent).toContain('Kamerstukken II 1, nr. 2');
    reference.click('Sluiten');
    expect(reference.sent).toHaveBeenLastCalledWith({ type: 'card-close' });
    const notes = draw(card({ kind: 'notes', notes: [passageNote('p7')] }));
    expect(notes.host.textContent).toContain('Notitie p7');
    notes.click('Verwijderen');
    expect(notes.sent).toHaveBeenLastCalledWith({ type: 'note-delete', noteId: 'p7' });
  });

  it('draws the editor, whose "Opslaan" sends the text and the tags', () => {
    const { host, sent, click } = draw({
      surface: 'editor',
      key: 'n1:1',
      label: 'Notitie bij de tekst',
      quote: 'De ambassadeur',
      initialText: 'Eerst',
      initialTags: ['kaukasus'],
      savedText: '',
      savedTags: [],
      knownTags: [],
      error: null,
      saving: false,
    });
    const textbox = host.querySelector('textarea') as HTMLTextAreaElement;
    const tag = host.querySelector('input.k-editor-tag') as HTMLInputElement;
    expect(textbox.value).toBe('Eerst');
    act(() => {
      textbox.value = 'Belangrijk';
      textbox.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      tag.value = 'armenië';
      tag.dispatchEvent(new Event('input', { bubbles: true }));
    });
    click('Opslaan');
    expect(sent).toHaveBeenLastCalledWith({ type: 'note-save', text: 'Belangrijk', tags: ['kaukasus', 'armenië'] });
    expect(sent.mock.calls.map(([a]) => a.type)).toEqual(expect.arrayContaining(['note-draft']));
  });

  it('draws the notice with "Ongedaan maken" only when it can be undone', () => {
    const undoable = draw({ surface: 'notice', message: 'Notitie verwijderd.', canUndo: true });
    expect(undoable.host.querySelector('[role="status"]')?.textContent).toContain('Notitie verwijderd.');
    undoable.click('Ongedaan maken');
    undoable.click('Sluiten');
    expect(undoable.sent.mock.calls).toEqual([[{ type: 'note-undo' }], [{ type: 'notice-dismiss' }]]);
    const final = draw({ surface: 'notice', message: 'Verwijderen mislukt.', canUndo: false });
    expect(() => final.button('Ongedaan maken')).toThrow();
    expect(final.sent).not.toHaveBeenCalled();
  });
});

describe('PageControls', () => {
  function controls(trusted: (event: Event) => boolean) {
    const host = newHost();
    const onToggle = vi.fn();
    const onAdd = vi.fn();
    act(() => render(<PageControls open={true} onToggle={onToggle} adder={{ left: 40, top: 60 }} onAdd={onAdd} trusted={trusted} />, host));
    const press = () => {
      act(() => host.querySelector<HTMLButtonElement>('button.tab')?.click());
      act(() => host.querySelector<HTMLButtonElement>('button.k-adder')?.click());
    };
    return { host, onToggle, onAdd, press };
  }

  it("ignores clicks on the tab and the note button that are not the reader's", () => {
    const forged = controls((event) => event.isTrusted);
    forged.press();
    expect(forged.onToggle).not.toHaveBeenCalled();
    expect(forged.onAdd).not.toHaveBeenCalled();
  });

  it("answers the reader's clicks, and says the panel is open", () => {
    const reader = controls(() => true);
    const tab = reader.host.querySelector('button.tab');
    expect(tab?.getAttribute('aria-expanded')).toBe('true');
    expect(tab?.getAttribute('aria-label')).toBe('Kantlijn sluiten');
    reader.press();
    expect(reader.onToggle).toHaveBeenCalledTimes(1);
    expect(reader.onAdd).toHaveBeenCalledTimes(1);
  });
});
