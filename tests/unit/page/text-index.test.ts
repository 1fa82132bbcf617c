// The TextIndex: every normalisation, and the offset map surviving each of them exactly.
import { describe, expect, it } from 'vitest';
import { buildTextIndex, type TextIndex } from '@/lib/page/text-index';
import { toDomPosition, toTextOffset } from '@/lib/page/text-position';
import { page } from '@/tests/unit/helpers';

function indexOf(inner: string): TextIndex {
  const doc = page(inner);
  return buildTextIndex(doc.querySelector('main') as Element);
}

// Every character of the text either maps back to the same character in its node, or is synthetic.
function expectExactMap(index: TextIndex) {
  for (const seg of index.segments) {
    const fromText = index.text.slice(seg.start, seg.end);
    const fromNode = seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.end - seg.start);
    expect(fromText.replace(/ /g, ' ')).toBe(fromNode.replace(/[\s\u00a0\u2009\u202f]/g, ' '));
  }
  let covered = 0;
  for (const seg of index.segments) covered += seg.end - seg.start;
  const synthetic = index.text.length - covered;
  expect(synthetic).toBe((index.text.match(/\n/g) ?? []).length + syntheticSpaces(index));
}

function syntheticSpaces(index: TextIndex): number {
  let n = 0;
  for (let i = 0; i < index.text.length; i++) {
    if (index.text[i] === ' ' && !index.segments.some((s) => s.start <= i && i < s.end)) n++;
  }
  return n;
}

describe('buildTextIndex', () => {
  it('separates blocks by one newline and keeps inline elements in the line', () => {
    const index = indexOf('<h2>Titel</h2><p>Een <b>vette</b> zin.</p><div><p>Twee</p></div>');
    expect(index.text).toBe('Titel\nEen vette zin.\nTwee');
    expectExactMap(index);
  });

  it('turns <br> into a newline (signatures in one paragraph)', () => {
    const index = indexOf('<p>De Minister van Financiën,<br>S.A.M. Kaag</p>');
    expect(index.text).toBe('De Minister van Financiën,\nS.A.M. Kaag');
  });

  it('reads no-break, narrow no-break and thin spaces as spaces ("21 501-02")', () => {
    const index = indexOf('<p>21\u00a0501-02 en 21\u202f501 en 21\u2009501</p>');
    expect(index.text).toBe('21 501-02 en 21 501 en 21 501');
    expectExactMap(index);
  });

  it('drops soft hyphens and zero-width characters without losing the map', () => {
    const index = indexOf('<p>oorlogs\u00admisdrijven en Azer\u200bbeidzjan</p>');
    expect(index.text).toBe('oorlogsmisdrijven en Azerbeidzjan');
    expectExactMap(index);
    const pos = toDomPosition(index, index.text.indexOf('misdrijven'));
    expect(pos?.node.data.slice(pos.offset, pos.offset + 10)).toBe('misdrijven');
  });

  it('collapses runs of white space and drops it at block edges', () => {
    const index = indexOf('<p>\n   Den   Haag,\n\t23 november 2022  </p>\n\n<p>  Tweede </p>');
    expect(index.text).toBe('Den Haag, 23 november 2022\nTweede');
    expectExactMap(index);
  });

  it('keeps footnote numbers apart: "2020<sup>1</sup>" reads "2020" plus note 1', () => {
    const index = indexOf('<p>in 2020<sup><a href="#n1">1</a></sup> en crisis<a class="nootnum" href="#n2">2</a>en verder.</p>');
    expect(index.text).toBe('in 2020 en crisis en verder.');
    expect(index.notes.map((n) => [n.label, n.target, index.text.slice(0, n.offset)])).toEqual([
      ['1', 'n1', 'in 2020'],
      ['2', 'n2', 'in 2020 en crisis'],
    ]);
    expectExactMap(index);
  });

  it('does not take a superscript that is not a note number for one', () => {
    const index = indexOf('<p>10<sup>3</sup> kubieke meter en m<sup>2</sup> en X<sup>tekst</sup></p>');
    expect(index.text).toContain('Xtekst');
  });

  it('skips the site chrome inside the body', () => {
    const index = indexOf(
      '<p>Tekst.</p><div class="pageactions"><a href="#top">Naar boven</a><button>Delen</button></div>' +
        '<div id="delenModal" role="dialog"><p>Permanente link</p></div><script>var x = 1;</script><p>Einde.</p>',
    );
    expect(index.text).toBe('Tekst.\nEinde.');
  });

  it('maps DOM positions to offsets and back', () => {
    const index = indexOf('<p>Den Haag, <b>23 november</b>&nbsp;2022</p><p>Volgende alinea</p>');
    for (let offset = 0; offset < index.text.length; offset++) {
      if (index.text[offset] === '\n') continue;
      const pos = toDomPosition(index, offset);
      expect(pos).not.toBeNull();
      expect(toTextOffset(index, pos!.node, pos!.offset)).toBe(offset);
    }
    // The synthetic newline: a range ending there ends after "2022", one starting there starts at "Volgende".
    const newline = index.text.indexOf('\n');
    const end = toDomPosition(index, newline, 'backward');
    expect(end?.node.data.slice(0, end.offset).endsWith('2022') && end.offset === end.node.data.length).toBe(true);
    const start = toDomPosition(index, newline, 'forward');
    expect(start?.node.data.slice(start.offset)).toBe('Volgende alinea');
  });

  it('indexes a deeply nested page without overflowing the stack', () => {
    const depth = 3_000;
    const inner = `${'<span>'.repeat(depth)}diep${'</span>'.repeat(depth)}`;
    const index = indexOf(`<p>${inner}</p>`);
    expect(index.text).toBe('diep');
  });
});

