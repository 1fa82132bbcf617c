/**
 * `npm run bench`: the extraction's speed and memory on a 1 MB and a 4 MB text built from the
 * fixtures (generate.ts), against a baseline of bare Unicode word tokenisation of the same text.
 * Prints the figures and merges them into bench/results.json under `extract` (and `references`,
 * the citation finder alone), keeping the file's other keys and those of `extract` it does not
 * write (`adversarial`, from adversarial.ts). Medians of several runs after a warm-up. Not a test:
 * nothing here fails on a slow machine.
 */
import { Session } from 'node:inspector/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extract, type ExtractContext } from '@/lib/extract/extract';
import { findReferences } from '@/lib/extract/references';
import { baseline } from './baseline';
import { median } from './bench-kit';
import { buildText, fixtureParagraphs } from './generate';
import { RESULTS, writeResults, writeSection } from './results-file';

const MB = 1024 * 1024;
const WARMUP = 4;
const RUNS_1 = 9;
const RUNS_4 = 5;
const CONTEXT: ExtractContext = { documentDate: '2023-01-31', kind: 'letter', letters: [] };

// Milliseconds of `runs` calls of each function after `WARMUP` unmeasured ones. The functions take
// turns, so a busy machine slows them alike and their ratio holds: the ratio is the median of each
// turn's own ratio, whose two calls ran moments apart (a ratio of the two medians mixes turns that
// ran on a quieter and a busier machine, docs/performance.md). The heap is collected once before
// the timed rounds, not before every call: a forced full collection shrinks V8's young generation,
// and every call after it would pay for growing it again — a cost no page pays, which would bill
// the engine for the benchmark's own habit. Results go to `sink` so the engine cannot drop work.
const sink: unknown[] = [];
function timeTurns(fns: ReadonlyArray<() => unknown>, runs: number, gc: (() => void) | null): number[][] {
  for (let i = 0; i < WARMUP; i++) for (const fn of fns) sink.push(fn());
  sink.length = 0;
  gc?.();
  const ms = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      const result = fn();
      ms[k]?.push(performance.now() - t0);
      sink.push(result);
      sink.length = 0;
    });
  }
  return ms;
}

// The median of each turn's ratio of `ms` to `baselineMs` (see timeTurns).
function turnRatio(ms: readonly number[], baselineMs: readonly number[]): number {
  return median(ms.map((m, k) => m / (baselineMs[k] ?? m)));
}

// The garbage collector, exposed at run time when node was not started with --expose-gc.
function collector(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

// Megabytes the heap gives out during one call of `fn`, sampled by V8's allocation profiler with
// the objects already collected counted too: what the garbage collector is handed, which a heap
// size after the call does not show. The mean of `runs` calls after the warm-up.
async function allocatedMB(fn: () => unknown, runs: number): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    for (let i = 0; i < runs; i++) sink.push(fn());
    sink.length = 0;
    const { profile } = await session.post('HeapProfiler.stopSampling');
    let bytes = 0;
    const visit = (node: (typeof profile)['head']): void => {
      bytes += node.selfSize;
      for (const child of node.children) visit(child);
    };
    visit(profile.head);
    return bytes / runs / MB;
  } finally {
    session.disconnect();
  }
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

async function main(): Promise<void> {
  const paragraphs = await fixtureParagraphs();
  const text1 = buildText(paragraphs, 1 * MB, 1);
  const text4 = buildText(paragraphs, 4 * MB, 4);
  const bytes1 = Buffer.byteLength(text1, 'utf8');
  const bytes4 = Buffer.byteLength(text4, 'utf8');

  const gc = collector();
  const [e1 = [], b1 = [], r1 = []] = timeTurns(
    [() => extract(text1, CONTEXT), () => baseline(text1), () => findReferences(text1)],
    RUNS_1,
    gc,
  );
  const [e4 = [], b4 = [], r4 = []] = timeTurns(
    [() => extract(text4, CONTEXT), () => baseline(text4), () => findReferences(text4)],
    RUNS_4,
    gc,
  );
  const [ms1, baselineMs1, refMs1, ms4, baselineMs4, refMs4] = [e1, b1, r1, e4, b4, r4].map(median) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];

  // Heap in use after extracting the 4 MB text, with the text and the result still held.
  gc?.();
  const kept = extract(text4, CONTEXT);
  gc?.();
  const heapMB = process.memoryUsage().heapUsed / MB;
  const found = kept.actors.length + kept.events.length + kept.references.length;
  const allocated1 = await allocatedMB(() => extract(text1, CONTEXT), 3);

  const figures = {
    bytes1,
    ms1: round(ms1),
    baselineMs1: round(baselineMs1),
    ratio: round(turnRatio(e1, b1)),
    bytes4,
    ms4: round(ms4),
    baselineMs4: round(baselineMs4),
    scaling: round(ms4 / ms1),
    mbPerS: round(bytes1 / MB / (ms1 / 1000)),
    heapMB: round(heapMB, 1),
    heapMeasuredAfterGc: gc !== null,
    allocatedMB1: round(allocated1, 1),
    found4: found,
    runs: { warmup: WARMUP, runs1: RUNS_1, runs4: RUNS_4 },
    node: process.versions.node,
    date: new Date().toISOString(),
  };
  const references = {
    ms1: round(refMs1),
    ratio: round(turnRatio(r1, b1)),
    ms4: round(refMs4),
    scaling: round(refMs4 / refMs1),
    found1: findReferences(text1, { repeats: true }).length,
  };

  writeSection('extract', figures);
  writeResults({ references });

  const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(30)}${value}\n`);
  line('text 1 / 4', `${(bytes1 / MB).toFixed(2)} MB / ${(bytes4 / MB).toFixed(2)} MB`);
  line('extract 1 MB (median)', `${figures.ms1} ms   baseline ${figures.baselineMs1} ms   ratio ${figures.ratio} (target ≤ 6)`);
  line('extract 4 MB (median)', `${figures.ms4} ms   baseline ${figures.baselineMs4} ms   scaling ${figures.scaling} (target ≤ 4.5)`);
  line('throughput', `${figures.mbPerS} MB/s`);
  line('allocated per 1 MB', `${figures.allocatedMB1} MB (sampled; what the garbage collector is handed)`);
  line('heap after 4 MB', `${figures.heapMB} MB${gc ? '' : ' (no gc available: an upper bound)'}`);
  line(
    'findReferences 1 / 4 MB',
    `${references.ms1} ms / ${references.ms4} ms   ratio ${references.ratio}   scaling ${references.scaling}`,
  );
  line('written', RESULTS);
}

await main();
