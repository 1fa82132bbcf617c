/**
 * The report of one saved page, as the `annotate` CLI prints it: a module of its own so the scorer
 * (scripts/score) can call it in its process without running the CLI.
 */
import { Window } from 'happy-dom';
import { readPage } from '@/lib/page/read-page';
import { buildReport } from '@/lib/report/build-report';
import { UsageError } from './args';
import { fileAddress, ownAddress, pageAddress } from './page-address';
import { readHtmlFile } from './read-input';

/** Parses the page in a window at `url`, so links in it resolve as they do on the site. */
function parseAt(html: string, url: string): { window: Window; doc: Document } {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  return { window, doc: new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document };
}

/** Reads, parses and reports one file; returns the JSON text. `url` null: the page's own address
 *  or the file's name on the site (lib/cli/page-address.ts). */
export async function annotateFile(file: string, url: string | null = null): Promise<string> {
  const html = await readHtmlFile(file);
  const first = url ?? fileAddress(file);
  let { window, doc } = parseAt(html, first);
  try {
    const address = pageAddress(file, url, ownAddress(html, doc));
    if (address !== first) {
      await window.happyDOM.close();
      ({ window, doc } = parseAt(html, address)); // the page named its own address on the site
    }
    if (!doc.body || (!doc.body.textContent?.trim() && !doc.body.children.length)) {
      throw new UsageError(`${file} has no HTML body`);
    }
    return JSON.stringify(buildReport(readPage(doc, address)), null, 2);
  } finally {
    await window.happyDOM.close();
  }
}
