// How a function's time grows with its input, measured in one run: each size is run as many times
// as fit in the largest, so a linear function takes about the same total time at every size and a
// quadratic one ten times more at each tenfold step. A ratio, never a fixed time: the machines that
// run the tests differ and are shared.

/**
 * How often a ratio at or over its bound is measured again before it counts: a pause of the shared
 * machine inflates one measurement, while work that truly grows too fast is over the bound every time.
 */
export const ATTEMPTS = 3;

/** The least of up to `attempts` values of `measure`, stopping at the first under `bound`. */
export function leastOf(measure: () => number, bound: number, attempts = ATTEMPTS): number {
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < attempts && least >= bound; attempt++) least = Math.min(least, measure());
  return least;
}

/** Sizes of built input, in characters: 10k, 100k, 1M. */
export const SIZES = [10_000, 100_000, 1_000_000] as const;

/**
 * The time of `run` on `make(size)` at each size, repeated to the same total length, divided by
 * that of the smallest: about 1 for linear work, 10 and 100 for quadratic. Best of `rounds`.
 */
export function growth<T>(make: (size: number) => T, run: (input: T) => void, sizes: readonly number[] = SIZES, rounds = 3): number[] {
  // Measured again while any step is over the bound, each step's least kept.
  let least = sizes.map(() => Number.POSITIVE_INFINITY);
  leastOf(() => {
    least = measuredGrowth(make, run, sizes, rounds).map((ratio, k) => Math.min(ratio, least[k] ?? ratio));
    return Math.max(...least);
  }, LINEAR_BOUND);
  return least;
}

function measuredGrowth<T>(make: (size: number) => T, run: (input: T) => void, sizes: readonly number[], rounds: number): number[] {
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

/**
 * As `growth`, with every size run as often as it takes the largest to fill `windowMs` a round: a
 * run of a millisecond or two, timed alone, is at the mercy of whatever else a busy machine runs.
 */
export function steadyGrowth<T>(
  make: (size: number) => T,
  run: (input: T) => void,
  sizes: readonly number[] = SIZES,
  rounds = 3,
  windowMs = 20,
): number[] {
  const largest = sizes.reduce((a, b) => Math.max(a, b), 0);
  const big = make(largest);
  const start = performance.now();
  run(big);
  const scale = Math.max(1, Math.ceil(windowMs / Math.max(performance.now() - start, 0.01)));
  const times = sizes.map((size) => {
    const input = size === largest ? big : make(size);
    const repeats = scale * Math.max(1, Math.round(largest / size));
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < rounds; round++) {
      const begin = performance.now();
      for (let k = 0; k < repeats; k++) run(input);
      best = Math.min(best, performance.now() - begin);
    }
    return Math.max(best, 0.01);
  });
  const first = times[0] ?? 1;
  return times.map((time) => time / first);
}

/**
 * The growth ratio of each step between consecutive sizes (`steadyGrowth` of the pair), measured step by
 * step and stopping after the first at or above `bound`: work that grows faster than its input
 * fails at a small size, before a large one would take minutes.
 */
export function stepGrowth<T>(
  make: (size: number) => T,
  run: (input: T) => void,
  sizes: readonly number[] = SIZES,
  bound = LINEAR_BOUND,
  rounds = 3,
): number[] {
  const ratios: number[] = [];
  for (let k = 1; k < sizes.length; k++) {
    const ratio = leastOf(() => steadyGrowth(make, run, [sizes[k - 1] ?? 0, sizes[k] ?? 0], rounds)[1] ?? 0, bound);
    ratios.push(ratio);
    if (ratio >= bound) break;
  }
  return ratios;
}

