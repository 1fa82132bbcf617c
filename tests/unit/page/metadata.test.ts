// Metadata from <meta> tags and metadata.xml, and every way fetching it can fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchMetadataXml, firstValue, MetadataError, parseMetadataXml, readMetaTags } from '@/lib/page/metadata';
import { describeDocument, readPage, wantsMetadataXml } from '@/lib/page/read-page';
import { mergeMetadata } from '@/lib/page/metadata';
import { FIXTURES, fixtureHtml, parseHtml } from '@/tests/unit/helpers';

const xml = (id: string) => readFileSync(join(FIXTURES, 'metadata', `${id}.xml`), 'utf8');

describe('metadata', () => {
  it('parses metadata.xml, repeated names kept in order', () => {
    const meta = parseMetadataXml(xml('kst-36045-55'));
    expect(firstValue(meta, 'DC.identifier')).toBe('kst-36045-55');
    expect(meta.get('overheidop.indiener')).toHaveLength(8);
    expect(firstValue(meta, 'overheidop.datumBrief')).toBe('2022-03-31');
  });

  it('decodes entities and rejects what is not metadata', () => {
    const meta = parseMetadataXml('<metadata_gegevens><metadata name="DC.title" content="A &amp; B &#233;"/></metadata_gegevens>');
    expect(firstValue(meta, 'dc.title')).toBe('A & B é');
    expect(() => parseMetadataXml('<html>not found</html>')).toThrow(MetadataError);
    expect(() => parseMetadataXml('')).toThrow(MetadataError);
  });

  it('reads <meta> tags case-insensitively', () => {
    const meta = readMetaTags(parseHtml(fixtureHtml('pages', 'kst-21501-02-2553')));
    expect(firstValue(meta, 'dc.identifier')).toBe('kst-21501-02-2553');
    expect(firstValue(meta, 'OVERHEIDop.dossiertitel')).toBe('Raad Algemene Zaken en Raad Buitenlandse Zaken');
  });

  it('fetches from the same origin and reports HTTP errors, time-outs and non-XML in words', async () => {
    const calls: string[] = [];
    const ok = (async (url: string) => {
      calls.push(url);
      return new Response(xml('kst-36045-55'));
    }) as unknown as typeof fetch;
    const meta = await fetchMetadataXml('https://zoek.officielebekendmakingen.nl', 'kst-36045-55', { fetch: ok });
    expect(calls).toEqual(['https://zoek.officielebekendmakingen.nl/kst-36045-55/metadata.xml']);
    expect(firstValue(meta, 'dc.type')).toBe('Kamerstuk');

    const notFound = (async () => new Response('nope', { status: 404 })) as unknown as typeof fetch;
    await expect(fetchMetadataXml('https://x.nl', 'a-1', { fetch: notFound })).rejects.toThrow(/HTTP 404/);

    const html = (async () => new Response('<html><body>Oeps</body></html>')) as unknown as typeof fetch;
    await expect(fetchMetadataXml('https://x.nl', 'a-1', { fetch: html })).rejects.toThrow(MetadataError);

    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as unknown as typeof fetch;
    await expect(fetchMetadataXml('https://x.nl', 'a-1', { fetch: hanging, timeoutMs: 20 })).rejects.toThrow(/niet op tijd/);
  });

  it('fills what the text lacks from metadata.xml (markup c has no meta tags)', () => {
    const doc = parseHtml(fixtureHtml('pages-c', 'kst-36045-55'));
    const reading = readPage(doc, 'https://zoek.officielebekendmakingen.nl/kst-36045-55.html');
    const tags = readMetaTags(doc);
    expect(wantsMetadataXml(reading, tags)).toBe(true);
    const described = describeDocument(reading, mergeMetadata(tags, parseMetadataXml(xml('kst-36045-55'))));
    expect(described.document.dossier).toEqual(['36045']);
    expect(described.document.date).toBe('2022-03-31');
    expect(
      wantsMetadataXml(
        readPage(parseHtml(fixtureHtml('pages', 'kst-21501-02-2553')), 'https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html'),
        readMetaTags(parseHtml(fixtureHtml('pages', 'kst-21501-02-2553'))),
      ),
    ).toBe(false);
  });
});
