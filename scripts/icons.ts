/**
 * `npm run icons`: renders assets/icon.svg into public/icon/<size>.png for every size the stores and
 * the toolbar ask for. WXT lists public/icon/<size>.png in the manifest's `icons` by itself;
 * wxt.config.ts names the same files for the toolbar button (`action.default_icon`).
 * Debian's Chromium draws the SVG (no image library to install); the PNGs are committed, so a build
 * never needs a browser, and this script re-creates them when the SVG changes.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The sizes Chrome (16, 32, 48, 128) and Firefox (48, 96) use; wxt.config.ts lists the same files. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The one source of every icon: edit it, then run `npm run icons`. */
export const ICON_SVG = join(ROOT, 'assets', 'icon.svg');
/** Where WXT finds the PNGs (copied to the build as icon/<size>.png). */
export const ICON_DIR = join(ROOT, 'public', 'icon');
const CHROMIUM = process.env.KANTLIJN_CHROMIUM ?? '/usr/bin/chromium';

/** Renders the SVG at each size on a transparent background, drawn by the browser at that size
 *  (not scaled down from 128 px), so the 16 px icon keeps its whole-pixel edges. */
async function renderIcons(): Promise<string[]> {
  // Loaded here, not at the top: wxt.config.ts imports ICON_SIZES on every build.
  const { chromium } = await import('playwright-core');
  const svg = readFileSync(ICON_SVG, 'utf8');
  mkdirSync(ICON_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const written: string[] = [];
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const file = join(ICON_DIR, `${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      written.push(file);
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  renderIcons().then(
    (files) => process.stdout.write(`${files.map((file) => `wrote ${file}`).join('\n')}\n`),
    (error: unknown) => {
      process.stderr.write(`icons: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
