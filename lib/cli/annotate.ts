/**
 * `npm run --silent annotate -- FILE --url URL`: prints the report of a saved page as JSON.
 * It runs the same `lib/page` code as the content script, on a DOM parsed by happy-dom (no scripts
 * run). Every failure is one line on stderr and exit code 1 — never a stack trace.
 */
import { annotateFile } from './annotate-file';
import { parseArgs, UsageError } from './args';

async function main(argv: string[]): Promise<number> {
  try {
    const { file, url } = parseArgs(argv);
    process.stdout.write(`${await annotateFile(file, url)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`annotate: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
