// The panel's lists: actors by type with counts and both orders, the timeline in date order,
// citations in text order; activation by click, Enter and Space; the highlight settings; English.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorList, groupActors } from '@/components/ActorList';
import { HighlightSettings, type HighlightKind } from '@/components/HighlightSettings';
import { Panel, type PanelProps } from '@/components/Panel';
import { ReferenceList } from '@/components/ReferenceList';
import { Timeline, timelineOrder } from '@/components/Timeline';
import type { Actor, DatedEvent, Reference, Report, ReportDocument } from '@/lib/model/report';
import { allHighlightKinds } from '@/lib/ui/highlight-kinds';
import { speakEnglish } from './english';

const m = (start: number, text = 'x') => ({ start, end: start + text.length, text });

function actor(id: string, name: string, type: Actor['type'], starts: number[], roles: string[] = []): Actor {
  return { id, name, type, aliases: [], roles, mentions: starts.map((s) => m(s, name)) };
}

const ACTORS: Actor[] = [
  actor('p-klaar', 'Klaar', 'person', [900, 950], ['Speciaal Vertegenwoordiger voor de Zuidelijke Kaukasus']),
  actor('p-hoekstra', 'Hoekstra', 'person', [100, 400, 800], ['Minister van Buitenlandse Zaken', 'ondertekenaar']),
  actor('p-aliyev', 'Aliyev', 'person', [50, 500]),
  actor('o-minister', 'Minister van Buitenlandse Zaken', 'office', [30]),
  actor('l-baku', 'Bakoe', 'location', [700, 720, 740, 760]),
  actor('l-jerevan', 'Jerevan', 'location', [600]),
];

function event(id: string, date: string | null, start: number, what = `gebeurtenis ${id}`): DatedEvent {
  return { id, date, cue: `cue ${id}`, what, actors: [], mention: m(start) };
}

// In text order, as the extraction reports them.
const EVENTS: DatedEvent[] = [
  event('e1', '2022-11-23', 10),
  event('e2', null, 20),
  event('e3', '2022-10', 30),
  event('e4', '2020', 40),
  event('e5', '2022-10-02', 50),
  event('e6', '2022-10-01', 60),
  event('e7', null, 70),
  event('e8', '2022-10-06', 80),
];

const REFERENCES: Reference[] = [
  {
    text: 'Kamerstuk 21 501-02, nr. 2553',
    target: 'kst-21501-02-2553',
    url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553',
    mention: m(300),
  },
  { text: 'het verslag van 12 oktober', target: null, url: null, mention: m(200) },
  {
    text: 'Kamerstuk 36 045, nr. 55',
    target: 'kst-36045-55',
    url: 'https://zoek.officielebekendmakingen.nl/kst-36045-55',
    mention: m(100),
  },
];

const DOC: ReportDocument = {
  id: 'kst-21501-02-2553',
  kind: 'letter',
  title: 'BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN',
  date: '2022-11-23',
  dossier: ['21501-02'],
  dossierTitles: [],
  letters: [],
  footnotes: [],
};

const REPORT: Report = {
  url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553',
  document: DOC,
  actors: ACTORS,
  events: EVENTS,
  references: REFERENCES,
};

const hosts: HTMLElement[] = [];

function draw(ui: ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(ui, host);
  return host;
}

afterEach(() => {
  for (const host of hosts.splice(0)) {
    render(null, host);
    host.remove();
  }
  vi.restoreAllMocks();
});

const texts = (els: Iterable<Element>) => Array.from(els, (e) => e.textContent ?? '');
const names = (host: ParentNode, type: string) => texts(host.querySelectorAll(`[aria-labelledby="kantlijn-actors-${type}"] .name`));

function key(el: Element, type: 'keydown' | 'keyup', k: string, init: KeyboardEventInit = {}) {
  el.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, ...init }));
}

function press(el: Element, k: string) {
  key(el, 'keydown', k);
  key(el, 'keyup', k);
}

