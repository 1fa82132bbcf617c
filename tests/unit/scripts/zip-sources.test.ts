// The sources zip for the stores holds what git tracks or would track, never ignored output
// (demo-output/ got in once): wxt.config.ts lists those files and leaves everything else out.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { trackedSources } from '../../../wxt.config';

/** A throwaway git repository with a committed file, a new file, and ignored output. */
function scratchRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kantlijn-zip-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  writeFileSync(join(dir, '.gitignore'), 'demo-output/\n.output/\nnode_modules/\n');
  writeFileSync(join(dir, 'package.json'), '{}\n');
  mkdirSync(join(dir, 'lib'));
  writeFileSync(join(dir, 'lib', 'a[1].ts'), 'export {};\n');
  git('add', '.');
  writeFileSync(join(dir, 'LICENSE'), 'new, not yet added\n');
  for (const ignored of ['demo-output', '.output', 'node_modules']) {
    mkdirSync(join(dir, ignored));
    writeFileSync(join(dir, ignored, 'x.png'), 'x');
  }
  return dir;
}

describe('the sources zip', () => {
  it('lists the files git tracks or does not ignore, as escaped globs, and no ignored output', () => {
    const files = trackedSources(scratchRepo());
    expect(files?.sort()).toEqual(['.gitignore', 'LICENSE', 'lib/a\\[1\\].ts', 'package.json']);
  });

  it('is null outside a git checkout, and the zip then stops rather than take everything', () => {
    expect(trackedSources(mkdtempSync(join(tmpdir(), 'kantlijn-nogit-')))).toBeNull();
    expect(config.zip?.excludeSources).toEqual(['**']);
    expect(typeof (config.hooks as Record<string, unknown> | undefined)?.['zip:sources:start']).toBe('function');
  });

  it("holds this checkout's sources, lock file and licence", () => {
    const files = trackedSources(join(__dirname, '..', '..', '..')) ?? [];
    for (const needed of ['package.json', 'package-lock.json', 'LICENSE', 'wxt.config.ts', 'assets/icon.svg', 'public/icon/16.png']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((file) => /^(demo-output|\.output|node_modules|\.wxt)\//.test(file))).toEqual([]);
  });
});
