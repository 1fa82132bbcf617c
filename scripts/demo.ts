/**
 * `npm run demo`: builds the extension, opens the bundled letter at its real address in Chromium
 * (offline: every other request is aborted), opens the panel with Alt+Shift+K, saves a screenshot
 * and prints what the panel shows. Headed when $DISPLAY is set (stays open until the window is
 * closed), headless otherwise (exits 0).
 *   --readme-shot   also copy the screenshot to docs/screenshot.png
 *   --skip-build    use the existing .output/chrome-mv3
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '@/lib/model/report';
import { launch, openWithShortcut, readPanel, reportOf, ROOT, type Harness, type PanelFacts } from '@/scripts/browser/harness';

const LETTER = 'kst-21501-02-2553';
const SHOT = join(ROOT, 'demo-output', 'kantlijn-demo.png');
const README_SHOT = join(ROOT, 'docs', 'screenshot.png');

/** Runs `npm run build`, its output on stderr so stdout holds only the panel's text. */
function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`))));
  });
}

/** Reads the panel until two reads 300 ms apart agree (it may fill in after mounting). */
async function settledPanel(read: () => Promise<PanelFacts>): Promise<PanelFacts> {
  let last = '';
  const until = Date.now() + 10_000;
  for (;;) {
    const facts = await read();
    const now = JSON.stringify(facts);
    if ((now === last && facts.facts.Soort) || Date.now() > until) return facts;
    last = now;
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The panel as readable lines: one per row, one per signer. */
function describePanel(shown: PanelFacts): string[] {
  const lines = [`Kantlijn — ${shown.headings[0] ?? '(geen kop)'}`];
  for (const [label, value] of Object.entries(shown.facts)) {
    if (label === 'Ondertekenaars' && shown.signatories.length > 0) {
      lines.push(`${label}:`, ...shown.signatories.map((s) => `  - ${s}`));
    } else {
      lines.push(`${label}: ${value}`);
    }
  }
  if (shown.status) lines.push(`Meldingen: ${shown.status}`);
  return lines;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--skip-build')) await build();
  const headed = Boolean(process.env.DISPLAY);
  const started = Date.now();
  let h: Harness | null = null;
  try {
    h = await launch({ headless: !headed, site: { variant: 'a', metadata: true } });
    const page = await h.open(LETTER);
    await openWithShortcut(page);
    const shown = await settledPanel(() => readPanel(page));
    mkdirSync(join(ROOT, 'demo-output'), { recursive: true });
    await page.screenshot({ path: SHOT });
    if (args.has('--readme-shot')) {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      copyFileSync(SHOT, README_SHOT);
    }
    process.stdout.write(`${describePanel(shown).join('\n')}\n`);
    process.stdout.write(`${describeReport(await reportOf(h, page)).join('\n')}\n`);
    process.stderr.write(`screenshot: ${SHOT}${args.has('--readme-shot') ? ` (and ${README_SHOT})` : ''}\n`);
    if (h.offHost.length > 0) process.stderr.write(`blocked requests to other hosts: ${h.offHost.join(', ')}\n`);
    process.stderr.write(`demo took ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    if (headed) {
      process.stderr.write('close the browser window to end the demo\n');
      const context = h.context;
      await new Promise<void>((resolve) => context.on('close', () => resolve()));
    }
  } finally {
    await h?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

/** What the text holds, in a few lines: the actors by type, the dated events, the citations. */
function describeReport(report: Report): string[] {
  const types = { person: 'Personen', office: 'Functies', organisation: 'Organisaties', location: 'Plaatsen' } as const;
  const lines = [
    `In de tekst: ${report.actors.length} actoren, ${report.events.length} gebeurtenissen, ${report.references.length} verwijzingen`,
  ];
  for (const [type, label] of Object.entries(types)) {
    const names = report.actors.filter((a) => a.type === type).map((a) => `${a.name} (${a.mentions.length})`);
    if (names.length) lines.push(`${label}: ${names.join(', ')}`);
  }
  const dated = [...report.events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  lines.push('Tijdlijn:', ...dated.map((e) => `  ${e.date ?? '?'}  ${e.cue} — ${e.what}`));
  if (report.references.length) lines.push(`Verwijzingen: ${report.references.map((r) => `${r.text} → ${r.target ?? '?'}`).join('; ')}`);
  return lines;
}
