/**
 * What the benchmarks in Chromium share: a build of the extension of their own, made when missing
 * or older than the sources (so a bench never measures stale code, and never rebuilds the
 * `.output` a developer is using), and the statistics every bench reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The project's root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Where the benchmarks build the extension (relative to the root). */
export const BENCH_OUT_DIR = '.output-bench';

/**
 * The extension the benchmarks load: KANTLIJN_EXTENSION_DIR when given, else the bench build.
 * Sets the variable, so the e2e harness (imported after this call) loads the same.
 */
export function benchExtensionDir(): string {
  process.env.KANTLIJN_EXTENSION_DIR ??= join(ROOT, BENCH_OUT_DIR, 'chrome-mv3');
  return process.env.KANTLIJN_EXTENSION_DIR;
}

/** Newest modification time of the files a build is made from. */
function newestSource(): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const st = statSync(path);
    if (st.isDirectory()) for (const f of readdirSync(path)) visit(join(path, f));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['entrypoints', 'lib', 'components', 'public', 'wxt.config.ts', 'package.json']) visit(join(ROOT, p));
  return newest;
}

/**
 * Builds the extension into `dir` (a wxt `chrome-mv3` output; the bench build by default) when it
 * is missing or older than the sources, with KANTLIJN_OUT_DIR set to its parent, so a build a
 * developer is using elsewhere is never written over.
 */
export function ensureBenchBuild(dir: string = benchExtensionDir()): void {
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestSource()) return;
  if (basename(dir) !== 'chrome-mv3') throw new Error(`${dir} is missing or stale and is not a wxt output directory: build it first`);
  const outDir = dirname(dir);
  process.stderr.write(`bench: the build is missing or older than the sources: wxt build into ${outDir}\n`);
  // wxt's report on stderr: stdout is the benches' tables.
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, KANTLIJN_OUT_DIR: outDir } });
  if (r.status !== 0) throw new Error('wxt build failed');
}

/** The median (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The nearest-rank percentile; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** `n` rounded to `digits` decimals. */
export function round(n: number, digits = 1): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}
