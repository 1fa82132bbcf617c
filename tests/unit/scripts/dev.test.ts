// `npm run dev` without a display stops at once with what to do instead, before any browser starts.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { displayProblem } from '@/scripts/dev';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');

describe('npm run dev', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY', () => {
    expect(displayProblem({})).toMatch(/needs a display/);
    expect(displayProblem({ DISPLAY: '' })).toMatch(/DISPLAY/);
    expect(displayProblem({ DISPLAY: ':0' })).toBeNull();
    expect(displayProblem({ WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
  });

  it('exits 1 with the message and starts nothing when there is no display', async () => {
    const env = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' };
    const result = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'dev.ts')], { cwd: ROOT, env }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^npm run dev needs a display/);
    expect(result.stderr).not.toMatch(/WXT|CDP/);
  }, 30_000);
});
