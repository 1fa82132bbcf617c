/**
 * `npm run --silent annotate -- FILE [--url URL]`: prints the report of a saved page as JSON.
 * It runs the same `lib/page` code as the content script, on a DOM parsed by happy-dom (no scripts
 * run). `--help` prints the usage (exit 0); every failure is one line on stderr and exit code 1 —
 * never a stack trace, never a report of something that is not a page of the site.
 */
import { annotateFile } from './annotate-file';
import { HELP, parseArgs, UsageError } from './args';

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      process.stdout.write(HELP);
      return 0;
    }
    process.stdout.write(`${await annotateFile(args.file, args.url)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`annotate: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
