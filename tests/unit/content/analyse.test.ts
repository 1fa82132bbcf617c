// The page's side of the analysis: the text streamed while it is read gives the report of the whole
// text (the background answers without the citations, the page finds them meanwhile); a port that
// closes without an answer, or no port at all, falls back to one message.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAnalysis } from '@/entrypoints/content/analyse';
import { extract } from '@/lib/extract/extract';
import { answerExtractPort } from '@/lib/messages/extract-port';
import { packExtraction } from '@/lib/messages/packed-extraction';
import { readPageInSlices } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml } from '@/tests/unit/helpers';
import { portPair } from '@/tests/unit/messages/port-pair';

const URL = 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html';

// A pair of ports: what one side posts, the other hears (asynchronously, as browsers deliver).
async function readLetter(push?: (part: string) => void) {
  const doc = parseHtml(fixtureHtml('pages', 'kst-21501-02-2553'));
  return readPageInSlices(doc, URL, undefined, push);
}

function answerWholeText() {
  const asked: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type: string; text: string; context: Parameters<typeof extract>[1] };
    asked.push(m.type);
    return Promise.resolve({ ok: true, extraction: packExtraction(extract(m.text, m.context)) });
  });
  return asked;
}

describe('startAnalysis', () => {
  it('streams the text while it is read and gives the report of the whole text', async () => {
    let parts = 0;
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info?: { name?: string }) => {
      const pair = portPair(info?.name ?? '', fakeBrowser.runtime.id);
      answerExtractPort(pair.background, fakeBrowser.runtime.id);
      return pair.page;
    }) as never);
    const analysis = startAnalysis();
    const reading = await readLetter((part) => {
      parts++;
      analysis.push(part);
    });
    const asked = answerWholeText();
    const { report, problem } = await analysis.finish(reading, reading.document);
    const context = {
      id: reading.document.id,
      documentDate: reading.document.date,
      kind: reading.document.kind,
      letters: reading.document.letters,
    };
    expect(problem).toBeNull();
    expect(parts).toBeGreaterThan(0);
    expect(asked).toEqual([]); // nothing sent twice
    const whole = extract(reading.index.text, context);
    expect(whole.references.length).toBeGreaterThan(0); // found on the page: the port's answer has none
    expect(report).toEqual({ url: URL, document: reading.document, ...whole });
  });

  // The fallback: when the stream cannot be used, the whole text goes in one `extract` message.
  const portClosesAtEnd = ((info?: { name?: string }) => {
    const pair = portPair(info?.name ?? '', fakeBrowser.runtime.id);
    pair.background.onMessage.addListener((m) => {
      if ((m as { type: string }).type === 'end') pair.background.disconnect(); // the background went away
    });
    return pair.page;
  }) as never;
  const noPort = (() => {
    throw new Error('Extension context invalidated.');
  }) as never;
  // The actors come, then the background goes away before the events.
  const portClosesAfterActors = ((info?: { name?: string }) => {
    const pair = portPair(info?.name ?? '', fakeBrowser.runtime.id);
    pair.background.onMessage.addListener((m) => {
      if ((m as { type: string }).type !== 'end') return;
      pair.background.postMessage({ ok: true, actors: [] });
      pair.background.disconnect();
    });
    return pair.page;
  }) as never;
  it.each([
    ['the port closes without an answer', portClosesAtEnd],
    ['the port closes after the actors, before the events', portClosesAfterActors],
    ['no port can be opened', noPort],
  ])('sends the whole text at once when %s', async (_, connect) => {
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(connect);
    const analysis = startAnalysis();
    const reading = await readLetter(analysis.push);
    const asked = answerWholeText();
    const { report } = await analysis.finish(reading, reading.document);
    expect(asked).toEqual(['extract']);
    expect(report?.actors.length).toBeGreaterThan(5);
  });

  it('says what went wrong when the background fails after the actors', async () => {
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info?: { name?: string }) => {
      const pair = portPair(info?.name ?? '', fakeBrowser.runtime.id);
      pair.background.onMessage.addListener((m) => {
        if ((m as { type: string }).type !== 'end') return;
        pair.background.postMessage({ ok: true, actors: [] });
        pair.background.postMessage({ ok: false, error: 'De tekst kon niet worden geanalyseerd: kapot.' });
      });
      return pair.page;
    }) as never);
    const analysis = startAnalysis();
    const reading = await readLetter(analysis.push);
    const asked = answerWholeText();
    expect(await analysis.finish(reading, reading.document)).toEqual({
      report: null,
      problem: 'De tekst kon niet worden geanalyseerd: kapot.',
    });
    expect(asked).toEqual([]);
  });

  it('closes the port when the analysis is dropped', async () => {
    let closed = false;
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info?: { name?: string }) => {
      const pair = portPair(info?.name ?? '', fakeBrowser.runtime.id);
      pair.background.onDisconnect.addListener(() => {
        closed = true;
      });
      return pair.page;
    }) as never);
    const analysis = startAnalysis();
    analysis.push('Tekst');
    analysis.cancel();
    await new Promise((r) => setTimeout(r, 0));
    expect(closed).toBe(true);
  });
});
