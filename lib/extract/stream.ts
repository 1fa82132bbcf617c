/**
 * The extraction of a text that arrives in parts: the content script sends the page's text while
 * it is still reading it, and the background works on each part as it comes — tokens, sentences,
 * the actor rules, date phrases and citations — so that when the last part and the document's
 * facts arrive only the document-wide steps are left: conditional actors settled, acronyms and
 * later mentions, merging, resolving dates, events. Whatever the parts, the result is the one
 * `extract` gives for the whole text (it runs this with one part): each step decides at a
 * position only once everything it may look at there has arrived.
 */
import { mergeCandidates } from '@/lib/extract/actors/merge';
import { createActorScanner, REACH } from '@/lib/extract/actors/scanner';
import { createDateFinder, sessionOfId } from '@/lib/extract/dates';
import { indexActors } from './event-actors';
import { eventDrafts, withActors } from './events';
import type { ExtractContext, Extraction } from '@/lib/model/extraction';
import { addressedKamer } from './kamer';
import { createReferenceFinder } from './references';
import { createSentenceSplitter } from './sentences';
import { createTokenStream, tokensBefore } from './tokens';

/** An extraction in progress. */
export interface ExtractionStream {
  /** The text so far. */
  readonly text: string;
  /** Adds the next part of the text and does the work it allows. */
  push(part: string): void;
  /**
   * The extraction of the whole text, now that the document's facts are known. Call once.
   * `onActors` gets the actors as soon as they are settled, before the events are found.
   */
  finish(context: ExtractContext, onActors?: (actors: Extraction['actors']) => void): Extraction;
}

/** What an extraction in parts leaves out. */
export interface StreamOptions {
  /**
   * Find the citations (default true). The extraction port leaves them to the page, which finds
   * them while it waits for the rest (entrypoints/content/analyse.ts): they need the text only, and
   * their patterns run as fast cold as warm, so the background's share of the critical path shrinks
   * and the page is drawn sooner (docs/performance.md). Then `references` is empty.
   */
  references?: boolean;
}

/** Starts an extraction; `expectedLength` (characters), when known, sizes the token arrays. */
export function createExtractionStream(expectedLength = 0, { references: citing = true }: StreamOptions = {}): ExtractionStream {
  // The text is joined anew from its parts at each part: one flat string for the hot loops, which
  // read a concatenated string through an extra step (docs/performance.md).
  const parts: string[] = [];
  let text = '';
  let finished = false;
  // Everything the extraction keeps while it runs (the tokens, the scan's memos of words and keys)
  // belongs to this stream alone: two streams at once never share it, and it goes when the stream does.
  const tokenizer = createTokenStream(Math.ceil(expectedLength / 3));
  const tokens = tokenizer.tokens;
  const sentences = createSentenceSplitter(tokens);
  const scanner = createActorScanner(tokens);
  const dates = createDateFinder(tokens);
  const references = citing ? createReferenceFinder() : null;

  return {
    get text() {
      return text;
    },
    push(part) {
      if (finished) throw new Error('the extraction has finished');
      if (!part) return;
      parts.push(part);
      text = parts.length === 1 ? part : parts.join('');
      tokenizer.setText(text);
      // No token runs over white space, no date phrase or citation over a line break.
      const lastBreak = text.lastIndexOf('\n');
      const lastSpace = Math.max(lastBreak, text.lastIndexOf(' '));
      if (lastSpace < 0) return;
      tokenizer.advance(lastSpace);
      sentences.advance(tokens.count - 1);
      scanner.advance(tokens.count - REACH);
      dates.advance(Math.min(tokens.count - 1, tokensBefore(tokens, lastBreak)));
      references?.advance(text, lastBreak + 1);
    },
    finish(context, onActors) {
      if (finished) throw new Error('the extraction has finished');
      finished = true;
      tokenizer.advance(text.length);
      const candidates = scanner.finish({ kamer: addressedKamer(context), proceedings: context.kind === 'proceedings' });
      const actors = mergeCandidates(text, candidates, context.letters);
      onActors?.(actors);
      // Handelingen carry no date of their own: the vergaderjaar in the id gives "25/09" its year.
      const found = dates.finish({ documentDate: context.documentDate, session: sessionOfId(context.id) });
      const drafts = eventDrafts(text, sentences.finish(), found, { documentDate: context.documentDate, letters: context.letters });
      const events = withActors(drafts, indexActors(actors));
      const cited = references ? references.finish(text) : [];
      return { actors, events, references: cited };
    },
  };
}
