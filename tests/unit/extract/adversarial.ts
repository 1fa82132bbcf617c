// What the properties over text made to slow or break the reading share: fast-check's text of
// adversarial pieces mixed with ordinary Dutch words, and the checks a valid extraction passes.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Extraction } from '@/lib/extract/extract';
import type { Mention, Reference } from '@/lib/model/report';

const TYPES = new Set(['person', 'office', 'organisation', 'location']);

// The pieces the adversarial kinds repeat (tests/unit/linear-time.ts), and the odd characters
// around them: line and paragraph separators, no-break and thin spaces, a lone surrogate.
const PIECES = [
  'ABCDEFGHIJ',
  'MINISTER VAN ',
  'BRIEF VAN ',
  'A.B.C.',
  'A. B. ',
  'Th.',
  'Mr. dr. ',
  'Jan De Vries ',
  'Jansen, ',
  'kst-1',
  'kst-1-',
  '_',
  'https://zoek.officielebekendmakingen.nl/',
  'Kamerstukken II 2020/21, 35 000, nrs. 1, 2, 3',
  ', nr. ',
  'Handelingen II 2016/17, nr. 60, item 7',
  'Stb. 2019, 143',
  '1 januari 2020',
  '1 - 2 januari jl.',
  'tot en met ',
  '(',
  ')',
  '[',
  '. ',
  '.',
  '12 345 ',
  '35570-XIV-46; ',
  '21501-32-',
  '21 501-02',
  'Aan de Voorzitter van de Tweede Kamer',
  'Den Haag, 23 november 2022',
  'De Minister van Financiën,',
  'W.B. Hoekstra',
  'de leden Omtzigt (CDA), Gesthuizen (SP) en Schouw (D66)',
  'de heer ',
  '\n',
  '\u000b',
  '\u2028',
  '\u00a0',
  '\u2009',
  '\ud800',
  '😀',
];

const WORDS = (
  'de het een van en in op te dat die is voor met aan zijn er niet ook als bij door over naar om tot nog wel maar ' +
  'minister kabinet kamer brief motie debat beleid gemeente provincie rijksoverheid europese unie besluit wet ' +
  'heeft wordt zal kan moet werd hebben worden gaan komen Nederland Utrecht Berlijn Brussel januari maart jl. a.s.'
).split(' ');

const piece = fc.constantFrom(...PIECES);
const word = fc.constantFrom(...WORDS).map((w) => `${w} `);
const run = fc.tuple(piece, fc.integer({ min: 2, max: 400 })).map(([p, n]) => p.repeat(n));

/** Text of adversarial pieces, runs of them and ordinary words, mixed at random (up to some 20k characters). */
export const adversarialText = fc
  .array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 3, arbitrary: piece }, { weight: 1, arbitrary: run }), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** Whether `value` is an ISO date at the precision a text gives: a year, a month or a day that exists. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years below 100 as 19xx
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkMention(text: string, m: Mention, where: string): void {
  expect(Number.isInteger(m.start) && Number.isInteger(m.end), where).toBe(true);
  expect(m.start >= 0 && m.start < m.end && m.end <= text.length, `${where}: ${m.start}..${m.end} of ${text.length}`).toBe(true);
  expect(m.text, where).toBe(text.slice(m.start, m.end));
}

function checkReference(text: string, r: Reference, where: string): void {
  checkMention(text, r.mention, where);
  expect(r.text, where).toBe(r.mention.text);
  if (r.target === null) expect(r.url, where).toBeNull();
  else expect(r.url, where).toBe(`https://zoek.officielebekendmakingen.nl/${r.target}.html`);
}

/**
 * Checks that `ex` is a valid extraction of `text`: every mention a non-empty stretch of the text
 * that it quotes, actor and event ids unique, and every actor of an event one of the actors.
 */
export function checkExtraction(text: string, ex: Extraction): void {
  const actorIds = new Set<string>();
  for (const a of ex.actors) {
    expect(typeof a.name === 'string' && TYPES.has(a.type), `actor ${a.id}`).toBe(true);
    expect(actorIds.has(a.id), `actor id ${a.id} twice`).toBe(false);
    actorIds.add(a.id);
    a.mentions.forEach((m, i) => checkMention(text, m, `actor ${a.id} mention ${i}`));
  }
  const eventIds = new Set<string>();
  for (const e of ex.events) {
    expect(eventIds.has(e.id), `event id ${e.id} twice`).toBe(false);
    eventIds.add(e.id);
    expect(e.date === null || isIsoDate(e.date), `event ${e.id} date ${e.date}`).toBe(true);
    for (const actor of e.actors) expect(actorIds.has(actor), `event ${e.id} names actor ${actor}`).toBe(true);
    checkMention(text, e.mention, `event ${e.id}`);
  }
  ex.references.forEach((r, i) => checkReference(text, r, `reference ${i}`));
}
