/**
 * lib/highlight: the report drawn in the page with the CSS Custom Highlight API, hit-testing,
 * the hover controller, scrolling to a mention, and card placement.
 */
export {
  drawHighlights,
  drawHighlightsAsync,
  startDrawing,
  defaultYield,
  type Drawing,
  type DrawingStart,
  type DrawOptions,
  type DrawAsyncOptions,
  type DrawnMention,
  type Hit,
} from './draw-highlights';
export { hitTest, caretAt, rectContaining, type HitSource } from './hit-test';
export { startHover, type HoverController, type HoverOptions, type HoverSource, type Activation } from './hover';
export {
  HIGHLIGHT_KINDS,
  highlightName,
  targetKey,
  sameTarget,
  selectedKinds,
  type HighlightKind,
  type KindSelection,
  type Target,
} from './kinds';
export { buildMentionTable, mentionsAt, type MentionSpan, type MentionTable } from './mentions';
export { placeCard, type Placement, type PlaceOptions, type RectLike, type Size } from './place';
export { mentionRange, rangeFactory, toLiveRange, type RangeFactory } from './ranges';
export { scrollToMention, flashRange, type ScrollOptions } from './scroll';
export { adoptHighlightStyles, adoptHighlightStylesEarly, dropEarlyHighlightStyles, highlightCss, LOOKS } from './styles';
