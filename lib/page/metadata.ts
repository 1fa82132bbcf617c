/**
 * Publication metadata: from the page's `<meta>` tags, else from `/{id}/metadata.xml` of the same
 * site (one same-origin fetch with a timeout; the page works without it). Names are compared
 * case-insensitively (`DC.identifier`, `dcterms.identifier`) and may repeat (several `indiener`).
 */

/** Metadata as name (lower case) → values in document order. */
export type Metadata = ReadonlyMap<string, readonly string[]>;

/** Collects name/content pairs into Metadata, skipping empty values. */
export function toMetadata(pairs: Iterable<readonly [string, string]>): Metadata {
  const map = new Map<string, string[]>();
  for (const [rawName, rawValue] of pairs) {
    const name = rawName.trim().toLowerCase();
    const value = rawValue.trim();
    if (!name || !value) continue;
    const list = map.get(name);
    if (list) list.push(value);
    else map.set(name, [value]);
  }
  return map;
}

/** Reads the `<meta name=… content=…>` tags of a page. */
export function readMetaTags(doc: Document): Metadata {
  return toMetadata(
    Array.from(
      doc.querySelectorAll('meta[name][content]'),
      (m) => [m.getAttribute('name') ?? '', m.getAttribute('content') ?? ''] as const,
    ),
  );
}

/** The first value of the first of `names` that is present. */
export function firstValue(meta: Metadata, ...names: string[]): string | null {
  for (const name of names) {
    const value = meta.get(name.toLowerCase())?.[0];
    if (value) return value;
  }
  return null;
}

/** Metadata from both sources, the page's own tags first. */
export function mergeMetadata(first: Metadata, second: Metadata): Metadata {
  return toMetadata([...first, ...second].flatMap(([name, values]) => values.map((v) => [name, v] as const)));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Thrown when metadata.xml is not the document it should be. */
export class MetadataError extends Error {
  override name = 'MetadataError';
}

// A `<metadata …>` tag. Its attributes stop at a "<" too (XML allows none inside a value): reading
// on to the next ">" from every unclosed "<metadata " would cost a 2 MB file its length squared.
const METADATA_TAG = /<metadata\s([^<>]*?)\/?>/g;

/**
 * Parses `<metadata_gegevens><metadata name="…" content="…"/>…`. A small scanner rather than
 * DOMParser, so the CLI, the tests and the content script parse it the same way.
 */
export function parseMetadataXml(xml: string): Metadata {
  if (!/<metadata_gegevens[\s>]/.test(xml)) throw new MetadataError('metadata.xml heeft niet de verwachte vorm');
  const pairs: Array<[string, string]> = [];
  for (const tag of xml.matchAll(METADATA_TAG)) {
    const attrs = tag[1] ?? '';
    const name = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs);
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs);
    if (name && content) pairs.push([decodeXml(name[1] ?? name[2] ?? ''), decodeXml(content[1] ?? content[2] ?? '')]);
  }
  return toMetadata(pairs);
}

/** Options of `fetchMetadataXml`; `fetch` is injectable for tests. */
export interface FetchMetadataOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/**
 * Fetches `/{id}/metadata.xml` from the page's own origin. Rejects with a MetadataError in the
 * reader's words on a time-out, an HTTP error or a body that is not metadata.
 */
export async function fetchMetadataXml(origin: string, id: string, options: FetchMetadataOptions = {}): Promise<Metadata> {
  const { timeoutMs = 4000, fetch: doFetch = globalThis.fetch.bind(globalThis), signal } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const url = new URL(`/${encodeURIComponent(id)}/metadata.xml`, origin);
    const response = await doFetch(url.href, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) throw new MetadataError(`metadata.xml niet beschikbaar (HTTP ${response.status})`);
    const body = await response.text();
    if (body.length > 2_000_000) throw new MetadataError('metadata.xml is te groot');
    return parseMetadataXml(body);
  } catch (error) {
    if (error instanceof MetadataError) throw error;
    if (controller.signal.aborted) throw new MetadataError('metadata.xml antwoordde niet op tijd');
    throw new MetadataError('metadata.xml kon niet worden opgehaald');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
