/** Command-line arguments of `annotate`, parsed without a library: `FILE [--url URL]`, `--help`. */
import { SITE_HOST } from '@/lib/model/site';

/** A failure the user caused: printed as one line, no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The one-line form, repeated after every usage error so the fix is on the same line. */
export const USAGE = 'usage: annotate FILE [--url URL]';

/** What `--help` prints: the README's wording, so the two say the same. */
export const HELP = `${USAGE}

Prints the report of a publication of ${SITE_HOST} (a page saved as HTML)
as JSON on stdout. Errors go to stderr in one line, with exit code 1.

  FILE        the page as saved from the site (HTML)
  --url URL   the address the page was saved from (optional). Without it: the address
              the page names itself (a browser's "saved from url" note, its canonical link
              or og:url), else the site's address with FILE's name: a page saved as
              kst-21501-02-2553.html needs no --url
  -h, --help  prints this help
`;

/** What the command line asks for: the help, or one file with the address given (or null). */
export type Args = { help: true } | { help: false; file: string; url: string | null };

/** Parses `FILE [--url URL]` (also `--url=URL`) and `-h`/`--help`; checks that a given URL parses. */
export function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return { help: true };
    else if (arg === '--url') {
      const value = argv[++i];
      if (!value) throw new UsageError(`--url needs a value; ${USAGE}`);
      url = value;
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    // npm passes `--` on from `npm run annotate -- …`
    else if (arg === '--') continue;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else if (!file) file = arg;
    else throw new UsageError(`more than one file given; ${USAGE}`);
  }
  if (!file) throw new UsageError(`${USAGE} (annotate --help says more)`);
  if (url !== null) {
    try {
      new URL(url);
    } catch {
      throw new UsageError(`not a URL: ${url}`);
    }
  }
  return { help: false, file, url };
}
