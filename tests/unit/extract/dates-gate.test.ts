// The date scan tries the parsers of a common word ("de", "in", "voor") only when the next token is
// a number or one of NEXT_WORDS (grammar.ts). The gate must never turn away a phrase its parsers
// would read: checked on every token of the fixture texts and on a phrase of each shape.
import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/extract/dates';
import { startParsers } from '@/lib/extract/dates/find-dates';
import { matchDate, ROUTES } from '@/lib/extract/dates/grammar';
import { tokenize, type Tokens } from '@/lib/extract/tokens';
import { readPage } from '@/lib/page/read-page';
import { fixtureHtml, parseHtml, truths } from '@/tests/unit/helpers';

// Whether the gate turns token i away: a gated word the scan tries no parser at.
function turnedAway(tokens: Tokens, i: number): boolean {
  const route = ROUTES.get(tokens.text, tokens.starts[i] as number, tokens.ends[i] as number);
  return route?.gated === true && startParsers(tokens, i) === null;
}

describe('the date gate on the fixture texts', () => {
  it('turns away only tokens whose parsers read nothing there', () => {
    let gated = 0;
    let away = 0;
    for (const variant of ['pages', 'pages-b', 'pages-c'] as const) {
      for (const t of truths()) {
        const text = readPage(parseHtml(fixtureHtml(variant, t.id)), t.url).index.text;
        const tokens = tokenize(text);
        for (let i = 0; i < tokens.count; i++) {
          const start = tokens.starts[i] as number;
          const route = ROUTES.get(text, start, tokens.ends[i] as number);
          if (!route?.gated) continue;
          gated++;
          if (!turnedAway(tokens, i)) continue;
          away++;
          expect(matchDate(text, start, route.parsers), `${t.id} at ${start}: ${text.slice(start, start + 40)}`).toBeNull();
        }
      }
    }
    // Most of the common words are turned away (the point of the gate), and the check ran on them.
    expect(gated).toBeGreaterThan(1000);
    expect(away / gated).toBeGreaterThan(0.7);
  });
});

describe('the date gate on each phrase shape', () => {
  const phrases = [
    'voor 3 mei 2022',
    'sinds maandag 3 oktober 2022',
    'tot en met 2 juni 2023',
    't/m 5 mei 2022',
    'vóór 1 januari 2024',
    'uiterlijk eind oktober 2023',
    'per 1 juli 2023',
    'in het voorjaar van 2023',
    'in de zomer van 2022',
    'in Q1 2023',
    'in het eerste kwartaal van 2024',
    'in 2021',
    'in het jaar 2020',
    'in oktober 2022',
    'medio-2020',
    'begin 2023',
    'na vorig jaar',
    'het tweede kwartaal van 2023',
    'de eerste helft van 2022',
    'de volgende dag',
    'op dezelfde dag',
    'op die dag',
    'op de volgende dag',
    'die zelfde dag',
    'een dag later',
    'één dag eerder',
    'van 2020',
  ];
  it.each(phrases)('"%s" is read from its first word', (phrase) => {
    const tokens = tokenize(phrase);
    const route = ROUTES.get(phrase, 0, tokens.ends[0] as number);
    expect(route?.gated).toBe(true);
    const read = matchDate(phrase, 0, route?.parsers ?? []);
    expect(read).not.toBeNull();
    const found = findDates(tokens, { documentDate: '2023-09-20' });
    expect(found[0]?.start).toBe(0);
    expect(found[0]?.end).toBe(read?.end);
  });

  it('turns away the common words before other words', () => {
    for (const text of ['in Den Haag', 'voor Nederland', 'op verzoek van', 'een brief van de minister', 'de minister', 'het kabinet']) {
      const tokens = tokenize(text);
      expect(turnedAway(tokens, 0), text).toBe(true);
    }
  });
});
