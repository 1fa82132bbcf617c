/**
 * The page benchmark's large page: Handelingen-like markup of more than 1 MB of text, built from
 * the fixture pages. The chrome (head, header, footer, share dialog) is that of the bundled
 * Handeling h-tk-20232024-4-26 in markup a; inside `#broodtekst` come speaker turns ("De
 * voorzitter:", "Mevrouw Kröger (GroenLinks):", …) of two to five paragraphs each, the paragraphs
 * (`p.al`) of the Handeling, the letters and the answers to questions, shuffled with a seeded
 * generator round after round until the text is large enough. Footnote numbers are dropped (their
 * notes are not repeated). Deterministic: the same size gives the same page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, seededRandom } from './generate';

/** Where the large page is served (a Handeling that does not exist on the site). */
export const LARGE_ID = 'h-tk-20232024-99-1';
export const LARGE_URL = `https://zoek.officielebekendmakingen.nl/${LARGE_ID}.html`;
/** Its metadata.xml, which the extension asks for (the Handeling's page names no DC.type). */
export const LARGE_METADATA_URL = `https://zoek.officielebekendmakingen.nl/${LARGE_ID}/metadata.xml`;

/** The fixture pages whose paragraphs make up the text: the Handeling, the letters, the answers. */
const SOURCES = ['h-tk-20232024-4-26', 'kst-21501-02-2553', 'kst-21501-02-2602', 'kst-35165-9', 'kst-36045-55', 'ah-tk-20242025-1028'];
const CHROME_SOURCE = 'h-tk-20232024-4-26';

/** The generated page and what it holds. */
export interface LargePage {
  url: string;
  html: string;
  metadataXml: string;
  /** UTF-8 bytes of the markup. */
  htmlBytes: number;
  /** UTF-8 bytes of the text of `#broodtekst` (tags removed, entities decoded), estimated here; the bench measures it in the page too. */
  textBytes: number;
  paragraphs: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text a paragraph's markup shows, roughly (for sizing only). */
function textOf(markup: string): string {
  return markup.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function read(id: string): string {
  return readFileSync(join(PAGES_DIR, `${id}.html`), 'utf8');
}

/** The `p.al` paragraphs of the source pages, footnote numbers removed. */
export function sourceParagraphs(): string[] {
  const out: string[] = [];
  for (const id of SOURCES) {
    for (const m of read(id).matchAll(/<p class="al">([\s\S]*?)<\/p>/g)) {
      const inner = (m[1] ?? '').replace(/<sup>[\s\S]*?<\/sup>/g, '').trim();
      if (inner) out.push(`<p class="al">${inner}</p>`);
    }
  }
  return out;
}

/** Speaker lines as the Handeling prints them: the chair and members named in the fixture. */
const SPEAKERS = [
  '<p>De voorzitter:</p>',
  '<p>Mevrouw <strong class="vet">Kröger</strong> (GroenLinks):</p>',
  '<p>De voorzitter:</p>',
  '<p>De heer <strong class="vet">Hammelburg</strong> (D66):</p>',
  '<p>De voorzitter:</p>',
  '<p>Mevrouw <strong class="vet">Teunissen</strong> (PvdD):</p>',
];

/** Builds the large page: at least `minTextBytes` bytes of text (default 1 MiB plus a margin). */
export function buildLargePage(minTextBytes = 1024 * 1024 + 16 * 1024, seed = 7): LargePage {
  const chrome = read(CHROME_SOURCE).replaceAll(`${CHROME_SOURCE}`, LARGE_ID);
  const open = /<div id="broodtekst"[^>]*>/.exec(chrome);
  const close = chrome.indexOf('<div class="pageactions">');
  if (!open || close < 0) throw new Error(`${CHROME_SOURCE}.html: no #broodtekst or pageactions to build around`);
  const head = chrome.slice(0, open.index + open[0].length);
  const tail = chrome.slice(close);

  const paragraphs = sourceParagraphs();
  const random = seededRandom(seed);
  const order = [...paragraphs];
  const parts: string[] = ['\n<h1 class="stuktitel">1 Plenaire vergadering (gegenereerd voor de benchmark)</h1>\n'];
  let textBytes = 0;
  let count = 0;
  let speaker = 0;
  while (textBytes < minTextBytes) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    let k = 0;
    while (k < order.length && textBytes < minTextBytes) {
      const turn = 2 + Math.floor(random() * 4);
      const line = SPEAKERS[speaker++ % SPEAKERS.length] as string;
      const body = order.slice(k, k + turn);
      k += turn;
      parts.push(`<div class="spreekbeurt"><div class="alineagroep">${line}\n${body.join('\n')}\n</div></div>\n`);
      textBytes += Buffer.byteLength(textOf(line) + body.map(textOf).join(''), 'utf8');
      count += body.length;
    }
  }
  const html = head + parts.join('') + tail;
  const metadataXml = readFileSync(join(PAGES_DIR, '..', 'metadata', `${CHROME_SOURCE}.xml`), 'utf8').replaceAll(CHROME_SOURCE, LARGE_ID);
  return { url: LARGE_URL, html, metadataXml, htmlBytes: Buffer.byteLength(html, 'utf8'), textBytes, paragraphs: count };
}
