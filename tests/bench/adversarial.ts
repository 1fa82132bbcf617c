/**
 * `npx tsx tests/bench/adversarial.ts`: the extraction and the page reader on text made to slow
 * them (issue 14), against an ordinary text of the same length built from the fixtures
 * (generate.ts). Each kind of ADVERSARIAL_TEXT (tests/unit/linear-time.ts) is extracted as a text
 * of about 1 MB, and read as a page of 80-character lines; its time is divided by the ordinary
 * text's, timed in turns with it. Prints the ratios and merges them into bench/results.json under
 * `extract.adversarial`, keeping the section's other keys. Not a test: nothing here fails.
 */
import { Window } from 'happy-dom';
import { extract, type ExtractContext } from '@/lib/extract/extract';
import { readPage } from '@/lib/page/read-page';
import { ADVERSARIAL_TEXT } from '@/tests/unit/linear-time';
import { median } from './bench-kit';
import { buildText, fixtureParagraphs } from './generate';
import { RESULTS, writeSection } from './results-file';

const MB = 1024 * 1024;
const WARMUP = 1;
const RUNS = 5;
const LINE = 80;
const CONTEXT: ExtractContext = { documentDate: '2023-01-31', kind: 'letter', letters: [] };
const URL_ = 'https://zoek.officielebekendmakingen.nl/kst-35000-1.html';

// Milliseconds of each function per run, the functions taking turns (a busy machine slows them alike).
const sink: unknown[] = [];
function inTurns(fns: ReadonlyArray<() => unknown>): number[][] {
  for (let i = 0; i < WARMUP; i++) for (const fn of fns) sink.push(fn());
  sink.length = 0;
  const ms = fns.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      sink.push(fn());
      ms[k]?.push(performance.now() - t0);
      sink.length = 0;
    });
  }
  return ms;
}

// The text as a page of LINE-character paragraphs, 64 to a block, parsed by happy-dom (as the CLI reads a page).
async function withPage<T>(text: string, use: (doc: Document) => T): Promise<T> {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const blocks: string[] = [];
  for (let at = 0; at < text.length; at += 64 * LINE) {
    const lines: string[] = [];
    for (let k = at; k < Math.min(text.length, at + 64 * LINE); k += LINE) lines.push(`<p>${escapeHtml(text.slice(k, k + LINE))}</p>`);
    blocks.push(`<div>${lines.join('')}</div>`);
  }
  const window = new Window({
    url: URL_,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const html = `<!doctype html><html><head><title>t</title></head><body><main>${blocks.join('')}</main></body></html>`;
    return use(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

async function main(): Promise<void> {
  const ordinary = buildText(await fixtureParagraphs(), 1 * MB, 1);
  const size = ordinary.length;
  const kinds: Record<string, { extractMs: number; extractRatio: number; readMs: number; readRatio: number }> = {};
  const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(36)}${value}\n`);
  line('ordinary text', `${size} characters (${(Buffer.byteLength(ordinary, 'utf8') / MB).toFixed(2)} MB)`);
  line('kind', 'extract ms (ratio)      readPage ms (ratio)');
  for (const [name, make] of Object.entries(ADVERSARIAL_TEXT)) {
    const made = make(size);
    const [e = [], o = []] = inTurns([() => extract(made, CONTEXT), () => extract(ordinary, CONTEXT)]);
    const [r = [], p = []] = await withPage(made, (madePage) =>
      withPage(ordinary, (ordinaryPage) => inTurns([() => readPage(madePage, URL_), () => readPage(ordinaryPage, URL_)])),
    );
    const [extractMs, ordinaryMs, readMs, ordinaryReadMs] = [e, o, r, p].map(median) as [number, number, number, number];
    kinds[name] = {
      extractMs: round(extractMs),
      extractRatio: round(extractMs / ordinaryMs),
      readMs: round(readMs),
      readRatio: round(readMs / ordinaryReadMs),
    };
    const { extractMs: ms, extractRatio, readMs: read, readRatio } = kinds[name];
    line(name, `${`${ms} (${extractRatio})`.padEnd(24)}${read} (${readRatio})`);
  }
  const figures = Object.values(kinds);
  const adversarial = {
    characters: size,
    maxExtractRatio: figures.reduce((max, f) => Math.max(max, f.extractRatio), 0),
    maxReadRatio: figures.reduce((max, f) => Math.max(max, f.readRatio), 0),
    kinds,
    runs: { warmup: WARMUP, runs: RUNS },
    node: process.versions.node,
    date: new Date().toISOString(),
  };
  writeSection('extract', { adversarial });
  line('largest ratio', `extract ${adversarial.maxExtractRatio}   readPage ${adversarial.maxReadRatio}`);
  line('written', RESULTS);
}

await main();
