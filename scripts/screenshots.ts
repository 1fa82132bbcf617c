/**
 * `npm run screenshots`: builds the extension, opens the bundled letter at its real address in
 * Chromium (offline, through the end-to-end harness) and saves the panel open beside the text in
 * `docs/screenshots/`: 1280, 800 and 320 px wide, and 1280 px in forced colours. The README shows
 * them, so they are made by this script and not by hand, and it fails when the docked panel covers
 * the text column (at 320 px the panel is a bottom sheet over the text, as intended).
 *   --skip-build    use the existing build (.output/chrome-mv3, or KANTLIJN_EXTENSION_DIR)
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openWithShortcut, ROOT, type Harness } from '@/scripts/browser/harness';

const LETTER = 'kst-21501-02-2553';
const OUT = join(ROOT, 'docs', 'screenshots');

/** One screenshot: the window's size and whether forced colours are emulated. */
interface Shot {
  file: string;
  width: number;
  height: number;
  forcedColors?: boolean;
}

const SHOTS: readonly Shot[] = [
  { file: 'panel-1280.png', width: 1280, height: 800 },
  { file: 'panel-800.png', width: 800, height: 800 },
  { file: 'panel-320.png', width: 320, height: 640 },
  { file: 'panel-1280-forced-colors.png', width: 1280, height: 800, forcedColors: true },
];

/** Runs `npm run build`, its output on stderr. */
function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`))));
  });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The panel's frame and the text column, as the window shows them. */
async function boxes(page: Page): Promise<{ panel: Box; text: Box }> {
  const panel = await page.locator('kantlijn-panel iframe[name="kantlijn-panel"]').boundingBox();
  const text = await page.locator('#broodtekst').boundingBox();
  if (!panel || !text) throw new Error('the panel or the text column is not shown');
  return { panel, text };
}

/** Opens the letter at a shot's size with the panel open and settled, and saves the screenshot. */
async function take(h: Harness, shot: Shot): Promise<string> {
  const page = await h.open(LETTER);
  try {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    if (shot.forcedColors) await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForFunction(() => performance.getEntriesByName('kantlijn-drawn').length > 0, undefined, { timeout: 20_000 });
    const panel = await openWithShortcut(page);
    await page.locator('kantlijn-panel iframe[name="kantlijn-panel"][data-shown]').waitFor({ timeout: 5_000 });
    await panel.aside.getByRole('heading', { name: /^Actoren$/i }).waitFor({ timeout: 10_000 });
    // The letter's opening lines, with the names of its first paragraphs in view.
    await page.evaluate(() => document.getElementById('broodtekst')?.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300); // the highlights near the new viewport are drawn in the next frames
    const { panel: side, text } = await boxes(page);
    const covers = side.x < text.x + text.width && text.x < side.x + side.width;
    if (shot.width >= 640 && covers) throw new Error(`at ${shot.width} px the panel covers the text column`);
    const path = join(OUT, shot.file);
    await page.screenshot({ path });
    return `${path}: panel ${Math.round(side.width)}×${Math.round(side.height)} at x ${Math.round(side.x)}, text column ${Math.round(text.x)}–${Math.round(text.x + text.width)}`;
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--skip-build')) await build();
  mkdirSync(OUT, { recursive: true });
  const h = await launch({ site: { variant: 'a', metadata: true } });
  try {
    for (const shot of SHOTS) process.stdout.write(`${await take(h, shot)}\n`);
    if (h.offHost.length > 0) process.stderr.write(`blocked requests to other hosts: ${h.offHost.join(', ')}\n`);
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
