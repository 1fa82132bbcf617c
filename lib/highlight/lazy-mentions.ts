/**
 * The drawing's mentions with their ranges made on first use. A 1 MB page has some 14 000
 * mentions; making all their ranges took ~30 ms of the page's time before the first highlight
 * showed (Chromium 156, this machine), yet only the few hundred near the viewport are registered
 * (window.ts) and hit-testing asks for the handful under the pointer. So a range is made when
 * something reads `range`: the window, a hit-test, a card, scrolling to a mention.
 */
import type { TextIndex } from '../page/text-index';
import type { DrawnMention } from './hit-test';
import type { MentionSpan } from './mentions';
import { mentionRange, type RangeFactory } from './ranges';

/** What a lazy mention makes its range with; `onRange` hears of each range made (the drawing maps ranges back to mentions for `highlightsFromPoint`). */
export interface RangeMaker {
  index: TextIndex;
  make: RangeFactory;
  onRange(range: AbstractRange, mention: DrawnMention): void;
}

// Not made yet (null is "made, and the offsets map to no text").
const UNMADE = Symbol('unmade');

class LazyMention implements DrawnMention {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionSpan['kind'];
  readonly target: MentionSpan['target'];
  private made: AbstractRange | null | typeof UNMADE = UNMADE;
  private readonly maker: RangeMaker;

  constructor(span: MentionSpan, maker: RangeMaker) {
    this.start = span.start;
    this.end = span.end;
    this.kind = span.kind;
    this.target = span.target;
    this.maker = maker;
  }

  get range(): AbstractRange | null {
    if (this.made === UNMADE) {
      const range = mentionRange(this.maker.index, this.start, this.end, this.maker.make);
      this.made = range;
      if (range) this.maker.onRange(range, this);
    }
    return this.made;
  }
}

/** The mention of `span` whose range is made when first read. */
export function lazyMention(span: MentionSpan, maker: RangeMaker): DrawnMention {
  return new LazyMention(span, maker);
}
