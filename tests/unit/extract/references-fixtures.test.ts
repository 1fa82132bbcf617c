// findReferences on the fixture texts in all three markups, scored like score.mjs: a found target
// takes a required truth reference first, then an optional one; optional and null ones count
// neither way. Reference F1 must stay at or above 0.95 in every markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReferences } from '@/lib/extract/references';
import { readPage } from '@/lib/page/read-page';
import { FIXTURES, fixtureHtml, parseHtml, truths, scoreKeys, f1Of } from '@/tests/unit/helpers';

interface TruthReference {
  text: string;
  target: string | null;
  optional?: boolean;
}

function truthReferences(id: string): TruthReference[] {
  const truth = JSON.parse(readFileSync(join(FIXTURES, 'truth', `${id}.json`), 'utf8')) as { references?: TruthReference[] };
  return truth.references ?? [];
}

function score(found: string[], gold: TruthReference[]): { tp: number; fp: number; fn: number } {
  return scoreKeys(
    found,
    gold.map((g) => ({ key: g.target, optional: g.optional === true || g.target === null })),
  );
}

describe.each(['pages', 'pages-b', 'pages-c'] as const)('references in markup %s', (variant) => {
  const results = truths().map((t) => {
    const text = readPage(parseHtml(fixtureHtml(variant, t.id)), t.url).index.text;
    const found = findReferences(text);
    return {
      id: t.id,
      text,
      found,
      ...score(
        found.flatMap((r) => (r.target ? [r.target] : [])),
        truthReferences(t.id),
      ),
    };
  });

  it('reaches reference F1 ≥ 0.95', () => {
    const f1 = f1Of(results);
    expect(f1, JSON.stringify(results.map(({ id, tp: t, fp: f, fn: n }) => ({ id, tp: t, fp: f, fn: n })))).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps each mention at its offsets', () => {
    for (const r of results) {
      for (const ref of r.found) expect(r.text.slice(ref.mention.start, ref.mention.end), r.id).toBe(ref.mention.text);
    }
  });

  it('does not take the dossier heading "21 501-02" of a letter for a citation', () => {
    const letter = results.find((r) => r.id === 'kst-21501-02-2553');
    expect(letter?.found.map((ref) => ref.target)).toEqual(['kst-21501-02-2535']);
  });
});
