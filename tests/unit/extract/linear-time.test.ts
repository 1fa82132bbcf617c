// The whole extraction on text made to slow it (issue 14): runs of capitals, initials, titles,
// title-case words, comma lists, citations and site ids without a break, dates, brackets, dots,
// digits and hyphenated ids. Its time must grow in step with the text (a ratio between sizes,
// measured in one run) and stay of the order of an ordinary text's of the same size. A run of
// initials was read again from each of its initials, and a long token of site ids again from each
// "kst" in it: both cost the run's length squared.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractContext } from '@/lib/extract/extract';
import { ADVERSARIAL_TEXT, LINEAR_BOUND, ordinaryText, SLOWDOWN_BOUND, slowdown, stepGrowth } from '@/tests/unit/linear-time';

const CONTEXT: ExtractContext = { documentDate: '2023-01-31', kind: 'letter', letters: [] };
const SIZES = [10_000, 100_000];
const run = (text: string) => extract(text, CONTEXT);

describe('extract() on text made to slow it', () => {
  it.each(Object.keys(ADVERSARIAL_TEXT))(
    'reads %s in linear time, about as fast as ordinary text',
    (name) => {
      const make = ADVERSARIAL_TEXT[name] as (size: number) => string;
      for (const ratio of stepGrowth(make, run, SIZES, LINEAR_BOUND, 2)) expect(ratio).toBeLessThan(LINEAR_BOUND);
      expect(slowdown(make(100_000), ordinaryText(100_000), run, 2)).toBeLessThan(SLOWDOWN_BOUND);
    },
    60_000,
  );
});
