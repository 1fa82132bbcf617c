/**
 * Work over many records without freezing the page: the records are handled in slices of a few
 * milliseconds, and between slices the main thread is given back (`yieldToMain`), so a page that
 * imports 10,000 notes keeps answering clicks and scrolls.
 */
import { yieldToMain } from '@/lib/util/yield-to-main';

/** How to slice. */
export interface SliceOptions {
  /** Work per slice before yielding (default 5 ms). */
  sliceMs?: number;
  /** How to give the main thread back; `false` never yields (tests, workers, the CLI). */
  yieldTo?: (() => Promise<void>) | false;
}

const CHECK_EVERY = 32;

/** Calls `step` for every item in order, yielding between slices of `sliceMs`. */
export async function eachInSlices<T>(
  items: readonly T[],
  step: (item: T, index: number) => void,
  options: SliceOptions = {},
): Promise<void> {
  const sliceMs = options.sliceMs ?? 5;
  const yieldTo = options.yieldTo ?? yieldToMain;
  let until = performance.now() + sliceMs;
  for (let i = 0; i < items.length; i++) {
    step(items[i] as T, i);
    if (yieldTo && i % CHECK_EVERY === CHECK_EVERY - 1 && performance.now() > until) {
      await yieldTo();
      until = performance.now() + sliceMs;
    }
  }
}
