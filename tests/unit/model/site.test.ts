// The one site Kantlijn reads, https only: the manifest's pattern, and the check every address
// Kantlijn follows or stores passes.
import { describe, expect, it } from 'vitest';
import { isSitePage, publicationUrl, SITE_MATCH, SITE_ORIGIN } from '@/lib/model/site';
import config from '../../../wxt.config';

type Manifest = { host_permissions?: string[] };
type ManifestOf = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Manifest;

describe('the site', () => {
  it('matches https pages of the site only, in the config and the manifest of either browser', () => {
    expect(SITE_MATCH).toBe('https://zoek.officielebekendmakingen.nl/*');
    const manifestOf = config.manifest as unknown as ManifestOf;
    for (const browser of ['chrome', 'firefox']) {
      const manifest = manifestOf({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
      expect(manifest.host_permissions).toEqual([SITE_MATCH]);
      expect(manifest.host_permissions?.some((pattern) => /^(\*|http):/.test(pattern))).toBe(false);
    }
  });

  it('takes https addresses of the site as its pages', () => {
    expect(isSitePage(publicationUrl('kst-36045-55'))).toBe(true);
    expect(isSitePage(`${SITE_ORIGIN}/resultaten?q=bakoe`)).toBe(true);
    expect(isSitePage(`${SITE_ORIGIN}/dossier/36045/kst-36045-55.html#kantlijn-note=x`)).toBe(true);
  });

  it('refuses http, other hosts, look-alikes and other schemes', () => {
    for (const url of [
      'http://zoek.officielebekendmakingen.nl/kst-36045-55.html',
      'HTTP://zoek.officielebekendmakingen.nl/kst-36045-55.html',
      'https://zoek.officielebekendmakingen.nl.evil.example/kst-36045-55.html',
      'https://zoek.officielebekendmakingen.nl:8443/kst-36045-55.html',
      'https://evil.example/zoek.officielebekendmakingen.nl/kst-36045-55.html',
      'https://zoek.officielebekendmakingen.nl',
      'javascript:alert(1)//zoek.officielebekendmakingen.nl/kst-36045-55.html',
      'data:text/html,https://zoek.officielebekendmakingen.nl/',
      '',
    ]) {
      expect(isSitePage(url), url).toBe(false);
    }
  });
});
