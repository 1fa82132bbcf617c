// The hover cards: roles, labels and contents in Dutch, page text rendered as text only.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ActorCard, type ActorCardProps } from '@/components/ActorCard';
import { EventCard, type EventCardProps } from '@/components/EventCard';
import { ReferenceCard } from '@/components/ReferenceCard';
import { shortDate, roleEvidenceLabel } from '@/lib/highlight/card-words';
import { safeHref } from '@/lib/util/safe-href';

let host: HTMLElement;

function draw(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}

afterEach(() => {
  render(null, host);
  host.remove();
});

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const klaar: ActorCardProps = {
  name: 'Toivo Klaar',
  type: 'person',
  roles: [{ role: 'Speciaal Vertegenwoordiger voor de Zuidelijke Kaukasus', evidence: 'apposition' }],
  aliases: ['Speciaal Vertegenwoordiger voor de Zuidelijke Kaukasus', 'T. Klaar', 'Klaar', 'toivo klaar'],
  mentionCount: 5,
  mentionIndex: 1,
  events: [
    { id: 'e4', date: '2022-10-02', what: 'bericht van de Speciaal Vertegenwoordiger' },
    { id: 'e9', date: null, what: 'bezoek' },
  ],
  alsoIn: [
    {
      id: 'kst-21501-02-2602',
      title: 'Verslag Raad Buitenlandse Zaken',
      date: '2022-12-12',
      url: 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2602.html',
    },
  ],
};

