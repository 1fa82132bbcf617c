/**
 * The evidence about a place that its scores do not hold, read from the text around it, for
 * `certaintyOf`: whether the text shows the passage deleted elsewhere, whether a side that
 * disagrees was only pushed away, whether a side reaches the text's edge, whether the place
 * starts and ends with words.
 */
import type { TextQuoteSelector } from '@/lib/notes/note';
import { deletedBetweenContext } from './bracket';
import type { TextSpan } from './describe';
import { displacedContext, interleavedContext, touchingContext } from './displaced';
import { type Candidate, WHOLE_SIDE } from './score';

/** What `certaintyOf` asks of the text beyond the candidate's scores. */
export interface Evidence {
  /** The text shows the passage deleted near where it was expected (computed only when asked). */
  deleted: () => boolean;
  /** The side that disagrees was pushed away, or only had characters come in (computed only when asked). */
  pushedAway: (side: 'prefix' | 'suffix') => boolean;
  /** The side is all there, with at most a few characters come in (new footnote numbers). */
  interleaved: (side: 'prefix' | 'suffix') => boolean;
  /** Each side reaches the text's edge at the place, as the stored one did. */
  atEdge: { prefix: boolean; suffix: boolean };
  /** The place begins and ends where words do whenever the quote did. */
  wordEdges: boolean;
}

/** The text a place is judged on: flattened, with line breaks (`lines`), and where the passage was expected. */
export interface Surroundings {
  text: string;
  lines: string;
  quote: TextQuoteSelector;
  expected: number | null;
}

/** The evidence about `best` in its surroundings. */
export function evidenceAround(best: Candidate, { text, lines, quote, expected }: Surroundings): Evidence {
  return {
    deleted: () => deletedBetweenContext(text, quote, expected, { ...best, placeHasPrefix: best.prefix >= WHOLE_SIDE }),
    pushedAway: (side) =>
      displacedContext(text, lines, quote, best, side) ||
      touchingContext(text, quote, best, side, best[side]) ||
      interleavedContext(text, quote, best, side),
    interleaved: (side) => interleavedContext(text, quote, best, side),
    atEdge: { prefix: best.start === quote.prefix.length, suffix: best.end + quote.suffix.length === text.length },
    wordEdges: sameWordEdges(text, best, quote),
  };
}

// Whether the place begins and ends where words do whenever the quote did: a place cut inside a
// word ("len Binnenlandse Zaken" for "van Binnenlandse Zaken") was found by its errors, not its words.
function sameWordEdges(text: string, place: TextSpan, quote: TextQuoteSelector): boolean {
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const quoteStartsWord = !letter(quote.prefix.at(-1)) || !letter(quote.exact[0]);
  const quoteEndsWord = !letter(quote.suffix[0]) || !letter(quote.exact.at(-1));
  const startsWord = !letter(text[place.start - 1]) || !letter(text[place.start]);
  const endsWord = !letter(text[place.end]) || !letter(text[place.end - 1]);
  return (!quoteStartsWord || startsWord) && (!quoteEndsWord || endsWord);
}