describe('ActorList', () => {
  it('groups by type in a fixed order, leaves out empty types and counts mentions', () => {
    const host = draw(<ActorList actors={ACTORS} onActivate={() => {}} />);
    expect(texts(host.querySelectorAll('h3'))).toEqual(['Personen (3)', 'Functies (1)', 'Plaatsen (2)']);
    expect(host.querySelector('[aria-labelledby="kantlijn-actors-organisation"]')).toBeNull();
    const hoekstra = host.querySelector('[data-actor="p-hoekstra"]') as HTMLButtonElement;
    expect(hoekstra.tagName).toBe('BUTTON');
    expect(hoekstra.type).toBe('button');
    expect(hoekstra.querySelector('.count')?.textContent).toBe('3');
    expect(hoekstra.querySelector('.visually-hidden')?.textContent).toBe('3 vermeldingen');
    expect(hoekstra.querySelector('.muted')?.textContent).toBe('Minister van Buitenlandse Zaken; ondertekenaar');
    expect(host.querySelector('[data-actor="o-minister"] .visually-hidden')?.textContent).toBe('1 vermelding');
    expect(host.querySelector('[data-actor="p-aliyev"] .muted')).toBeNull(); // no roles, no empty line
  });

  it('sorts by number of mentions (then name) by default, and by first mention on request', () => {
    const host = draw(<ActorList actors={ACTORS} onActivate={() => {}} />);
    const select = host.querySelector('select') as HTMLSelectElement;
    expect(select.closest('label')?.textContent).toContain('Sorteren op');
    expect(texts(select.options)).toEqual(['aantal vermeldingen', 'eerste vermelding']);
    expect(names(host, 'person')).toEqual(['Hoekstra', 'Aliyev', 'Klaar']);
    expect(names(host, 'location')).toEqual(['Bakoe', 'Jerevan']);

    act(() => {
      select.value = 'first';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(names(host, 'person')).toEqual(['Aliyev', 'Hoekstra', 'Klaar']);
    expect(names(host, 'location')).toEqual(['Jerevan', 'Bakoe']);
  });

  it('breaks count ties by name and puts actors without mentions last by first mention', () => {
    const tied = [actor('b', 'Bos', 'person', [5, 6]), actor('a', 'Asscher', 'person', [9, 10]), actor('z', 'Zijlstra', 'person', [])];
    expect(groupActors(tied, 'count')[0]?.actors.map((a) => a.name)).toEqual(['Asscher', 'Bos', 'Zijlstra']);
    expect(groupActors(tied, 'first')[0]?.actors.map((a) => a.name)).toEqual(['Bos', 'Asscher', 'Zijlstra']);
    expect(ACTORS.map((a) => a.id)).toEqual(['p-klaar', 'p-hoekstra', 'p-aliyev', 'o-minister', 'l-baku', 'l-jerevan']); // not sorted in place
  });

  it('activates an actor by click, Enter and Space, once per press', () => {
    const onActivate = vi.fn();
    const host = draw(<ActorList actors={ACTORS} onActivate={onActivate} />);
    const klaar = host.querySelector('[data-actor="p-klaar"]') as HTMLButtonElement;
    klaar.click();
    expect(onActivate).toHaveBeenLastCalledWith('p-klaar');
    press(klaar, 'Enter');
    press(klaar, ' ');
    expect(onActivate).toHaveBeenCalledTimes(3);
    key(klaar, 'keyup', ' '); // Space released without being pressed here: nothing
    key(klaar, 'keydown', 'a');
    press(klaar, 'Enter');
    expect(onActivate).toHaveBeenCalledTimes(4);
    expect(onActivate.mock.calls.every(([id]) => id === 'p-klaar')).toBe(true);
  });

  it('prevents the browser from clicking as well after a handled key', () => {
    const host = draw(<ActorList actors={ACTORS} onActivate={() => {}} />);
    const button = host.querySelector('button.item') as HTMLButtonElement;
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    button.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
  });

  it('says so when there are no actors', () => {
    const host = draw(<ActorList actors={[]} onActivate={() => {}} />);
    expect(host.textContent).toBe('Geen actoren gevonden in de tekst.');
    expect(host.querySelector('select')).toBeNull();
  });
});

describe('Timeline', () => {
  it('orders past to future, partial dates as their first day, ties and undated in text order', () => {
    expect(timelineOrder(EVENTS).map((e) => e.id)).toEqual(['e4', 'e3', 'e6', 'e5', 'e8', 'e1', 'e2', 'e7']);
    const host = draw(<Timeline events={EVENTS} onActivate={() => {}} />);
    const list = host.querySelector('ol.timeline') as HTMLOListElement;
    expect(texts(list.querySelectorAll(':scope > li .when'))).toEqual([
      '2020',
      'oktober 2022',
      'zaterdag 1 oktober 2022',
      'zondag 2 oktober 2022',
      'donderdag 6 oktober 2022',
      'woensdag 23 november 2022',
      'zonder datum',
      'zonder datum',
    ]);
    expect(list.querySelector('time')?.getAttribute('datetime')).toBe('2020');
    const first = list.querySelector('li button') as HTMLButtonElement;
    expect(first.querySelector('.what')?.textContent).toBe('gebeurtenis e4');
    expect(first.querySelector('.muted')?.textContent).toBe('cue e4');
  });

  it('keeps text order among equal keys even when the input is not in text order', () => {
    const shuffled = [event('b', '2022-10', 90), event('a', '2022-10-01', 10), event('c', '2022-10-01', 50)];
    expect(timelineOrder(shuffled).map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('activates an event by click and keyboard', () => {
    const onActivate = vi.fn();
    const host = draw(<Timeline events={EVENTS} onActivate={onActivate} />);
    const e5 = host.querySelector('[data-event="e5"]') as HTMLButtonElement;
    e5.click();
    press(e5, 'Enter');
    press(e5, ' ');
    expect(onActivate.mock.calls).toEqual([['e5'], ['e5'], ['e5']]);
  });

  it('says so when there are no events', () => {
    expect(draw(<Timeline events={[]} onActivate={() => {}} />).textContent).toBe('Geen gebeurtenissen gevonden in de tekst.');
  });
});

describe('ReferenceList', () => {
  it('lists citations in text order; resolved ones are links to the cited publication', () => {
    const host = draw(<ReferenceList references={REFERENCES} />);
    const items = Array.from(host.querySelectorAll('ol.references > li'));
    expect(items.map((li) => li.querySelector('.cited')?.textContent)).toEqual([
      'Kamerstuk 36 045, nr. 55',
      'het verslag van 12 oktober',
      'Kamerstuk 21 501-02, nr. 2553',
    ]);
    expect(items[0]?.querySelector('.target')?.textContent).toBe('kst-36045-55');
    expect(items[1]?.querySelector('a, button')).toBeNull();
    expect(items[1]?.textContent).toContain('niet te herleiden');
    // Real links (no button that navigates): the browser's keys, middle click and menu work on them.
    expect(host.querySelector('button')).toBeNull();
    const links = items.map((li) => li.querySelector('a'));
    expect(links[0]?.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-36045-55');
    expect(links[0]?.dataset.reference).toBe('2');
    expect(links[2]?.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2553');
  });

  it('links only to web addresses: a resolved citation with another address is plain text', () => {
    const refs: Reference[] = [{ text: 'Kamerstuk 36 045, nr. 55', target: 'kst-36045-55', url: 'javascript:alert(1)', mention: m(1) }];
    const host = draw(<ReferenceList references={refs} />);
    expect(host.querySelector('a')).toBeNull();
    expect(host.textContent).toContain('niet te herleiden');
  });

  it('says so when there are no citations', () => {
    expect(draw(<ReferenceList references={[]} />).textContent).toBe('Geen verwijzingen gevonden in de tekst.');
  });
});

describe('HighlightSettings', () => {
  it('shows one checkbox per kind and reports each toggle', () => {
    const onToggle = vi.fn();
    const kinds = { ...allHighlightKinds(), office: false };
    const host = draw(<HighlightSettings kinds={kinds} onToggle={onToggle} />);
    expect(host.querySelector('legend')?.textContent).toBe('Markeringen');
    const boxes = Array.from(host.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((b) => b.closest('label')?.textContent)).toEqual([
      'Personen',
      'Functies',
      'Organisaties',
      'Plaatsen',
      'Gebeurtenissen',
      'Verwijzingen',
    ]);
    expect(boxes.map((b) => b.checked)).toEqual([true, false, true, true, true, true]);
    boxes[1]?.click();
    boxes[4]?.click();
    expect(onToggle.mock.calls).toEqual([['office'], ['event']] satisfies HighlightKind[][]);
  });
});

function panelProps(over: Partial<PanelProps> = {}): PanelProps {
  return {
    report: REPORT,
    document: DOC,
    problems: [],
    onClose: vi.fn(),
    onActorActivate: vi.fn(),
    onEventActivate: vi.fn(),
    highlightKinds: allHighlightKinds(),
    onToggleHighlightKind: vi.fn(),
    ...over,
  };
}

describe('Panel', () => {
  it('has the sections, each labelled by its heading, and the settings', () => {
    const host = draw(<Panel {...panelProps()} />);
    const sections = Array.from(host.querySelectorAll('aside > section'));
    expect(sections.map((s) => host.querySelector(`#${s.getAttribute('aria-labelledby')}`)?.textContent)).toEqual([
      'Brief',
      'Actoren',
      'Tijdlijn',
      'Verwijzingen',
      'Toetsen',
    ]);
    expect(texts(host.querySelectorAll('h2'))).toEqual(['Brief', 'Actoren', 'Tijdlijn', 'Verwijzingen', 'Toetsen']);
    expect(host.querySelector('fieldset legend')?.textContent).toBe('Markeringen');
    expect(host.querySelector('.found')).toBeNull();
  });

  it('passes activations and toggles on to its owner', () => {
    const props = panelProps();
    const host = draw(<Panel {...props} />);
    (host.querySelector('[data-actor="l-baku"]') as HTMLButtonElement).click();
    press(host.querySelector('[data-event="e1"]') as HTMLButtonElement, 'Enter');
    (host.querySelector('input[value="reference"]') as HTMLInputElement).click();
    (host.querySelector('button.close') as HTMLButtonElement).click();
    expect(props.onActorActivate).toHaveBeenCalledWith('l-baku');
    expect(props.onEventActivate).toHaveBeenCalledWith('e1');
    expect(props.onToggleHighlightKind).toHaveBeenCalledWith('reference');
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('shows that it is reading while there is no report, settings already usable', () => {
    const host = draw(<Panel {...panelProps({ report: null })} />);
    expect(texts(host.querySelectorAll('h2'))).toEqual(['Brief', 'Toetsen']);
    expect(host.querySelector('.loading')?.textContent).toBe('Bezig met lezen…');
    expect(host.querySelectorAll('input[type="checkbox"]')).toHaveLength(6);
  });

  it('renders page-derived text as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const report: Report = {
      ...REPORT,
      actors: [{ ...actor('evil', evil, 'person', [1]), roles: [evil] }],
      events: [{ ...event('evil', '2022-10-02', 1, evil), cue: evil }],
      references: [
        { text: evil, target: evil, url: null, mention: m(1) },
        { text: evil, target: null, url: null, mention: m(2) },
      ],
    };
    const host = draw(<Panel {...panelProps({ report, problems: [evil] })} />);
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('[data-actor="evil"] .name')?.textContent).toBe(evil);
    expect(host.querySelector('[data-event="evil"] .what')?.textContent).toBe(evil);
    expect(host.querySelector('.references .cited')?.textContent).toBe(evil);
    expect(host.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('in an English browser', () => {
  it('uses the English words and dates', () => {
    speakEnglish();
    const host = draw(<Panel {...panelProps()} />);
    expect(texts(host.querySelectorAll('h2'))).toEqual(['Letter', 'Actors', 'Timeline', 'Citations', 'Keys']);
    expect(texts(host.querySelectorAll('.actor-group h3'))).toEqual(['People (3)', 'Offices (1)', 'Places (2)']);
    expect(host.querySelector('.sort')?.textContent).toContain('Sort by');
    expect(texts((host.querySelector('select') as HTMLSelectElement).options)).toEqual(['number of mentions', 'first mention']);
    expect(host.querySelector('[data-actor="p-hoekstra"] .visually-hidden')?.textContent).toBe('3 mentions');
    expect(host.querySelector('[data-actor="o-minister"] .visually-hidden')?.textContent).toBe('1 mention');
    expect(host.querySelector('[data-event="e5"] .when')?.textContent).toBe('Sunday 2 October 2022');
    expect(host.querySelector('[data-event="e3"] .when')?.textContent).toBe('October 2022');
    expect(host.querySelector('[data-event="e2"] .when')?.textContent).toBe('undated');
    expect(host.querySelector('.unresolved')?.textContent).toContain('unresolved');
    expect(host.querySelector('fieldset legend')?.textContent).toBe('Highlights');
    expect(texts(host.querySelectorAll('fieldset label'))).toEqual(['People', 'Offices', 'Organisations', 'Places', 'Events', 'Citations']);
  });

  it('has every Dutch word in English too, with the same placeholders', async () => {
    const nl = (await import('../../../public/_locales/nl/messages.json')).default as Record<
      string,
      { message: string; placeholders?: object }
    >;
    const en = (await import('../../../public/_locales/en/messages.json')).default as Record<
      string,
      { message: string; placeholders?: object }
    >;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [k, v] of Object.entries(nl)) {
      expect(en[k]?.message.match(/\$ARG\d\$/g)?.sort(), k).toEqual(v.message.match(/\$ARG\d\$/g)?.sort());
      expect(en[k]?.placeholders, k).toEqual(v.placeholders);
    }
  });
});
