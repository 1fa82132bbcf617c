// The annotate CLI as a user runs it: JSON only on stdout; one line on stderr and exit 1 on bad input.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '@/lib/cli/args';
import { FIXTURES } from '@/tests/unit/helpers';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function annotate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(ROOT, 'lib/cli/annotate.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('annotate CLI', () => {
  it('prints the report of a letter as JSON and nothing else', async () => {
    const url = 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html';
    const { code, stdout, stderr } = await annotate(join(FIXTURES, 'pages', 'kst-21501-02-2553.html'), '--url', url);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.url).toBe(url);
    expect(report.document.kind).toBe('letter');
    expect(report.document.letters[0].signatories).toEqual([{ name: 'W.B. Hoekstra', role: 'De Minister van Buitenlandse Zaken' }]);
    expect(report).toHaveProperty('actors');
    expect(report).toHaveProperty('events');
    expect(report).toHaveProperty('references');
  }, 30_000);

  it('fails in one line for a missing file, a page without body, and bad arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kantlijn-'));
    const empty = join(dir, 'leeg.html');
    writeFileSync(empty, '<html><head><title>x</title></head></html>');
    for (const args of [[join(dir, 'missing.html')], [empty], [], ['a.html', '--url'], ['a.html', '--url', 'geen url']]) {
      const { code, stdout, stderr } = await annotate(...args);
      expect(code, args.join(' ')).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr).toMatch(/^annotate: /);
      expect(stderr).not.toMatch(/\bat \S+:\d+/); // no stack trace
    }
  }, 60_000);

  it('defaults the URL to the file name on the site', () => {
    expect(parseArgs(['x/kst-1-2.html'])).toEqual({ file: 'x/kst-1-2.html', url: 'https://zoek.officielebekendmakingen.nl/kst-1-2.html' });
    expect(parseArgs(['--url=https://zoek.officielebekendmakingen.nl/a-1.html', 'f.html']).url).toBe(
      'https://zoek.officielebekendmakingen.nl/a-1.html',
    );
  });
});
