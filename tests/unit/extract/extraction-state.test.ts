// An extraction depends on its own text and facts alone: what it remembers while it runs (the tokens,
// the scan's words and keys, the events' trigger words) belongs to it, so another extraction before
// it, beside it or inside its parts changes nothing. The module-level state it once had (spare token
// arrays, key caches, the scanner's current words) is gone; the last test keeps it from coming back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

// The text in `n` parts cut at spaces.
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

describe('an extraction', () => {
  it('gives the same after a longer extraction of another text as it gives first', () => {
    const short = pageOf('kst-21501-02-2553');
    const long = pageOf('h-tk-20232024-4-26');
    const first = extract(short.text, short.context);
    // A longer text before it leaves longer token arrays and more words behind, if anything is left.
    extract(`${long.text}\n${long.text}`, long.context);
    expect(extract(short.text, short.context)).toEqual(first);
  });

  it('gives the same when whole extractions of other texts run between its parts', () => {
    const a = pageOf('h-tk-20232024-4-26');
    const b = pageOf('kst-21501-02-2553');
    const alone = extract(a.text, a.context);
    const stream = createExtractionStream(a.text.length);
    for (const part of partsOf(a.text, 6)) {
      stream.push(part);
      extract(b.text, b.context); // another tab's page, read whole between two parts of this one
    }
    expect(stream.finish(a.context)).toEqual(alone);
  });

  it('gives the same when three streams are read and finished in turn', () => {
    const pages = [pageOf('h-tk-20232024-4-26'), pageOf('kst-21501-02-2553'), pageOf('h-tk-20232024-4-26')];
    const alone = pages.map((page) => extract(page.text, page.context));
    const runs = pages.map((page, n) => ({ page, stream: createExtractionStream(page.text.length), parts: partsOf(page.text, 4 + n) }));
    const results: Array<ReturnType<typeof extract> | undefined> = [];
    const rounds = Math.max(...runs.map((run) => run.parts.length)) + 1;
    for (let k = 0; k < rounds; k++) {
      for (const [n, run] of runs.entries()) {
        const part = run.parts[k];
        if (part !== undefined) run.stream.push(part);
        else results[n] ??= run.stream.finish(run.page.context); // finished while the others go on
      }
    }
    expect(results).toEqual(alone);
  });

  it('keeps no state of its own at module level (lib/extract)', () => {
    // A `let` at the top of a module, or a map or set named as a variable rather than a constant, is
    // state that outlives an extraction. The two left are built once from constant lists and never
    // changed: the same for every text.
    const allowed = new Set(['gazetteer/index.ts: let cached', 'actors/rule-words.ts: let shapesBuilt']);
    const root = join(process.cwd(), 'lib/extract');
    const found: string[] = [];
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      for (const line of readFileSync(join(root, file), 'utf8').split('\n')) {
        const [, kind, name = ''] = /^(?:export )?(let|var|const) (\w+)/.exec(line) ?? [];
        const cache = kind === 'const' && /^[a-z]/.test(name) && /= new (?:Map|Set|WeakMap)\b/.test(line);
        if (kind === 'let' || kind === 'var' || cache) found.push(`${file.replaceAll('\\', '/')}: ${kind} ${name}`);
      }
    }
    expect(found.filter((f) => !allowed.has(f))).toEqual([]);
  });
});
