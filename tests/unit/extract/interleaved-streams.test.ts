// Two extractions at once give what each gives alone: the background may read two tabs' texts in
// turn, part by part, and what an extraction remembers while it runs (its token arrays, the scan's
// words, token keys and actor keys, the events' trigger words) belongs to it, not to the other.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractContext } from '@/lib/extract/extract';
import { createExtractionStream } from '@/lib/extract/stream';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml } from '@/tests/unit/helpers';

function pageOf(id: string): { text: string; context: ExtractContext } {
  const reading = readPage(parseHtml(fixtureHtml('pages', id)), `https://zoek.officielebekendmakingen.nl/${id}.html`);
  const d = reading.document;
  return { text: reading.index.text, context: { id: d.id, documentDate: d.date, kind: d.kind, letters: d.letters } };
}

// The text in `n` parts cut at spaces, so each push does work of its own.
function partsOf(text: string, n: number): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let k = 1; k < n; k++) {
    const cut = text.indexOf(' ', Math.floor((text.length * k) / n));
    if (cut < 0) break;
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts;
}

describe('extractions interleaved', () => {
  it('give the same actors, events and references as one after the other', () => {
    const a = pageOf('h-tk-20232024-4-26'); // Handelingen with speakers
    const b = pageOf('kst-21501-02-2553'); // a letter of other actors and dates
    const alone = [extract(a.text, a.context), extract(b.text, b.context)];

    const streamA = createExtractionStream(a.text.length);
    const streamB = createExtractionStream(b.text.length);
    const partsA = partsOf(a.text, 7);
    const partsB = partsOf(b.text, 5);
    for (let k = 0; k < Math.max(partsA.length, partsB.length); k++) {
      if (k < partsA.length) streamA.push(partsA[k] as string);
      if (k < partsB.length) streamB.push(partsB[k] as string);
    }
    // A finishes while B is still open, then B finishes.
    const together = [streamA.finish(a.context), streamB.finish(b.context)];

    expect(together[0]).toEqual(alone[0]);
    expect(together[1]).toEqual(alone[1]);
    expect(alone[0]?.actors.length).toBeGreaterThan(5);
    expect(alone[1]?.events.length).toBeGreaterThan(3);
  });
});
