/**
 * The citations of a text found in slices, giving the thread back in between: the page finds them
 * itself while the background extracts the rest (lib/messages/extract-port.ts), and a long text
 * must not hold the page's main thread in one long task (docs/performance.md). The same
 * references `findReferences` gives: the finder is fed whole lines, and each pattern's search goes
 * on where it stood (pattern-scan.ts).
 */
import type { Reference } from '@/lib/model/report';
import { createReferenceFinder, type ReferenceOptions } from './references';

/** Characters fed to the finder between looks at the clock (cut after a line break). */
const STEP = 32_768;

/** How to slice: about `sliceMs` of work, then `pause` (the page's yield). */
export interface SliceOptions extends ReferenceOptions {
  sliceMs?: number;
  pause: () => Promise<void>;
  signal?: AbortSignal;
}

/** Finds the citations in `text` as `findReferences` does, in slices. Rejects when `signal` aborts. */
export async function findReferencesInSlices(text: string, { sliceMs = 8, pause, signal, ...options }: SliceOptions): Promise<Reference[]> {
  const finder = createReferenceFinder();
  let done = 0;
  let until = performance.now() + sliceMs;
  while (done < text.length) {
    const lineBreak = text.indexOf('\n', Math.min(text.length, done + STEP));
    const end = lineBreak < 0 ? text.length : lineBreak + 1;
    finder.advance(text, end);
    done = end;
    if (done < text.length && performance.now() > until) {
      await pause();
      signal?.throwIfAborted();
      until = performance.now() + sliceMs;
    }
  }
  return finder.finish(text, options);
}
