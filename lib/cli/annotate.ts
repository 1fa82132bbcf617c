/**
 * `npm run --silent annotate -- FILE --url URL`: prints the report of a saved page as JSON.
 * It runs the same `lib/page` code as the content script, on a DOM parsed by happy-dom (no scripts
 * run). Every failure is one line on stderr and exit code 1 — never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { buildReport } from '../page/build-report';
import { readPage } from '../page/read-page';
import { parseArgs, UsageError } from './args';

/** Reads, parses and reports one file; returns the JSON text. */
export async function annotateFile(file: string, url: string): Promise<string> {
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${code ?? 'unreadable'}`);
  }
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    if (!doc.body || (!doc.body.textContent?.trim() && !doc.body.children.length)) {
      throw new UsageError(`${file} has no HTML body`);
    }
    return JSON.stringify(buildReport(readPage(doc, url)), null, 2);
  } finally {
    await window.happyDOM.close();
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    const { file, url } = parseArgs(argv);
    process.stdout.write(`${await annotateFile(file, url)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`annotate: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
