/**
 * The words of the interface (DESIGN.md: they are part of the interface), from `browser.i18n`:
 * `public/_locales/nl` (the default) and `public/_locales/en`. Where `browser.i18n` is missing (the
 * CLI, unit tests) or has no such message, the Dutch messages bundled here answer, so a word is
 * never blank.
 */
import type { PageProblem } from '@/lib/page/read-page';
import { browser } from 'wxt/browser';
import nl from '@/public/_locales/nl/messages.json';
import type { DocumentKind } from '@/lib/model/report';

/** The name of a message in `_locales/*\/messages.json`. */
export type WordKey = keyof typeof nl;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// "$ARG1$" placeholders as `browser.i18n` fills them, for the bundled fallback.
function fill(entry: Message, subs: readonly string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** One word or sentence of the interface in the browser's language, with `$1`… filled in. */
export function msg(key: WordKey, ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  try {
    const text = browser.i18n?.getMessage(key, strings);
    if (text) return text;
  } catch {
    // No i18n here (a test, the CLI): the bundled Dutch message below.
  }
  return fill((nl as Record<string, Message>)[key] as Message, strings);
}

const KIND_KEYS: Readonly<Record<DocumentKind, WordKey>> = {
  letter: 'kindLetter',
  'parliamentary-questions': 'kindParliamentaryQuestions',
  proceedings: 'kindProceedings',
  'parliamentary-paper': 'kindParliamentaryPaper',
  'official-gazette': 'kindOfficialGazette',
  none: 'kindNone',
};

/** The kind of a publication in the reader's words. */
export function kindLabel(kind: DocumentKind): string {
  return msg(KIND_KEYS[kind]);
}

/** "1 document gezien" / "3 documenten gezien". */
export function documentsSeen(n: number): string {
  return n === 1 ? msg('documentsSeenOne') : msg('documentsSeenMany', n);
}

const PROBLEM_WORDS: Record<PageProblem, WordKey> = {
  'no-text': 'problemNoText',
  'no-date': 'problemNoDate',
  'no-signature': 'problemNoSignature',
};

/** What a page lacks, said to the reader: lib/page reports codes, the UI chooses the words. */
export function problemWords(problem: PageProblem): string {
  return msg(PROBLEM_WORDS[problem]);
}