describe('buildTextIndexInSlices', () => {
  it('gives the same index as the one-pass build, a slice at a time', async () => {
    const { buildTextIndexInSlices } = await import('@/lib/page/text-index');
    const inner = Array.from({ length: 3000 }, (_, n) => `<p>Alinea ${n}&nbsp;met <b>vet</b> en een noot<sup>${n % 9}</sup>.</p>`).join('');
    const doc = page(inner);
    const main = doc.querySelector('main') as Element;
    const whole = buildTextIndex(main);
    const sliced = await buildTextIndexInSlices(main, { sliceMs: 0 });
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.length).toBe(whole.segments.length);
    expect(sliced.notes.map((n) => n.offset)).toEqual(whole.notes.map((n) => n.offset));
  });

  it('stops when its signal aborts', async () => {
    const { buildTextIndexInSlices } = await import('@/lib/page/text-index');
    const doc = page(Array.from({ length: 3000 }, () => '<p>tekst</p>').join(''));
    const controller = new AbortController();
    const pending = buildTextIndexInSlices(doc.querySelector('main') as Element, { sliceMs: 0, signal: controller.signal });
    controller.abort(new Error('weg'));
    await expect(pending).rejects.toThrow('weg');
  });
});

describe('buildTextIndexInSlices with onText', () => {
  it('hands over the text as it is read: a part per short slice at first, then large ones, together the index text', async () => {
    const { buildTextIndexInSlices, PART, SHORT_SLICES } = await import('@/lib/page/text-index');
    const inner = Array.from(
      { length: 4000 },
      (_, n) => `<p>Alinea ${n} met wat tekst over de Minister van Buitenlandse Zaken en de Kamer, ${'x'.repeat(60)}.</p>`,
    ).join('');
    const doc = page(inner);
    const parts: string[] = [];
    const index = await buildTextIndexInSlices(doc.querySelector('main') as Element, { sliceMs: 0, onText: (p) => parts.push(p) });
    expect(parts.join('')).toBe(index.text);
    expect(parts.length).toBeGreaterThan(SHORT_SLICES + 1);
    // A short slice (sliceMs 0: 256 nodes) reads far less than a large part.
    expect(parts.slice(0, SHORT_SLICES).every((p) => p.length > 0 && p.length < PART)).toBe(true);
    expect(parts.slice(SHORT_SLICES, -1).every((p) => p.length >= PART)).toBe(true);
  });
});
