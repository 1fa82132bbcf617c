// The panel draws the document's facts as text, in Dutch, with the landmarks the reader relies on.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PageControls } from '@/components/PageControls';
import { Panel } from '@/components/Panel';
import type { ReportDocument } from '@/lib/model/report';
import { allHighlightKinds } from '@/lib/ui/highlight-kinds';

const doc: ReportDocument = {
  id: 'kst-36045-55',
  kind: 'letter',
  title: 'BRIEF VAN DE MINISTERS',
  date: '2022-03-31',
  dossier: ['36045'],
  dossierTitles: ['Situatie in de Oekraïne'],
  letters: [
    {
      title: 'BRIEF VAN DE MINISTERS',
      sender: 'Ministers van Buitenlandse Zaken, van Financiën',
      addressee: 'Voorzitter van de Tweede Kamer der Staten-Generaal',
      place: 'Den Haag',
      date: '2022-03-31',
      signatories: [
        { name: 'W.B. Hoekstra', role: 'De Minister van Buitenlandse Zaken' },
        { name: '<img src=x onerror=alert(1)>', role: null },
      ],
    },
  ],
  footnotes: [],
};

function drawClosed(trusted: (event: Event) => boolean = () => true) {
  const host = document.createElement('div');
  let toggled = 0;
  render(<PageControls open={false} onToggle={() => toggled++} adder={null} onAdd={() => undefined} trusted={trusted} />, host);
  return { host, toggled: () => toggled };
}

// The panel on its own (the panel's frame passes it the report and reports what the reader does).
function drawPanel(d: ReportDocument = doc, problems: string[] = []) {
  const host = document.createElement('div');
  const ignore = () => {};
  render(
    <Panel
      report={null}
      document={d}
      problems={problems}
      onClose={ignore}
      onActorActivate={ignore}
      onEventActivate={ignore}
      highlightKinds={allHighlightKinds()}
      onToggleHighlightKind={ignore}
    />,
    host,
  );
  return { host };
}

const facts = (host: HTMLElement) =>
  Object.fromEntries(Array.from(host.querySelectorAll('dt'), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]));

describe('the page controls and the panel', () => {
  it('shows only the tab while closed', () => {
    const { host, toggled } = drawClosed();
    expect(host.querySelector('aside')).toBeNull();
    const tab = host.querySelector('button.tab') as HTMLButtonElement;
    expect(tab.getAttribute('aria-label')).toBe('Kantlijn openen');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    tab.click();
    expect(toggled()).toBe(1);
  });

  it('does not let a script press the tab', () => {
    const { host, toggled } = drawClosed((event) => event.isTrusted);
    (host.querySelector('button.tab') as HTMLButtonElement).click();
    expect(toggled()).toBe(0);
  });

  it('shows the letter facts under "Brief" when open, values as text', () => {
    const { host } = drawPanel();
    const panel = host.querySelector('aside'); // the complementary landmark, by its element
    expect(panel?.getAttribute('aria-label')).toBe('Kantlijn');
    expect(host.querySelector('h2')?.textContent).toBe('Brief');
    const f = facts(host);
    expect(f.Soort).toBe('Brief');
    expect(f.Afzender).toBe('Ministers van Buitenlandse Zaken, van Financiën');
    expect(f.Geadresseerde).toBe('Voorzitter van de Tweede Kamer der Staten-Generaal');
    expect(f.Datum).toBe('31 maart 2022');
    expect(f.Dossier).toBe('36045Situatie in de Oekraïne');
    expect(host.querySelectorAll('.signatories li')).toHaveLength(2);
    expect(host.querySelector('img')).toBeNull(); // page-derived text is never markup
  });

  it('heads other documents "Document" and lists problems in a status region', () => {
    const { host } = drawPanel({ ...doc, kind: 'proceedings', letters: [] }, ['De datum van het document is niet gevonden.']);
    expect(host.querySelector('h2')?.textContent).toBe('Document');
    expect(facts(host).Soort).toBe('Handelingen');
    expect(host.querySelector('[role="status"]')?.textContent).toContain('datum');
  });
});
