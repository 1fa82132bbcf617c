// The content script computes the full report (actors, events, references) from the page it reads,
// the same as the annotate CLI: checked through the tab protocol in real Chromium, in every markup.
import { describe, expect, it } from 'vitest';
import type { Report } from '@/lib/model/report';
import { panel, reportOf, type Variant } from '@/scripts/browser/harness';
import { useHarness } from './use-harness';

const harness = useHarness();

async function reportFor(id: string, variant: Variant): Promise<Report> {
  const page = await harness().open(id, { variant });
  await panel(page).host.waitFor({ state: 'attached', timeout: 15_000 });
  try {
    return await reportOf(harness(), page);
  } finally {
    await page.close();
  }
}

describe.each(['a', 'b', 'c'] as const)('the report in markup %s', (variant) => {
  it('names Hoekstra with his office and T. Klaar with his role in the bundled letter', async () => {
    const report = await reportFor('kst-21501-02-2553', variant);
    expect(report?.document.kind).toBe('letter');
    const hoekstra = report?.actors.find((a) => a.name === 'W.B. Hoekstra');
    expect(hoekstra?.aliases).toContain('Minister van Buitenlandse Zaken');
    const klaar = report?.actors.find((a) => a.aliases.includes('Klaar') || a.name.endsWith('Klaar'));
    expect(klaar?.roles).toContain('Speciaal Vertegenwoordiger voor de Zuidelijke Kaukasus');
    for (const actor of report?.actors ?? []) {
      expect(actor.mentions.length).toBeGreaterThan(0);
    }
  });
});
