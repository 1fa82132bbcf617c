/**
 * The report of one saved page, as the `annotate` CLI prints it: a module of its own so the scorer
 * (scripts/score) can call it in its process without running the CLI.
 */
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { readPage } from '@/lib/page/read-page';
import { buildReport } from '@/lib/report/build-report';
import { UsageError } from './args';

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
