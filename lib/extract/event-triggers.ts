/**
 * Trigger nouns of events: the words that name a happening ("debat", "Commissiedebat", "top",
 * "RBZ"), each with the lemma that keys it, so that one happening mentioned twice is one event.
 */
import { wordList } from './word-list';

// Unicode patterns made once, at module level (why: name-keys.ts).
const DAY_NAME_SHAPE = /^\p{Lu}\p{L}{3,}dag$/u;

// Trigger nouns → the lemma that keys a happening. Forms in EXACT match whole words (or the last
// part of "NAVO-top"); forms in COMPOUND also end compounds ("Commissiedebat", "Parlementsverkiezing").
const EXACT = lemmas(
  wordList(
    'top raad ministerraad veiligheidsraad motie moties:motie stemming stemmingen:stemming tweet tweets:tweet lunch',
    'diner ontbijt besluit memorandum wet verdrag referendum inval invasie aanslag ramp aardbeving beëdiging',
    'installatie ondertekening inwerkingtreding missie reis interview demonstratie staking bombardement staatsgreep',
    'vragen sessie consultatie hoorzitting',
  ),
);
const COMPOUND = lemmas(
  wordList(
    'debat debatten:debat overleg gesprek gesprekken:gesprek bezoek bezoeken:bezoek conferentie',
    'conferenties:conferentie vergadering vergaderingen:vergadering bijeenkomst bijeenkomsten:bijeenkomst',
    'ontmoeting ontmoetingen:ontmoeting zitting verkiezing verkiezingen:verkiezing oorlog aanval aanvallen:aanval',
    'brief brieven:brief bericht berichten:bericht verklaring verklaringen:verklaring verslag rapport advies',
    'mededeling toezegging uitzending regeling beschikking overeenkomst akkoord besluit voorstel uitspraak vragen',
  ),
);
// Compound endings by their last four letters, longest first, so a word is checked against a handful, not all.
const BY_ENDING = new Map<string, Array<{ form: string; lemma: string }>>();
for (const [form, lemma] of [...COMPOUND].sort(([a], [b]) => b.length - a.length)) {
  const list = BY_ENDING.get(form.slice(-4)) ?? [];
  list.push({ form, lemma });
  BY_ENDING.set(form.slice(-4), list);
}
// Abbreviations (exact case) that name a happening: lemma and what they stand for.
const ABBREVIATED = new Map<string, [string, string]>([
  ['CD', ['debat', 'commissiedebat']],
  ['AO', ['overleg', 'algemeen overleg']],
  ['SO', ['overleg', 'schriftelijk overleg']],
  ['WGO', ['overleg', 'wetgevingsoverleg']],
  ['NO', ['overleg', 'notaoverleg']],
  ['RBZ', ['raad', 'Raad Buitenlandse Zaken']],
  ['RAZ', ['raad', 'Raad Algemene Zaken']],
  ['JBZ', ['raad', 'JBZ-Raad']],
]);
const WEEKDAY_NAMES = new Set([
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'vandaag',
  'gisteren',
  'eergisteren',
]);

/** A trigger noun: the lemma that keys its happening, and what an abbreviation stands for. */
export interface TriggerNoun {
  lemma: string;
  expansion: string | null;
}

/**
 * The trigger noun of each word, found once per document: the events pass asks for every word
 * within reach of every date, mostly the same words, and slicing and lower-casing them each time
 * is costly (docs/performance.md). One per document's events pass (events.ts), dropped with it.
 * The results are never changed by their users.
 */
export class TriggerMemo {
  private readonly found = new Map<string, TriggerNoun | null>();

  /** The trigger noun a word is, or null. */
  triggerOf(word: string): TriggerNoun | null {
    let trigger = this.found.get(word);
    if (trigger === undefined) {
      trigger = findTrigger(word);
      this.found.set(word, trigger);
    }
    return trigger;
  }
}

function findTrigger(word: string): TriggerNoun | null {
  const abbreviated = ABBREVIATED.get(word);
  if (abbreviated) return { lemma: abbreviated[0], expansion: abbreviated[1] };
  const last = word.slice(word.lastIndexOf('-') + 1).toLowerCase();
  const exact = EXACT.get(last) ?? COMPOUND.get(last);
  if (exact) return { lemma: exact, expansion: null };
  for (const { form, lemma } of BY_ENDING.get(last.slice(-4)) ?? []) {
    if (last.length - form.length >= 4 && last.endsWith(form)) return { lemma, expansion: null };
  }
  // A named day: "Klimaatdag", "Prinsjesdag" (capitalised, not a weekday).
  if (last.endsWith('dag') && DAY_NAME_SHAPE.test(word) && !WEEKDAY_NAMES.has(last)) return { lemma: last, expansion: null };
  return null;
}

function lemmas(list: readonly string[]): Map<string, string> {
  return new Map(list.map((entry) => entry.split(':') as [string, string?]).map(([form, lemma]) => [form, lemma ?? form]));
}
