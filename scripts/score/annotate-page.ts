/**
 * Getting the `annotate` report of one saved page, two ways: in this process, with the CLI's own
 * `annotateFile` (lib/cli/annotate-file.ts) (fast: one start for the whole corpus), or by running
 * that CLI as a child process (slow, but exactly what a user runs).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { annotateFile } from '@/lib/cli/annotate-file';

const run = promisify(execFile);

/** Reads and reports one page in this process, as the CLI does; throws when it cannot. */
export async function annotateInProcess(file: string, url: string): Promise<unknown> {
  return JSON.parse(await annotateFile(file, url)) as unknown;
}

/** Runs `tsx lib/cli/annotate.ts FILE --url URL` from `root` and parses what it prints. */
export async function annotateByCli(root: string, file: string, url: string): Promise<unknown> {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  try {
    const { stdout } = await run(tsx, [join(root, 'lib', 'cli', 'annotate.ts'), file, '--url', url], {
      cwd: root,
      timeout: 60_000,
      maxBuffer: 64 << 20,
    });
    return JSON.parse(stdout.slice(stdout.indexOf('{'))) as unknown;
  } catch (error) {
    const e = error as { stderr?: string; message?: string };
    const line = (e.stderr || e.message || String(error)).split('\n').find(Boolean) ?? 'failed';
    throw new Error(line);
  }
}
