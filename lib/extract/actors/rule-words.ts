/**
 * The words the actor rules start from, and what their candidates may wait for: the trigger words,
 * the person cues, the function words that open sentences, and the conditions of candidates that
 * depend on the document (actor-rules.ts, scanner.ts).
 */
import { gazetteer } from '@/lib/extract/gazetteer';
import { wordList } from '@/lib/extract/word-list';
import type { Candidate } from './candidate';
import type { Found } from './later-mentions';

/** Stands for the name of the Kamer the document addresses until it is known. */
export const KAMER = '\u0000Kamer\u0000';

/**
 * What a conditional candidate waits for: `proceedings` — kept only in Handelingen (a chair of the
 * Kamer read from "voorzitter"); `kamer` — its name and key hold `KAMER`.
 */
export interface Condition {
  proceedings: boolean;
  kamer: boolean;
}

/** What the rules write to: the candidates, the acronyms defined, the conditions of candidates. */
export interface RuleOutput extends Found {
  conditions: Map<Candidate, Condition>;
}

/** Lower-case words that start a rule; any other lower-case word is passed over at once. */
export const TRIGGERS = new Set([
  'weten',
  'secretaris',
  'minister',
  'ministers',
  'staatssecretaris',
  'staatssecretarissen',
  'speciaal',
  'speciale',
  'woordvoerder',
  'directeur',
  'voorzitter',
  'ambassadeur',
  'consul',
  'gemeente',
  'raad',
  'commissie',
  'kamercommissie',
  'ministerie',
  'directoraat',
  'dagelijks',
  'fractie',
  'burgemeester',
  'provincie',
  'waterschap',
  'ambtgenoot',
  'ambtgenote',
  'commissaris',
  'motie',
  'amendement',
  'kabinet',
  'koning',
  'koningin',
]);
/** Words a person's name may follow ("het lid X", "de heer Y", "minister Z"). */
export const PERSON_CUES = new Set([
  'lid',
  'kamerlid',
  'leden',
  'heer',
  'heren', // "en de heren Remkes, minister van …, en De Boer": the first name of the list
  'mevrouw',
  'dames',
  'minister',
  'staatssecretaris',
  'premier',
  'president',
  'collega',
  'dhr',
  'mevr',
  'burgemeester',
  'wethouder',
  'gedeputeerde',
  'commissaris',
]);
// A word's shape: its first two code units and its length (31 for longer words).
const shape = (c0: number, c1: number, length: number) => (c0 << 12) | (c1 << 5) | Math.min(length, 31);

/**
 * A cheap first look at a lower-case word, from its first two letters and its length, without
 * slicing it out of the text: only words that may be a trigger, a cue or the start of a lower-case
 * name in the gazetteer go on to get a key.
 */
export class WordShapes {
  // Bit n set when a word of n code units (31: longer) starts with the code unit: one load turns
  // away two thirds of the words, which the set of shapes then need not hash.
  private readonly lengths = new Int32Array(128);
  private readonly shapes = new Set<number>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const c0 = word.charCodeAt(0);
      if (c0 < 128) this.lengths[c0] = (this.lengths[c0] ?? 0) | (1 << Math.min(word.length, 31));
      this.shapes.add(shape(c0, word.charCodeAt(1), word.length));
    }
  }

  /** Tells whether a word of `length` code units that starts with the ASCII `c0`, then `c1`, may be one of the words. */
  has(c0: number, c1: number, length: number): boolean {
    if (((this.lengths[c0] ?? 0) & (1 << Math.min(length, 31))) === 0) return false;
    return this.shapes.has(shape(c0, c1, length));
  }
}

// Built on first use, with the gazetteer, from constant lists only, and never changed after: the same
// for every text, so no extraction can leave anything in it for another.
let shapesBuilt: WordShapes | null = null;
/** The shapes of every trigger, cue and lower-case start of a name. */
export function triggerShapes(): WordShapes {
  shapesBuilt ??= new WordShapes([...TRIGGERS, ...PERSON_CUES, ...gazetteer().lowerStarts]);
  return shapesBuilt;
}
/** Bodies every country has: after a country's adjective they are that country's own. */
export const NATIONAL_BODIES = new Set([
  'Openbaar Ministerie',
  'Nationale ombudsman',
  'Hoge Raad',
  'Raad van State',
  'Rekenkamer',
  'Politie',
  'kabinet',
  'ministerraad',
]);

/** What a country's adjective before them makes that country's own body ("de Belgische regering"). */
export const GOVERNMENT_NOUNS = new Set(['regering', 'kabinet', 'parlement', 'overheid', 'ambassade', 'krijgsmacht', 'leger', 'politie']);

/** Function words that open sentences with a capital; they start no office or name rule. */
export const SENTENCE_WORDS = new Set(
  wordList(
    'de het een in op aan bij met voor naar uit als ook deze dit dat die er ik wij hij zij u zo nu dan',
    'maar en of om tot na door over onder tijdens sinds hierbij daarnaast verder tevens daarom daarbij',
    'zoals wat welke waarom hoe wanneer indien omdat nog wel niet geen alle elk ieder andere vanaf',
    'volgens inmiddels ten namens naast binnen buiten',
  ),
);
