/** Command-line arguments of `annotate`, parsed without a library: `FILE --url URL`. */
import { SITE_ORIGIN } from '@/lib/model/site';

/** A failure the user caused: printed as one line, no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const USAGE = 'usage: annotate FILE --url URL';

/** Parses `FILE --url URL` (also `--url=URL`); the URL defaults to the file's name on the site. */
export function parseArgs(argv: readonly string[]): { file: string; url: string } {
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--url') {
      url = argv[++i];
      if (!url) throw new UsageError(`--url needs a value; ${USAGE}`);
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '--') continue;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else if (!file) file = arg;
    else throw new UsageError(`more than one file given; ${USAGE}`);
  }
  if (!file) throw new UsageError(USAGE);
  const name = file.split(/[\\/]/).pop() ?? file;
  url ??= `${SITE_ORIGIN}/${name}`;
  try {
    new URL(url);
  } catch {
    throw new UsageError(`not a URL: ${url}`);
  }
  return { file, url };
}
