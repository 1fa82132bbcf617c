/**
 * The drawing's mentions with their ranges made on first use. A long page has many thousands of
 * mentions, and making all their ranges would delay the first highlight (docs/performance.md), yet
 * only the few hundred near the viewport are registered (window.ts) and hit-testing asks for the
 * handful under the pointer. So a range is made when something reads `range`: the window, a
 * hit-test, a card, scrolling to a mention.
 */
import type { Report } from '@/lib/model/report';
import type { TextIndex } from '@/lib/page/text-index';
import type { DrawnMention } from './hit-test';
import type { MentionSpan } from './mentions';
import { mentionRange, type RangeFactory } from './ranges';

/**
 * What a lazy mention makes its range with; `onRange` hears of each range made (the drawing maps
 * ranges back to mentions for `highlightsFromPoint`).
 */
export interface RangeMaker {
  index: TextIndex;
  make: RangeFactory;
  onRange(range: AbstractRange, mention: DrawnMention): void;
}

// Not made yet (null is "made, and the offsets map to no text").
const UNMADE = Symbol('unmade');

// What a mention stands for, kept as numbers and an id until a target object is asked for (most
// never are, so their objects are never made).
const ACTOR = 0;
const EVENT = 1;
const REFERENCE = 2;

class LazyMention implements DrawnMention {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionSpan['kind'];
  private made: AbstractRange | null | typeof UNMADE = UNMADE;
  private madeTarget: MentionSpan['target'] | null;
  private readonly maker: RangeMaker;
  private readonly of: number;
  private readonly id: string;
  private readonly n: number;

  constructor(
    start: number,
    end: number,
    kind: MentionSpan['kind'],
    maker: RangeMaker,
    of: number,
    id: string,
    n: number,
    target: MentionSpan['target'] | null = null,
  ) {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.maker = maker;
    this.of = of;
    this.id = id;
    this.n = n;
    this.madeTarget = target;
  }

  get target(): MentionSpan['target'] {
    this.madeTarget ??=
      this.of === ACTOR
        ? { kind: 'actor', actorId: this.id, mentionIndex: this.n }
        : this.of === EVENT
          ? { kind: 'event', eventId: this.id }
          : { kind: 'reference', index: this.n };
    return this.madeTarget;
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
  return new LazyMention(span.start, span.end, span.kind, maker, -1, '', 0, span.target);
}

/**
 * The report's mentions as lazy mentions, made `step` at a time (`collect` returns false until all
 * are made), sorted then by `sortByPosition` (mentions.ts): one object per mention
 * instead of a span first and the mention after it.
 */
export function lazyMentionsOf(
  report: Pick<Report, 'actors' | 'events' | 'references'>,
  maker: RangeMaker,
): { collect(outOfTime: () => boolean): boolean; mentions: DrawnMention[] } {
  const mentions: DrawnMention[] = [];
  let actor = 0;
  let mention = 0;
  let rest = false;
  return {
    mentions,
    collect(outOfTime) {
      while (actor < report.actors.length) {
        const a = report.actors[actor] as Report['actors'][number];
        const stop = Math.min(a.mentions.length, mention + 64);
        for (; mention < stop; mention++) {
          const m = a.mentions[mention] as { start: number; end: number };
          if (m.end > m.start) mentions.push(new LazyMention(m.start, m.end, a.type, maker, ACTOR, a.id, mention));
        }
        if (mention >= a.mentions.length) {
          actor++;
          mention = 0;
        }
        if (outOfTime()) return false;
      }
      if (!rest) {
        for (const e of report.events) {
          const m = e.mention;
          if (m.end > m.start) mentions.push(new LazyMention(m.start, m.end, 'event', maker, EVENT, e.id, 0));
        }
        report.references.forEach((ref, index) => {
          const m = ref.mention;
          if (m.end > m.start) mentions.push(new LazyMention(m.start, m.end, 'reference', maker, REFERENCE, '', index));
        });
        rest = true;
      }
      return true;
    },
  };
}