describe('ActorCard', () => {
  it('is a dialog labelled with the name, showing type, roles with their evidence in words, aliases and mentions', () => {
    const el = draw(<ActorCard {...klaar} />);
    const dialog = el.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe('Toivo Klaar');
    expect(text(el.querySelector('.k-card-title'))).toBe('Toivo Klaar');
    expect(text(el.querySelector('.k-card-kind-label'))).toBe('Persoon');
    expect(el.querySelector('.k-swatch')?.getAttribute('aria-hidden')).toBe('true');
    expect(text(el.querySelector('.k-card-roles li'))).toBe(
      'Speciaal Vertegenwoordiger voor de Zuidelijke Kaukasus (uit een bijstelling in de tekst)',
    );
    // The role and the name are not repeated among the aliases.
    expect([...el.querySelectorAll('.k-card-aliases li')].map(text)).toEqual(['T. Klaar', 'Klaar']);
    expect(text(el.querySelector('.k-card-count'))).toBe('5 vermeldingen · vermelding 2 van 5');
    const headings = [...el.querySelectorAll('.k-card-heading')].map(text);
    expect(headings).toEqual(['Rollen', 'Ook genoemd', 'Gebeurtenissen', 'Ook in']);
  });

  it('lists the events with their dates and the other publications as links in the same tab', () => {
    const el = draw(<ActorCard {...klaar} />);
    expect([...el.querySelectorAll('.k-card-events li')].map(text)).toEqual([
      '2 oktober 2022 bericht van de Speciaal Vertegenwoordiger',
      'zonder datum bezoek',
    ]);
    const link = el.querySelector('.k-card-docs a') as HTMLAnchorElement;
    expect(link.textContent).toBe('Kamerstukken II 2022/23, 21501-02, nr. 2602');
    expect(link.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2602.html');
    expect(link.hasAttribute('target')).toBe(false);
    // Without the dossier's title (a record from before it was kept) the printed title says what it is.
    expect(text(el.querySelector('.k-card-docs li'))).toBe(
      'Kamerstukken II 2022/23, 21501-02, nr. 2602 12 december 2022Verslag Raad Buitenlandse Zaken',
    );
  });

  it('tells a minister’s letters apart under "Ook in" by citation and dossier, not by their printed title', () => {
    const letter = (id: string, date: string, dossierTitles: string[]) => ({
      id,
      title: 'BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN',
      date,
      url: `https://zoek.officielebekendmakingen.nl/${id}.html`,
      dossier: [id.replace(/^kst-|-[^-]+$/g, '')],
      dossierTitles,
    });
    const el = draw(
      <ActorCard
        {...klaar}
        alsoIn={[
          letter('kst-21501-02-2553', '2022-11-23', ['Raad Algemene Zaken en Raad Buitenlandse Zaken']),
          letter('kst-36045-55', '2022-03-31', ['Situatie in de Oekraïne']),
        ]}
      />,
    );
    const items = [...el.querySelectorAll('.k-card-docs li')];
    expect(items.map((li) => text(li.querySelector('a')))).toEqual([
      'Kamerstukken II 2022/23, 21501-02, nr. 2553',
      'Kamerstukken II 2021/22, 36045, nr. 55',
    ]);
    expect(items.map((li) => text(li.querySelector('.k-card-about')))).toEqual([
      'Raad Algemene Zaken en Raad Buitenlandse Zaken',
      'Situatie in de Oekraïne',
    ]);
    expect(el.textContent).not.toContain('BRIEF VAN DE MINISTER');
  });

  it('has no banner: the head is no <header>, the title a level-2 heading above the level-3 sections', () => {
    const el = draw(<ActorCard {...klaar} onClose={() => undefined} />);
    expect(el.querySelector('header, [role="banner"]')).toBeNull();
    expect(el.querySelector('.k-card-title')?.tagName).toBe('H2');
    expect([...el.querySelectorAll('h1, h2, h3, h4')].map((h) => h.tagName)).toEqual(['H2', 'H3', 'H3', 'H3', 'H3']);
  });

  it('says when other publications are being looked up, and when there are none', () => {
    let el = draw(<ActorCard {...klaar} alsoIn={null} />);
    expect(text(el.querySelector('.k-card-also [role="status"]'))).toBe('Andere documenten opzoeken…');
    render(null, host);
    host.remove();
    el = draw(<ActorCard {...klaar} alsoIn={[]} />);
    expect(text(el.querySelector('.k-card-also p'))).toBe('Niet in andere documenten die u opende.');
  });

  it('steps through mentions with previous and next buttons', () => {
    const calls: string[] = [];
    const el = draw(<ActorCard {...klaar} onPreviousMention={() => calls.push('prev')} onNextMention={() => calls.push('next')} />);
    const prev = el.querySelector('button[aria-label="Vorige vermelding"]') as HTMLButtonElement;
    const next = el.querySelector('button[aria-label="Volgende vermelding"]') as HTMLButtonElement;
    next.click();
    next.click();
    prev.click();
    expect(calls).toEqual(['next', 'next', 'prev']);
  });

  it('has no steps for a single mention, and says "1 vermelding"', () => {
    const el = draw(<ActorCard {...klaar} mentionCount={1} mentionIndex={0} onNextMention={() => undefined} />);
    expect(text(el.querySelector('.k-card-count'))).toBe('1 vermelding');
    expect(el.querySelector('.k-card-step')).toBeNull();
  });

  it('shows a signatory role and leaves out roles, aliases and events sections when empty', () => {
    const el = draw(
      <ActorCard
        {...klaar}
        type="office"
        roles={[
          { role: 'Minister van Buitenlandse Zaken', evidence: 'ondertekenaar' },
          { role: 'voorzitter', evidence: null },
        ]}
        aliases={[]}
        events={[]}
      />,
    );
    expect([...el.querySelectorAll('.k-card-roles li')].map(text)).toEqual([
      'Minister van Buitenlandse Zaken (uit de ondertekening)',
      'voorzitter',
    ]);
    expect(text(el.querySelector('.k-card-kind-label'))).toBe('Functie');
    expect([...el.querySelectorAll('.k-card-heading')].map(text)).toEqual(['Rollen', 'Ook in']);
  });

  it('renders HTML in names, roles, aliases, events and titles as text', () => {
    const evil = '<img src=x onerror="globalThis.__pwned=1">';
    const el = draw(
      <ActorCard
        {...klaar}
        name={evil}
        roles={[{ role: evil, evidence: evil }]}
        aliases={[`${evil}!`]}
        events={[{ id: 'x', date: evil, what: evil }]}
        alsoIn={[{ id: 'd', title: evil, date: null, url: 'javascript:alert(1)' }]}
      />,
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe(evil);
    expect(text(el.querySelector('.k-card-title'))).toBe(evil);
    expect(el.querySelector('.k-card-docs a')).toBeNull(); // no javascript: link
    expect(text(el.querySelector('.k-card-docs li'))).toBe(evil); // no citation form for id "d": the title
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('has a close button when asked, and room for more at its foot', () => {
    let closed = 0;
    const el = draw(
      <ActorCard {...klaar} onClose={() => closed++}>
        <button type="button">Notitie bij Toivo Klaar</button>
      </ActorCard>,
    );
    (el.querySelector('button[aria-label="Sluiten"]') as HTMLButtonElement).click();
    expect(closed).toBe(1);
    expect(el.querySelector('[role="dialog"]')?.lastElementChild?.textContent).toBe('Notitie bij Toivo Klaar');
  });
});

const event: EventCardProps = {
  what: 'circuleerde een video op sociale media',
  date: '2022-10-02',
  cue: 'zondag 2 oktober jl.',
  resolution: '"jl." → de laatste 2 oktober vóór 23 november 2022',
  weekdayMismatch: false,
  actors: [
    { id: 'a7', name: 'Azerbeidzjan' },
    { id: 'a8', name: 'Armenië' },
  ],
};

const facts = (el: Element) => Object.fromEntries([...el.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));

describe('EventCard', () => {
  it('is a dialog labelled with what happened, with the date written out with its weekday', () => {
    const el = draw(<EventCard {...event} />);
    expect(el.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('circuleerde een video op sociale media');
    expect(text(el.querySelector('.k-card-title'))).toBe('zondag 2 oktober 2022');
    expect(text(el.querySelector('.k-card-kind-label'))).toBe('Gebeurtenis');
    expect(facts(el)).toEqual({
      Wat: 'circuleerde een video op sociale media',
      'In de tekst': '“zondag 2 oktober jl.”',
      Herleid: '"jl." → de laatste 2 oktober vóór 23 november 2022',
      Betrokken: 'AzerbeidzjanArmenië',
    });
    expect([...el.querySelectorAll('.k-card-actors li')].map(text)).toEqual(['Azerbeidzjan', 'Armenië']);
    expect(el.querySelector('.k-card-flag')).toBeNull();
  });

  it('flags a weekday that contradicts the date', () => {
    const el = draw(<EventCard {...event} cue="maandag 2 oktober jl." weekdayMismatch />);
    expect(text(el.querySelector('.k-card-flag'))).toBe('⚠ Let op: de weekdag in de tekst past niet bij deze datum.');
  });

  it('writes months and years without weekday, says "zonder datum" when undated, and leaves out what is unknown', () => {
    let el = draw(<EventCard {...event} date="2022-10" resolution={null} actors={[]} />);
    expect(text(el.querySelector('.k-card-title'))).toBe('oktober 2022');
    expect(Object.keys(facts(el))).toEqual(['Wat', 'In de tekst']);
    render(null, host);
    host.remove();
    el = draw(<EventCard {...event} date={null} />);
    expect(text(el.querySelector('.k-card-title'))).toBe('zonder datum');
  });

  it('lets the reader choose an actor, and renders HTML as text', () => {
    const chosen: string[] = [];
    const evil = '<b onmouseover=alert(1)>x</b>';
    const el = draw(
      <EventCard
        {...event}
        what={evil}
        cue={evil}
        resolution={evil}
        actors={[{ id: 'a1', name: evil }]}
        onActorSelect={(id) => chosen.push(id)}
      />,
    );
    expect(el.querySelector('b')).toBeNull();
    (el.querySelector('.k-card-actors button') as HTMLButtonElement).click();
    expect(chosen).toEqual(['a1']);
    expect(el.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe(evil);
  });
});

describe('ReferenceCard', () => {
  it('shows the cited id, the citation as printed and "Openen op de site"', () => {
    let opened = 0;
    const el = draw(
      <ReferenceCard
        target="kst-21501-02-2535"
        text="Kamerstuk 21 501-02, nr. 2535"
        url="https://zoek.officielebekendmakingen.nl/kst-21501-02-2535.html"
        onOpen={() => opened++}
      />,
    );
    expect(el.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('kst-21501-02-2535');
    expect(text(el.querySelector('.k-card-title'))).toBe('kst-21501-02-2535');
    expect(text(el.querySelector('.k-card-kind-label'))).toBe('Verwijzing');
    expect(text(el.querySelector('.k-card-cue'))).toBe('“Kamerstuk 21 501-02, nr. 2535”');
    const link = el.querySelector('a.k-card-open') as HTMLAnchorElement;
    expect(link.textContent).toBe('Openen op de site');
    expect(link.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2535.html');
    expect(link.hasAttribute('target')).toBe(false);
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    expect(opened).toBe(1);
  });

  it('says so when the citation was not resolved, and never links to javascript:', () => {
    let el = draw(<ReferenceCard target={null} text="Handelingen II 2021/22" url={null} />);
    expect(el.querySelector('a')).toBeNull();
    expect(text(el.querySelector('.k-card-title'))).toBe('Handelingen II 2021/22');
    expect(el.querySelector('.k-card-cue')).toBeNull();
    expect(text(el.querySelector('.k-card-muted'))).toBe('Niet herleid tot een publicatie op de site.');
    render(null, host);
    host.remove();
    el = draw(<ReferenceCard target="kst-1" text="<script>alert(1)</script>" url="javascript:alert(1)" />);
    expect(el.querySelector('a')).toBeNull();
    expect(el.querySelector('script')).toBeNull();
    expect(text(el.querySelector('.k-card-cue'))).toBe('“<script>alert(1)</script>”');
  });
});

describe('card words', () => {
  it('writes dates short, in Dutch by default and in English when asked', () => {
    expect(shortDate('2022-10-02')).toBe('2 oktober 2022');
    expect(shortDate('2022-10')).toBe('oktober 2022');
    expect(shortDate('2020')).toBe('2020');
    expect(shortDate('2022-10-02', 'en')).toBe('2 October 2022');
    expect(shortDate('gisteren')).toBe('gisteren');
  });

  it('allows only http(s) links', () => {
    expect(safeHref('https://zoek.officielebekendmakingen.nl/a.html')).toBe('https://zoek.officielebekendmakingen.nl/a.html');
    expect(safeHref('JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });

  it('puts an unknown evidence code in words as it is', () => {
    expect(roleEvidenceLabel('aanhef')).toBe('bron: aanhef');
    expect(roleEvidenceLabel('  ')).toBeNull();
  });
});
