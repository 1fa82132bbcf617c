/**
 * `npm run bench:compare -- <commit>`: the extraction of an earlier commit against the working
 * tree's, in one process, taking turns. Both are bundled by Vite as the extension's build bundles
 * them (one scope, not tsx's module per file), from the same entry, and run on the same texts
 * (generate.ts). Each turn runs both, in alternating order, and the baseline of run.ts; the figure
 * is the median of each turn's ratio of the two times. Two benches run in two processes differ by
 * more than the versions do on this shared machine (one process's 1 MB ratio spread from 5.1 to
 * 5.9 between runs of the same code); two versions run moments apart in one process do not
 * (docs/performance.md). Prints the figures; writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';
import type { ExtractContext, Extraction } from '@/lib/extract/extract';
import { baseline } from './baseline';
import { median, ROOT } from './bench-kit';
import { buildText, fixtureParagraphs } from './generate';

const MB = 1024 * 1024;
const WARMUP = 4;
const CONTEXT: ExtractContext = { documentDate: '2023-01-31', kind: 'letter', letters: [] };

type Extract = (text: string, context: ExtractContext) => Extraction;

// The extraction of the sources under `root` (a tree with lib/), bundled into `dir`.
async function bundled(root: string, dir: string): Promise<Extract> {
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `export { extract } from '@/lib/extract/extract';\n`);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    resolve: { alias: { '@': root } },
    build: { write: false, minify: false, target: 'node20', lib: { entry, formats: ['es'], fileName: 'extract' } },
  });
  const chunk = (Array.isArray(output) ? output : [output as Rollup.RollupOutput])
    .flatMap((o) => o.output)
    .find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
  if (!chunk) throw new Error(`no bundle of ${root}`);
  const file = join(dir, 'extract.mjs');
  writeFileSync(file, chunk.code);
  const module = (await import(pathToFileURL(file).href)) as { extract: Extract };
  return module.extract;
}

// The commit's lib/ in a folder of its own.
function checkout(commit: string, dir: string): void {
  const archive = execFileSync('git', ['archive', commit, 'lib'], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
}

interface Turns {
  /** Per turn: the working tree's time over the commit's (below 1: the working tree is faster). */
  relative: number[];
  commitRatio: number[];
  treeRatio: number[];
}

// `runs` turns on `text`, after the warm-up; the order of the two alternates from turn to turn.
function turns(text: string, commit: Extract, tree: Extract, runs: number): Turns {
  for (let i = 0; i < WARMUP; i++) {
    commit(text, CONTEXT);
    tree(text, CONTEXT);
    baseline(text);
  }
  const out: Turns = { relative: [], commitRatio: [], treeRatio: [] };
  for (let i = 0; i < runs; i++) {
    const ms = new Map<Extract, number>();
    for (const fn of i % 2 ? [commit, tree] : [tree, commit]) {
      const t0 = performance.now();
      fn(text, CONTEXT);
      ms.set(fn, performance.now() - t0);
    }
    const t0 = performance.now();
    baseline(text);
    const base = performance.now() - t0;
    const a = ms.get(commit) ?? NaN;
    const b = ms.get(tree) ?? NaN;
    out.relative.push(b / a);
    out.commitRatio.push(a / base);
    out.treeRatio.push(b / base);
  }
  return out;
}

async function main(): Promise<void> {
  const commit = process.argv[2];
  if (!commit) throw new Error('usage: npm run bench:compare -- <commit>');
  const work = mkdtempSync(join(tmpdir(), 'kantlijn-compare-'));
  try {
    const commitDir = join(work, 'commit');
    const treeDir = join(work, 'tree');
    mkdirSync(commitDir);
    mkdirSync(treeDir);
    checkout(commit, commitDir);
    const before = await bundled(commitDir, commitDir);
    const now = await bundled(ROOT, treeDir);
    const paragraphs = await fixtureParagraphs();
    const line = (label: string, t: Turns) => {
      const spread = `${Math.min(...t.relative).toFixed(2)}–${Math.max(...t.relative).toFixed(2)}`;
      process.stdout.write(
        `${label.padEnd(8)}working tree / ${commit}: ${median(t.relative).toFixed(3)} (turns ${spread})   ` +
          `ratio to baseline: ${commit} ${median(t.commitRatio).toFixed(2)}, working tree ${median(t.treeRatio).toFixed(2)}\n`,
      );
    };
    line('1 MB', turns(buildText(paragraphs, 1 * MB, 1), before, now, 21));
    line('4 MB', turns(buildText(paragraphs, 4 * MB, 4), before, now, 9));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