/** Repeats `unit` until the text is `size` characters long (cut there). */
export function built(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The bound a growth ratio must stay under: linear work stays near 1, quadratic reaches 100. */
export const LINEAR_BOUND = 4;

/** The bound of a `slowdown` against ordinary text: made text may cost more, but not another order of time. */
export const SLOWDOWN_BOUND = 10;

/**
 * How many times longer `run` takes on `made` than on `ordinary` input of the same size (best of
 * `rounds`, repeated to ~20 ms; measured again while at or over `bound`).
 */
export function slowdown<T>(made: T, ordinary: T, run: (input: T) => void, rounds = 3, bound = SLOWDOWN_BOUND): number {
  return leastOf(() => measuredSlowdown(made, ordinary, run, rounds), bound);
}

function measuredSlowdown<T>(made: T, ordinary: T, run: (input: T) => void, rounds: number): number {
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

/**
 * Ordinary text of an official publication, the yardstick of `slowdown`: sentences with names,
 * offices, dates and citations, as the extraction meets them on every page.
 */
export const ORDINARY_TEXT = [
  'Den Haag, 23 november 2022',
  'Hierbij bied ik u, mede namens de Minister van Buitenlandse Zaken, de geannoteerde agenda aan voor de Raad Algemene Zaken.',
  'Op 2 oktober jl. sprak minister W.B. Hoekstra met zijn ambtgenoot in Berlijn over de uitbreiding van de Europese Unie.',
  'De Kamer is hierover eerder geïnformeerd (Kamerstuk 21 501-02, nr. 2535) en het lid Omtzigt (CDA) stelde er vragen over.',
  'Het kabinet zal in het eerste kwartaal van 2023 een reactie sturen, zoals toegezegd tijdens het debat van 4 februari 2022.',
  'De gemeente Utrecht, het Rijksinstituut voor Volksgezondheid en Milieu en De Nederlandsche Bank werken daarbij samen.',
].join('\n');

/** `size` characters of ordinary text (ORDINARY_TEXT, repeated). */
export function ordinaryText(size: number): string {
  return built(`${ORDINARY_TEXT}\n`, size);
}

// "Kamerstukken II 2020/21, 35 000, nrs. 1, 2, 3, …": one citation that lists numbers without end.
function numberList(size: number): string {
  const parts = ['Kamerstukken II 2020/21, 35 000, nrs. 1'];
  let length = parts[0]?.length ?? 0;
  for (let n = 2; length < size; n++) {
    const item = `, ${(n % 9999) + 1}`;
    parts.push(item);
    length += item.length;
  }
  return parts.join('').slice(0, size);
}

/**
 * Text made to slow the extraction and the page reader, one kind per name (issue 14): each repeats
 * what one rule or pattern reads, without the break that would end it. Each makes text of the
 * size asked for.
 */
export const ADVERSARIAL_TEXT: Readonly<Record<string, (size: number) => string>> = {
  'a run of capitals': (size) => built('ABCDEFGHIJKLMNOPQRSTUVWXYZ', size),
  'capitalised words': (size) => built('MINISTER VAN BUITENLANDSE ZAKEN ', size),
  initials: (size) => built('A.B.C.D.E.F.G.H.', size),
  'spaced initials': (size) => built('A. B. C. D. ', size),
  titles: (size) => built('Mr. dr. ', size),
  'title-case words': (size) => built('Jan De Vries Van Dam Het Ministerie Raad ', size),
  'a comma list': (size) => built('Jansen, De Vries, Van Dam, Pietersen, ', size),
  'site ids without a break': (size) => `x${built('kst-1', size - 1)}`,
  'site ids ending in a dash': (size) => `${built('kst-1-', size - 1)}-`,
  'site ids ending in an underscore': (size) => `${built('kst-1', size - 1)}_`,
  'an address with a long path': (size) => `https://zoek.officielebekendmakingen.nl/${built('kst-1/', size - 41)}`,
  'a list of numbers': numberList,
  'citations without a break': (size) => built('Kamerstukken II 2020/21, 35 000, nr. 1', size),
  'dates without a break': (size) => built('1 januari 2020', size),
  'dates and ranges': (size) => built('1 - 2 januari 2020 jl. tot en met ', size),
  'open brackets': (size) => built('(', size),
  'open brackets and words': (size) => built('(de ', size),
  dots: (size) => built('. ', size),
  digits: (size) => built('12 345 ', size),
  'hyphenated ids': (size) => built('35570-XIV-46; ', size),
  'hyphenated ids without a break': (size) => built('21501-32-', size),
  'spaces before a line separator': (size) => `21 501 ${built('\u000b', size - 8)}\u2028`,
  'a caps title of VANs': (size) => `BRIEF VAN ${built('VAN ', size - 12)}\u2028X`,
};
