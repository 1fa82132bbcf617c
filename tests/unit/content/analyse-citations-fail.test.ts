// When the page cannot find the citations (a text that breaks the finder), the actors and events
// from the background are still drawn and the panel says what is missing.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAnalysis } from '@/entrypoints/content/analyse';
import { answerExtractPort } from '@/lib/messages/extract-port';
import { readPageInSlices } from '@/lib/page/read-page';
import { msg } from '@/lib/ui/words';
import { fixtureHtml, parseHtml } from '@/tests/unit/helpers';
import { portPair } from '@/tests/unit/messages/port-pair';

vi.mock('@/lib/extract/references-in-slices', () => ({
  findReferencesInSlices: () => Promise.reject(new RangeError('Maximum call stack size exceeded')),
}));

describe('startAnalysis when the citations fail', () => {
  it('keeps the actors and events and says the citations are missing', async () => {
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info?: { name?: string }) => {
      const pair = portPair(info?.name ?? '', fakeBrowser.runtime.id);
      answerExtractPort(pair.background, fakeBrowser.runtime.id);
      return pair.page;
    }) as never);
    const analysis = startAnalysis();
    const doc = parseHtml(fixtureHtml('pages', 'kst-21501-02-2553'));
    const reading = await readPageInSlices(doc, 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html', undefined, analysis.push);
    const { report, problem } = await analysis.finish(reading, reading.document);
    expect(problem).toBe(msg('problemReferences'));
    expect(report?.actors.length).toBeGreaterThan(5);
    expect(report?.events.length).toBeGreaterThan(0);
    expect(report?.references).toEqual([]);
  });
});
