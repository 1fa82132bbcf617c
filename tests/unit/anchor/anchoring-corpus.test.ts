// The re-anchoring corpus in small (tests/anchoring; the full one runs in `npm run bench`): one
// case of every kind of revision on every fixture text and bundle. A note never lands surely on
// words that are not its own, a deleted or rewritten passage is never placed surely, and most
// passages that still exist are placed surely on their words.
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnchoringCase, buildCorpus, fixtureTexts, runCorpus } from '@/tests/anchoring/corpus';

let cases: AnchoringCase[] = [];
let result: ReturnType<typeof runCorpus>;

beforeAll(async () => {
  cases = buildCorpus(await fixtureTexts(), 1, 15);
  result = runCorpus(cases);
}, 120_000);

describe('the re-anchoring corpus, one case per kind and text', () => {
  it('holds over a thousand cases of every kind of revision', () => {
    expect(cases.length).toBeGreaterThan(1000);
    expect(result.byKind.size).toBe(14);
  });

  it('never places a note surely on other words', () => {
    const wrong = result.wrong
      .filter(({ anchor }) => anchor?.certainty === 'sure')
      .map(({ c }) => `${c.kind} ${c.source}: “${c.selectors.quote.exact.slice(0, 60)}”`);
    expect(wrong).toEqual([]);
  });

  it('never places a deleted or rewritten passage surely', () => {
    for (const kind of ['passage-deleted', 'sentences-deleted', 'passage-rewritten'] as const) {
      expect(result.byKind.get(kind)?.correct).toBe(0);
      expect(result.byKind.get(kind)?.wrong).toBe(0);
    }
  });

  it('places at least 95% of the passages that still exist surely on their words', () => {
    const gone = new Set(['passage-deleted', 'sentences-deleted', 'passage-rewritten']);
    let existing = 0;
    let correct = 0;
    for (const [kind, tally] of result.byKind) {
      if (gone.has(kind)) continue;
      existing += tally.cases;
      correct += tally.correct;
    }
    expect(correct / existing).toBeGreaterThanOrEqual(0.95);
  });
});
