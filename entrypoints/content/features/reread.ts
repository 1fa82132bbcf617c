/**
 * The re-reading feature: the site may replace the publication's text after load; then the page is
 * read again and a new pass replaces the one at work. Watching stops when `signal` aborts.
 */
import type { PageReading } from '@/lib/page/read-page';
import { problemWords } from '@/lib/ui/words';
import type { SessionState, Store } from '@/entrypoints/content/page-store';
import { watchBody } from '@/entrypoints/content/watch-body';

/** How a new pass is made: ended the one at work, read the page, run from the reading. */
export interface Passes {
  /** Ends the pass at work and gives the new one's signal. */
  next(): AbortSignal;
  read(signal: AbortSignal): Promise<PageReading | null>;
  run(reading: PageReading, signal: AbortSignal): Promise<void>;
}

/** Reads the page again whenever its text changes. */
export function startRereading(signal: AbortSignal, store: Store<SessionState>, passes: Passes): void {
  watchBody(
    signal,
    () => store.get().reading.body,
    () => store.get().reading.index.sourceLength,
    () => {
      const pass = passes.next();
      void passes.read(pass).then((reading) => {
        if (!reading || pass.aborted) return;
        store.set({ reading, document: reading.document, problems: reading.problems.map(problemWords) });
        return passes.run(reading, pass);
      });
    },
  );
}
