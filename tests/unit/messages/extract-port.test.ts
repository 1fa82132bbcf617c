// The extraction port: parts in; the packed actors, then the events out, the same as for the whole text at once;
// malformed messages answered in words; ports of others left alone.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/extract';
import { answerExtractPort, type PortLike } from '@/lib/messages/extract-port';
import { EXTRACT_PORT } from '@/lib/messages/extract-port-protocol';
import { packActors } from '@/lib/messages/packed-extraction';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml } from '@/tests/unit/helpers';

const ID = 'kantlijn-test-id';

function fakePort(name = EXTRACT_PORT, sender: string | undefined = ID) {
  const posted: unknown[] = [];
  const listeners: Array<(m: unknown) => void> = [];
  const closers: Array<() => void> = [];
  let disconnected = false;
  const port: PortLike = {
    name,
    sender: { id: sender },
    postMessage: (m) => posted.push(m),
    disconnect: () => {
      disconnected = true;
    },
    onMessage: { addListener: (l) => listeners.push(l) },
    onDisconnect: { addListener: (l) => closers.push(l) },
  };
  return {
    port,
    posted,
    send: (m: unknown) => listeners.forEach((l) => l(m)),
    close: () => closers.forEach((c) => c()),
    get disconnected() {
      return disconnected;
    },
    listening: () => listeners.length > 0,
  };
}

const LETTER = 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html';

describe('answerExtractPort', () => {
  it('answers the parts of a text with the extraction of the whole, but for the citations', () => {
    const reading = readPage(parseHtml(fixtureHtml('pages', 'kst-21501-02-2553')), LETTER);
    const text = reading.index.text;
    const context = {
      id: reading.document.id,
      documentDate: reading.document.date,
      kind: reading.document.kind,
      letters: reading.document.letters,
    };
    const p = fakePort();
    answerExtractPort(p.port, ID);
    for (let at = 0; at < text.length; at += 997) p.send({ type: 'part', text: text.slice(at, at + 997) });
    expect(p.posted).toEqual([]);
    p.send({ type: 'end', context });
    // The actors first (the page unpacks them while the events are found), then the events. The
    // citations are the page's (StreamOptions.references): the answer has none.
    const whole = extract(text, context);
    expect(p.posted).toEqual([
      { ok: true, actors: packActors(whole.actors) },
      { ok: true, events: whole.events },
    ]);
    p.send({ type: 'end', context }); // once only
    expect(p.posted).toHaveLength(2);
  });

  it('says in words what is wrong with a message, and stops', () => {
    for (const bad of [{ type: 'part', text: 42 }, { type: 'end', context: { kind: 'poem' } }, { type: 'what' }, null, 'part']) {
      const p = fakePort();
      answerExtractPort(p.port, ID);
      p.send({ type: 'part', text: 'De Minister van Buitenlandse Zaken' });
      p.send(bad);
      expect(p.posted).toEqual([{ ok: false, error: 'De tekst kon niet worden geanalyseerd: het verzoek is onvolledig.' }]);
      p.send({ type: 'end', context: { id: null, documentDate: null, kind: 'letter', letters: [] } });
      expect(p.posted).toHaveLength(1);
    }
  });

  it('leaves other ports alone, closes ports of other senders, forgets a closed one', () => {
    const other = fakePort('something-else');
    answerExtractPort(other.port, ID);
    expect(other.listening()).toBe(false);
    expect(other.disconnected).toBe(false);
    const stranger = fakePort(EXTRACT_PORT, 'another-extension');
    answerExtractPort(stranger.port, ID);
    expect(stranger.disconnected).toBe(true);
    expect(stranger.listening()).toBe(false);
    const closed = fakePort();
    answerExtractPort(closed.port, ID);
    closed.send({ type: 'part', text: 'Tekst' });
    closed.close();
    closed.send({ type: 'end', context: { id: null, documentDate: null, kind: 'letter', letters: [] } });
    expect(closed.posted).toEqual([]);
  });
});
