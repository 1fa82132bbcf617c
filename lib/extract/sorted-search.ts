/**
 * The one binary search the extraction's sorted offsets need (token starts, mention starts): how
 * many of the first `count` values come before a value. Kept apart so the passes over a long text
 * look things up in O(log n) rather than walking, and all the same way.
 */

/** How many of `sorted[0..count)` (ascending) are below `value`: the index of the first that is not. */
export function countBelow(sorted: ArrayLike<number>, count: number, value: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
