/**
 * The benchmark's input: texts of a given size built from the fixture pages. Each page of
 * tests/fixtures/pages is read with `readPage` (as the CLI does, on happy-dom) to get the text the
 * extraction sees; the paragraphs of all pages are shuffled with a seeded generator and appended,
 * round after round, until the size is reached. Deterministic: the same sizes give the same texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { readPage } from '@/lib/page/read-page';

/** Where the fixture pages (markup a) live. */
export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

/** The `TextIndex` text of every fixture page in `dir`, in file order, read as the content script reads it. */
export async function fixturePageTexts(dir: string = PAGES_DIR): Promise<Array<{ source: string; text: string }>> {
  const texts: Array<{ source: string; text: string }> = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const url = `https://zoek.officielebekendmakingen.nl/${file}`;
    const window = new Window({
      url,
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    try {
      const doc = new window.DOMParser().parseFromString(readFileSync(join(dir, file), 'utf8'), 'text/html') as unknown as Document;
      texts.push({ source: file, text: readPage(doc, url).index.text });
    } finally {
      await window.happyDOM.close();
    }
  }
  return texts;
}

/** The paragraphs (lines) of every fixture page's text, in file order. */
export async function fixtureParagraphs(dir: string = PAGES_DIR): Promise<string[]> {
  return (await fixturePageTexts(dir)).flatMap(({ text }) => text.split('\n').filter((p) => p.trim()));
}

/** A small seeded generator (mulberry32): the shuffles must not change between runs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text of at least `bytes` UTF-8 bytes: shuffled rounds of the paragraphs, one per line. */
export function buildText(paragraphs: readonly string[], bytes: number, seed = 1): string {
  if (!paragraphs.length) throw new Error('no fixture paragraphs to build a text from');
  const random = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  const order = [...paragraphs];
  while (size < bytes) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    for (const p of order) {
      size += Buffer.byteLength(p, 'utf8') + (parts.length ? 1 : 0); // the "\n" before it
      parts.push(p);
      if (size >= bytes) break;
    }
  }
  return parts.join('\n');
}
