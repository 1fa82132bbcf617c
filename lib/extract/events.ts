/**
 * Events: each dated happening the document speaks of (EXTRACTION.md, "Events and references").
 * A resolved date mention that is not a period label becomes an event; `what` is the nearest
 * trigger noun phrase in its clause ("Commissiedebat Raad Buitenlandse Zaken", "de 44-dagen
 * Karabach oorlog"), else the clause itself, short; the letter's date line is the sending of the
 * letter. A happening mentioned twice (same date, same trigger) is one event. Each date looks at a
 * bounded window of its sentence, so the pass stays linear in the text.
 */
import { startsUpper } from './name-keys';
import type { DatedEvent } from '@/lib/model/report';
import type { DateMention } from '@/lib/extract/dates/types';
import type { Sentence } from './sentences';
import { TriggerMemo } from './event-triggers';
import { wordsOf, type Word } from './event-words';
import { wordList } from './word-list';
import { actorsIn, indexMentions, type ActorIndex, type ActorMention } from './event-actors';

// Unicode patterns made once, at module level (why: name-keys.ts).
const PLACE_HEAD = /^\s*(\p{Lu}[\p{L}'’. -]{1,40}?),\s*$/u;
const CLAUSE_BREAK = /[;,]|(?<![\p{L}])(?:en|maar|of)(?![\p{L}])/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const FIRST_WORD = /^\s*(\p{Lu}\p{L}+)/u;

export type { ActorMention } from './event-actors';

/** What the page part knows about the document: its date and its letters' date lines. */
export interface EventContext {
  documentDate: string | null;
  letters: readonly { place: string | null; date: string | null }[];
}

const WINDOW = 400; // characters either side of a date that its clause (and its actors) may reach
const PHRASE_REACH = 250; // characters either side read as words for the trigger and the description
const BACK_WORDS = 15;
const AHEAD_WORDS = 15;

// Words that never extend a trigger phrase: articles, pronouns, prepositions, conjunctions, verbs.
const STOP = new Set(
  wordList(
    'de het een der des den t die dit deze dat onze ons uw zijn haar hun mijn welke elke iedere ieder alle beide',
    'geen van voor op in bij met aan over tijdens door na naar uit om tot sinds vanaf tegen zonder onder tussen',
    'binnen buiten via per gezien inzake rond en of maar als dan is was werd wordt heeft hebben had vond zal zou',
    'kan er ook nog al wel niet hier daar toen ik u we wij hij zij ze waarin waarbij waarmee omdat zodat terwijl',
    'nadat wanneer indien wat hierbij daarbij zo',
  ),
);
// Words after a date that open another clause: a trigger beyond them belongs to that clause.
const CLAUSE_OPENERS = new Set(
  'om dat die omdat zodat waarin waarbij waarmee waardoor waarover terwijl nadat wanneer indien als welke wat'.split(' '),
);
const COMPLEMENT = new Set(['van', 'voor', 'met', 'aan', 'over', 'tussen', 'inzake', 'tegen', 'naar']);
const DATE_PREPOSITIONS = new Set(['op', 'van', 'in', 'tijdens', 'per', 'd.d', 'dd']);

/**
 * The dated happenings of a document in text order, ids `e1`, `e2` …: one per resolved date
 * mention that is not a period label, merged when the same date and trigger come back.
 * `dates` are `findDates` output; `actorMentions` the actor pass's mentions (any order).
 */
export function findEvents(
  text: string,
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  actorMentions: ReadonlyArray<ActorMention>,
  context: EventContext,
): DatedEvent[] {
  return withActors(eventDrafts(text, sentences, dates, context), indexMentions(actorMentions));
}

/** An event before its actors are known, with the stretch of text its actors are taken from. */
export interface EventDraft {
  event: DatedEvent;
  from: number;
  to: number;
}

/** The events of `findEvents`, their actors still to be filled in by `withActors`. */
export function eventDrafts(
  text: string,
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  context: EventContext,
): EventDraft[] {
  const happenings = dates.filter((d): d is DateMention & { value: string } => !d.periodLabel && d.value !== null);
  const drafts: EventDraft[] = [];
  const seen = new Set<string>();
  const triggers = new TriggerMemo();
  let sentenceAt = 0;
  // A loop rather than a callback made for each document: V8 keeps what it learnt from one to the next.
  for (const [index, mention] of happenings.entries()) {
    while (sentenceAt < sentences.length && (sentences[sentenceAt]?.end ?? Infinity) <= mention.start) sentenceAt++;
    const inSentence = sentences[sentenceAt];
    const sentence = inSentence && inSentence.start <= mention.start ? inSentence : { start: mention.start, end: mention.end };
    const date = mention.value;
    const line = letterLine(text, sentence.start, mention, context);
    if (line !== null) {
      if (!remember(seen, `${date}|brief`)) continue;
      const sending = event(drafts.length, date, line, mention.end, text, 'verzending van de brief', mention);
      drafts.push({ event: sending, from: line, to: mention.end });
      continue;
    }
    // Read only inside the list: a read past either end would throw away this loop's compiled code.
    const prev = index > 0 ? happenings[index - 1] : undefined;
    const next = index + 1 < happenings.length ? happenings[index + 1] : undefined;
    let from = Math.max(sentence.start, mention.start - WINDOW);
    let to = Math.min(sentence.end, mention.end + WINDOW);
    if (prev && prev.end > from) from = boundary(text, prev.end, mention.start) ?? prev.end;
    if (next && next.start < to) to = boundary(text, mention.end, next.start) ?? next.start;
    const parens = enclosingParentheses(text, from, to, mention);
    if (parens) [from, to] = parens;
    const before = wordsOf(text, Math.max(from, mention.start - PHRASE_REACH), mention.start);
    const after = wordsOf(text, mention.end, Math.min(to, mention.end + PHRASE_REACH));
    const found = nearestTrigger(before, after, triggers);
    if (mention.needsTrigger && !(found && found.side === 'before' && found.distance === 0)) continue;
    // A happening seen before (same date and trigger) needs no description: most dates repeat one.
    if (found && seen.has(`${date}|${found.lemma}`)) continue;
    const what = found ? phrase(before, after, found) : clauseText(before, after, parens !== null, text, sentence.start, mention.text);
    const key = found ? `${date}|${found.lemma}` : `${date}|~${what.toLowerCase()}`;
    if (!remember(seen, key)) continue;
    drafts.push({ event: event(drafts.length, date, mention.start, mention.end, text, what, mention), from, to });
  }
  return drafts;
}

/** The events with their actors: those mentioned in each event's stretch. */
export function withActors(drafts: readonly EventDraft[], actors: ActorIndex): DatedEvent[] {
  return drafts.map(({ event: e, from, to }) => ({ ...e, actors: actorsIn(actors, from, to) }));
}

function event(index: number, date: string, start: number, end: number, text: string, what: string, d: DateMention): DatedEvent {
  const cue = text.slice(start, end);
  return {
    id: `e${index + 1}`,
    date,
    cue,
    what,
    actors: [],
    mention: { start, end, text: cue },
    resolution: d.resolution,
    weekdayMismatch: d.weekdayMismatch,
  };
}

function remember(seen: Set<string>, key: string): boolean {
  const fresh = !seen.has(key);
  seen.add(key);
  return fresh;
}

// "Den Haag, 23 november 2022" or "Datum 23 november 2022" on a line of its own, matching a
// letter's date (or the document's): returns where the line starts.
function letterLine(text: string, lineStart: number, d: DateMention, context: EventContext): number | null {
  if (d.start - lineStart > 60 || !/^\s*$/.test(text.slice(d.end, Math.min(text.length, d.end + 2)).replace(/\n[\s\S]*/, ''))) return null;
  const head = text.slice(lineStart, d.start);
  const place = PLACE_HEAD.exec(head)?.[1] ?? (/^\s*Datum:?\s*$/i.test(head) ? '' : null);
  if (place === null) return null;
  const ofLetter = context.letters.some((l) => l.date === d.value && (!l.place || !place || l.place.toLowerCase() === place.toLowerCase()));
  if (!ofLetter && context.documentDate !== d.value) return null;
  return lineStart + (head.length - head.trimStart().length);
}

// The split between two dates of one sentence: the last ";", "," or conjunction between them.
function boundary(text: string, from: number, to: number): number | null {
  const gap = text.slice(from, to);
  let best: number | null = null;
  for (const m of gap.matchAll(CLAUSE_BREAK)) best = from + m.index;
  return best;
}

// The inside of the brackets around a date ("(CD d.d. 25/09)", "(ontvangen 4 februari 2025)").
function enclosingParentheses(text: string, from: number, to: number, d: DateMention): [number, number] | null {
  let open = -1;
  for (let i = d.start - 1, depth = 0; i >= from; i--) {
    const c = text.charAt(i);
    if (c === ')') depth++;
    else if (c === '(' && depth-- === 0) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  for (let i = d.end, depth = 0; i < to; i++) {
    const c = text.charAt(i);
    if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) {
      // A bracket holding only the date ("de top (11–12 juli 2023)") dates what stands before it.
      const rest = text.slice(open + 1, d.start) + text.slice(d.end, i);
      return LETTER_OR_DIGIT.test(rest) ? [open + 1, i] : null;
    }
  }
  return null;
}

interface Trigger {
  side: 'before' | 'after';
  index: number;
  /** Words between the trigger and the date (the date's own preposition not counted). */
  distance: number;
  lemma: string;
  expansion: string | null;
}

// The trigger nearest the date: backwards over at most 15 words, forwards over at most 15 and
// not past a word that opens another clause; a tie goes to the one before ("debat van 13 oktober").
function nearestTrigger(before: Word[], after: Word[], triggers: TriggerMemo): Trigger | null {
  let back: Trigger | null = null;
  let backDistance = Infinity;
  for (let i = before.length - 1, distance = 0; i >= 0 && distance <= BACK_WORDS; i--) {
    const word = before[i] as Word;
    if (word.text === ';' || word.text === ':') break;
    if (!word.isWord) continue;
    const trigger = triggers.triggerOf(word.text);
    if (trigger) {
      back = { side: 'before', index: i, distance, ...trigger };
      backDistance = distance;
      break;
    }
    if (!DATE_PREPOSITIONS.has(word.text.toLowerCase()) || distance > 0) distance++;
  }
  for (let i = 0, distance = 0; i < after.length && distance < Math.min(AHEAD_WORDS, backDistance + 1); i++) {
    const word = after[i] as Word;
    if (/^[;:,.]$/.test(word.text) || CLAUSE_OPENERS.has(word.text.toLowerCase())) break;
    if (!word.isWord) continue;
    const trigger = triggers.triggerOf(word.text);
    if (trigger && distance < backDistance) return { side: 'after', index: i, distance, ...trigger };
    distance++;
  }
  return back;
}

// The trigger with its modifiers: left over adjectives, names and numbers ("de 44-dagen Karabach
// oorlog"), right over a capitalised name ("Raad Buitenlandse Zaken") and one complement ("met de
// Azerbeidzjaanse ambassadeur").
function phrase(before: Word[], after: Word[], trigger: Trigger): string {
  const list = trigger.side === 'before' ? before : after;
  if (trigger.expansion) return trigger.expansion;
  let first = trigger.index;
  while (first > 0 && trigger.index - first < 4 && isModifier(list[first - 1] as Word)) first--;
  let last = trigger.index;
  while (
    last + 1 < list.length &&
    last - trigger.index < 5 &&
    startsUpper((list[last + 1] as Word).text) &&
    (list[last + 1] as Word).isWord
  )
    last++;
  const next = list[last + 1];
  if (next && COMPLEMENT.has(next.text.toLowerCase()) && list[last + 2]?.isWord) {
    let end = last + 1;
    const fits = (word: Word, prev: Word): boolean =>
      word.isWord ? !CLAUSE_OPENERS.has(word.text.toLowerCase()) : word.text === '.' && SINGLE_CAPITAL.test(prev.text);
    while (end + 1 < list.length && end - last < 5 && fits(list[end + 1] as Word, list[end] as Word)) end++;
    while (end > last && !(list[end] as Word).isWord && (list[end] as Word).text !== '.') end--;
    while (end > last && STOP.has((list[end] as Word).text.toLowerCase())) end--;
    last = end;
  }
  return join(list.slice(first, last + 1));
}

function isModifier(w: Word): boolean {
  if (!w.isWord) return false;
  const lower = w.text.toLowerCase();
  if (STOP.has(lower)) return false;
  return (
    startsUpper(w.text) ||
    /\d/.test(w.text) ||
    /e$/.test(lower) ||
    /^(algemeen|informeel|plenair|schriftelijk|mondeling|jaarlijks|extra|digitaal)$/.test(lower)
  );
}

// No trigger: the clause around the date, short, without the date's own preposition: the words
// before it back to a comma or bracket, the words after it up to the next one (or a word opening
// another clause); long clauses keep their first and last words, where the Dutch verb stands. A
// bare bracketed participle gets the sentence's first word ("Vragen ingezonden").
function clauseText(before: Word[], after: Word[], bracketed: boolean, text: string, sentenceStart: number, cue: string): string {
  let from = before.length;
  while (from > 0 && !/^[,;:().]$/.test((before[from - 1] as Word).text)) from--;
  const left = before.slice(from).filter((w) => w.isWord);
  if (left.length && DATE_PREPOSITIONS.has((left[left.length - 1] as Word).text.toLowerCase())) left.pop();
  const right: Word[] = [];
  for (const w of after) {
    const hard = /^[;:).?!]$/.test(w.text);
    if (hard || ((w.text === ',' || CLAUSE_OPENERS.has(w.text.toLowerCase())) && right.length >= 2)) break;
    if (w.isWord) right.push(w);
  }
  const kept = [...left.slice(-4), ...right];
  while (kept.length > 1 && STOP.has((kept[kept.length - 1] as Word).text.toLowerCase())) kept.pop();
  let clause = kept.length > 10 ? `${join(kept.slice(0, 5))} … ${join(kept.slice(-4))}` : join(kept);
  if (bracketed && kept.length <= 2) {
    const first = FIRST_WORD.exec(text.slice(sentenceStart, sentenceStart + 40))?.[1];
    if (first && !STOP.has(first.toLowerCase())) clause = `${first} ${clause}`.trim();
  }
  if (!clause) clause = join(before.filter((w) => w.isWord).slice(-5)) || cue;
  return clause;
}

function join(list: Word[]): string {
  return list
    .map((w) => w.text)
    .join(' ')
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}
