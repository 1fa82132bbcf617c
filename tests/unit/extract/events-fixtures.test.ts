// findDates + findEvents on the fixture texts in all three markups, scored like score.mjs: events
// compare by date only; a found date takes a required truth event first, then an optional one;
// optional events count neither way. Event F1 must stay at or above 0.85 in every markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates, sessionOfId } from '@/lib/extract/dates';
import { findEvents } from '@/lib/extract/events';
import { splitSentences } from '@/lib/extract/sentences';
import { tokenize } from '@/lib/extract/tokens';
import { readPage } from '@/lib/page/read-page';
import { FIXTURES, fixtureHtml, parseHtml, truths, scoreKeys, f1Of } from '@/tests/unit/helpers';

interface TruthEvent {
  date: string;
  cue: string;
  optional?: boolean;
}

function truthEvents(id: string): TruthEvent[] {
  const truth = JSON.parse(readFileSync(join(FIXTURES, 'truth', `${id}.json`), 'utf8')) as { events?: TruthEvent[] };
  return truth.events ?? [];
}

function score(found: string[], gold: TruthEvent[]): { tp: number; fp: number; fn: number } {
  return scoreKeys(
    found,
    gold.map((g) => ({ key: g.date, optional: g.optional === true })),
  );
}

describe.each(['pages', 'pages-b', 'pages-c'] as const)('events in markup %s', (variant) => {
  const results = truths().map((t) => {
    const reading = readPage(parseHtml(fixtureHtml(variant, t.id)), t.url);
    const text = reading.index.text;
    const tokens = tokenize(text);
    const documentDate = reading.document.date;
    const dates = findDates(tokens, { documentDate, session: sessionOfId(reading.document.id ?? reading.address.id) });
    const events = findEvents(text, splitSentences(tokens), dates, [], { documentDate, letters: reading.document.letters });
    return {
      id: t.id,
      text,
      events,
      ...score(
        events.flatMap((e) => (e.date ? [e.date] : [])),
        truthEvents(t.id),
      ),
    };
  });

  it('reaches event F1 ≥ 0.85', () => {
    const f1 = f1Of(results);
    expect(f1, JSON.stringify(results.map(({ id, tp: a, fp: b, fn: c }) => ({ id, tp: a, fp: b, fn: c })))).toBeGreaterThanOrEqual(0.85);
  });

  it('gives every event an ISO date, a cue at its offsets and a description', () => {
    for (const r of results) {
      for (const e of r.events) {
        expect(e.date, r.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(r.text.slice(e.mention.start, e.mention.end), r.id).toBe(e.cue);
        expect(e.what.length, r.id).toBeGreaterThan(0);
      }
    }
  });

  it('numbers the events e1, e2 … in text order', () => {
    for (const r of results) {
      expect(r.events.map((e) => e.id)).toEqual(r.events.map((_, i) => `e${i + 1}`));
      const starts = r.events.map((e) => e.mention.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});
