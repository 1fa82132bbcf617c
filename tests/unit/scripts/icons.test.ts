// The icons: one SVG source, a PNG per size at exactly that size, named in the manifest's `icons`
// (WXT finds public/icon/<size>.png) and in `action.default_icon` for the toolbar button.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, ICON_SIZES, ICON_SVG } from '@/scripts/icons';
import config, { ICONS } from '../../../wxt.config';

type Manifest = { action?: { default_icon?: Record<string, string> } };
type ManifestOf = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Manifest;

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  it('has an SVG source and a PNG of each size, exactly that many pixels wide and high', () => {
    expect(readFileSync(ICON_SVG, 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
    expect([...ICON_SIZES]).toEqual([16, 32, 48, 96, 128]);
    for (const size of ICON_SIZES) {
      const file = join(ICON_DIR, `${size}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(readFileSync(file)), file).toEqual({ width: size, height: size });
    }
  });

  it('names every PNG as the toolbar button icon in both browsers', () => {
    expect(ICONS).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' });
    const manifestOf = config.manifest as unknown as ManifestOf;
    for (const browser of ['chrome', 'firefox']) {
      const manifest = manifestOf({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
      expect(manifest.action?.default_icon, browser).toEqual(ICONS);
      for (const path of Object.values(manifest.action?.default_icon ?? {}))
        expect(existsSync(join(ICON_DIR, '..', path)), path).toBe(true);
    }
  });
});
