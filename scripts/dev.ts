/**
 * `npm run dev`: WXT's development mode, which opens a browser with Kantlijn loaded and reloads it
 * on every change. Without a display that browser cannot start: WXT then fails late, with "CDP
 * connection closed", and leaves browser processes behind. This wrapper says so before starting
 * anything, and otherwise runs `wxt` with the same arguments (Debian's Chromium when no other is set).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Why dev mode cannot open its browser here, in words for the terminal; null when it can. */
export function displayProblem(env: NodeJS.ProcessEnv): string | null {
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return [
    'npm run dev needs a display: it opens Chromium with Kantlijn loaded and reloads it as you edit,',
    'and neither DISPLAY nor WAYLAND_DISPLAY is set. Without a display:',
    '  npm run build         then load .output/chrome-mv3 in a browser (README: "Use it in your browser")',
    '  npm run demo          the bundled letter in headless Chromium, with a screenshot',
    '  xvfb-run npm run dev  dev mode on a virtual display (apt-get install xvfb)',
  ].join('\n');
}

/** Runs wxt in the foreground and passes Ctrl+C on, so no browser outlives the command. */
function runWxt(args: string[]): void {
  const env = { ...process.env };
  // web-ext finds Chrome through CHROME_PATH; Debian's Chromium is the one the project uses.
  if (!env.CHROME_PATH && existsSync(DEBIAN_CHROMIUM)) env.CHROME_PATH = DEBIAN_CHROMIUM;
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'wxt'), args, { cwd: ROOT, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`dev: ${error.message}\n`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problem = displayProblem(process.env);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exitCode = 1;
  } else runWxt(process.argv.slice(2));
}
