// How a function's time grows with its input, measured in one run: each size is run as many times
// as fit in the largest, so a linear function takes about the same total time at every size and a
// quadratic one ten times more at each tenfold step. A ratio, never a fixed time: the machines that
// run the tests differ and are shared.

/** Sizes of built input, in characters: 10k, 100k, 1M. */
export const SIZES = [10_000, 100_000, 1_000_000] as const;

/**
 * The time of `run` on `make(size)` at each size, repeated to the same total length, divided by
 * that of the smallest: about 1 for linear work, 10 and 100 for quadratic. Best of `rounds`.
 */
export function growth<T>(make: (size: number) => T, run: (input: T) => void, sizes: readonly number[] = SIZES, rounds = 3): number[] {
  const largest = Math.max(...sizes);
  const times = sizes.map((size) => {
    const input = make(size);
    const repeats = Math.max(1, Math.round(largest / size));
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < rounds; round++) {
      const start = performance.now();
      for (let k = 0; k < repeats; k++) run(input);
      best = Math.min(best, performance.now() - start);
    }
    return Math.max(best, 0.01);
  });
  const first = times[0] ?? 1;
  return times.map((time) => time / first);
}

/** Repeats `unit` until the text is `size` characters long (cut there). */
export function built(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The bound a growth ratio must stay under: linear work stays near 1, quadratic reaches 100. */
export const LINEAR_BOUND = 4;

/** How many times longer `run` takes on `made` than on `ordinary` input of the same size (best of `rounds`, repeated to ~20 ms). */
export function slowdown<T>(made: T, ordinary: T, run: (input: T) => void, rounds = 3): number {
  const time = (input: T) => {
    let best = Number.POSITIVE_INFINITY;
    let repeats = 1;
    for (let round = 0; round < rounds; round++) {
      const start = performance.now();
      for (let k = 0; k < repeats; k++) run(input);
      const took = performance.now() - start;
      best = Math.min(best, took / repeats);
      if (took < 20) repeats = Math.min(1000, repeats * 4);
    }
    return Math.max(best, 0.001);
  };
  return time(made) / time(ordinary);
}
