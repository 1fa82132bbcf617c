/**
 * The extraction engine's entry: document text → actors, events and references (DESIGN.md
 * `lib/extract`). Pure: no DOM, no browser API. Every pass is linear in the text.
 */
import type { Actor, DatedEvent, DocumentKind, Letter, Reference } from '../page/report';
import { findActors } from './actors';
import { findDates, sessionOfId } from './dates';
import { indexActors } from './event-actors';
import { eventDrafts, withActors } from './events';
import { findReferences } from './references';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

/** What the extraction knows about the document besides its text. */
export interface ExtractContext {
  /** The publication id ("h-ek-…" tells the Eerste Kamer's Handelingen). */
  id?: string | null;
  /** The document's date (ISO), the reference point for "jl." and "a.s.". */
  documentDate: string | null;
  kind: DocumentKind;
  letters: readonly Letter[];
}

/** The report's extracted parts. */
export interface Extraction {
  actors: Actor[];
  events: DatedEvent[];
  references: Reference[];
}

/** The Kamer that "uw Kamer" and "de Kamer" mean: the letter's addressee, else the id's. */
export function addressedKamer(context: ExtractContext): string {
  const addressee = context.letters.map((l) => l.addressee ?? '').join(' ');
  if (/Eerste Kamer/.test(addressee) && !/Tweede Kamer/.test(addressee)) return 'Eerste Kamer der Staten-Generaal';
  if (!addressee && /^(h|ah|kv)-ek-|^kst-\d+-[A-Z]{1,2}$/.test(context.id ?? '')) return 'Eerste Kamer der Staten-Generaal';
  return 'Tweede Kamer der Staten-Generaal';
}

/** Extracts actors, events and references from the document text. */
export function extract(text: string, context: ExtractContext): Extraction {
  const tokens = tokenize(text, { reuse: true }); // dropped before this function returns
  const sentences = splitSentences(tokens);
  const actors = findActors(tokens, { kamer: addressedKamer(context), proceedings: context.kind === 'proceedings', letters: context.letters });
  // Handelingen carry no date of their own: the vergaderjaar in the id gives "25/09" its year.
  const dates = findDates(text, tokens, { documentDate: context.documentDate, session: sessionOfId(context.id) });
  const events = withActors(eventDrafts(text, sentences, dates, { documentDate: context.documentDate, letters: context.letters }), indexActors(actors));
  return { actors, events, references: findReferences(text) };
}
