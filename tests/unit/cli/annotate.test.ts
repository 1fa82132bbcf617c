// The annotate CLI as a user runs it: JSON only on stdout; one line on stderr and exit 1 on bad input.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { annotateFile } from '@/lib/cli/annotate-file';
import { HELP, parseArgs } from '@/lib/cli/args';
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

  it('prints the usage on stdout and exits 0 for --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await annotate(flag);
      expect(code, flag).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toBe(HELP);
      expect(stdout).toMatch(/^usage: annotate FILE \[--url URL\]/);
    }
  }, 30_000);

  it('refuses a directory, a binary file and a page of another site with one line and exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kantlijn-'));
    const png = join(dir, 'kst-1-2.html'); // a picture under a publication's name: the content decides
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const other = join(dir, 'mark-rutte.html');
    writeFileSync(other, OTHER_SITE);
    const letter = join(FIXTURES, 'pages', 'kst-21501-02-2553.html');
    const cases: Array<[string[], RegExp]> = [
      [[dir], /is a directory/],
      [[png], /is a binary file/],
      [[other], /is a page of nl\.wikipedia\.org, not of zoek\.officielebekendmakingen\.nl/],
      [[letter, '--url', 'https://example.org/kst-21501-02-2553.html'], /--url \S+ is not a page of zoek\.officielebekendmakingen\.nl/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await annotate(...args);
      expect(code, args.join(' ')).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
  }, 60_000);

  it('defaults the URL to the file name on the site', async () => {
    expect(parseArgs(['x/kst-1-2.html'])).toEqual({ help: false, file: 'x/kst-1-2.html', url: null });
    expect(parseArgs(['--url=https://zoek.officielebekendmakingen.nl/a-1.html', 'f.html'])).toEqual({
      help: false,
      file: 'f.html',
      url: 'https://zoek.officielebekendmakingen.nl/a-1.html',
    });
    const report = JSON.parse(await annotateFile(join(FIXTURES, 'pages', 'kst-21501-02-2553.html')));
    expect(report.url).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html');
    expect(report.document.kind).toBe('letter');
  }, 30_000);

  it("takes the page's own address on the site when it was saved under another name", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kantlijn-'));
    const saved = join(dir, 'Kamerstuk 21501-02, nr. 2553.html');
    const html = readFileSync(join(FIXTURES, 'pages', 'kst-21501-02-2553.html'), 'utf8');
    writeFileSync(saved, `<!-- saved from url=(0064)https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html -->\n${html}`);
    const report = JSON.parse(await annotateFile(saved));
    expect(report.url).toBe('https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html');
    expect(report.document.kind).toBe('letter');
    expect(report.actors.length).toBeGreaterThan(0);
    // The same page without the note is read at its file name, which is no publication's text.
    const plain = join(dir, 'copy.html');
    copyFileSync(join(FIXTURES, 'pages', 'kst-21501-02-2553.html'), plain);
    const unnamed = JSON.parse(await annotateFile(plain));
    expect(unnamed.url).toBe('https://zoek.officielebekendmakingen.nl/copy.html');
    expect(unnamed.actors).toEqual([]);
  }, 30_000);
});

const OTHER_SITE = `<!doctype html><html lang="nl"><head><title>Mark Rutte</title>
<link rel="canonical" href="https://nl.wikipedia.org/wiki/Mark_Rutte"></head>
<body><main><h1>Mark Rutte</h1><p>Op 2 oktober 2022 sprak de Minister van Buitenlandse Zaken W.B. Hoekstra in Den Haag.</p></main></body></html>`;
