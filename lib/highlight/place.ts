/**
 * Where a card goes: above the mention when it fits there, so it covers what the reader has read
 * and not the next lines they are about to read (nor the "Notitie toevoegen" button below a
 * selection); below only when it does not fit above; else on the side with more room (with a
 * maximum height so it scrolls). Horizontally aligned with the mention's left edge and kept inside
 * the viewport. Pure: viewport coordinates in, viewport coordinates out (for `position: fixed`).
 */

/** A rectangle in viewport coordinates (a `DOMRect` is one). */
export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A width and a height. */
export interface Size {
  width: number;
  height: number;
}

/** Options of `placeCard`. */
export interface PlaceOptions {
  /** Space between the mention and the card (default 8). */
  gap?: number;
  /** Space kept free at the viewport's edges (default 8). */
  margin?: number;
  /** The side the card is already on: it stays there while it has a useful height there (a card that grows does not jump). */
  side?: 'below' | 'above';
  /** The side tried first (default above: the lines below the mention are those still to read). */
  prefer?: 'below' | 'above';
}

/** Where to put the card, and the largest size it may take there. */
export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** The card's height must not exceed this (it is smaller than the card's height when the card does not fit). */
  maxHeight: number;
  maxWidth: number;
}

/** Places a card of `card` size next to `rect` inside `viewport` (see the file comment). */
export function placeCard(
  rect: RectLike,
  card: Size,
  viewport: Size,
  { gap = 8, margin = 8, side: kept, prefer = 'above' }: PlaceOptions = {},
): Placement {
  const maxWidth = Math.max(0, viewport.width - 2 * margin);
  const width = Math.min(card.width, maxWidth);
  const left = clamp(rect.left, margin, viewport.width - margin - width);

  // The mention may be partly off screen (scrolled): measure from its visible part.
  const anchorTop = clamp(rect.top, 0, viewport.height);
  const anchorBottom = clamp(rect.bottom, 0, viewport.height);
  const below = viewport.height - margin - (anchorBottom + gap);
  const above = anchorTop - gap - margin;
  const fullHeight = Math.max(0, viewport.height - 2 * margin);

  let side: Placement['side'];
  let top: number;
  let maxHeight: number;
  const keptRoom = kept === 'below' ? below : kept === 'above' ? above : -1;
  if (kept && keptRoom >= Math.min(card.height, MIN_USEFUL_HEIGHT)) {
    side = kept;
    maxHeight = keptRoom;
    top = kept === 'below' ? anchorBottom + gap : anchorTop - gap - Math.min(card.height, keptRoom);
  } else if (card.height <= (prefer === 'above' ? above : below)) {
    side = prefer;
    top = prefer === 'above' ? anchorTop - gap - card.height : anchorBottom + gap;
    maxHeight = prefer === 'above' ? above : below;
  } else if (card.height <= (prefer === 'above' ? below : above)) {
    side = prefer === 'above' ? 'below' : 'above';
    top = side === 'below' ? anchorBottom + gap : anchorTop - gap - card.height;
    maxHeight = side === 'below' ? below : above;
  } else if (Math.max(below, above) >= Math.min(card.height, MIN_USEFUL_HEIGHT)) {
    // Fits on neither side: the roomier one, scrolling inside.
    side = below >= above ? 'below' : 'above';
    maxHeight = side === 'below' ? below : above;
    top = side === 'below' ? anchorBottom + gap : margin;
  } else {
    // Hardly any room beside the mention (a huge mention, a tiny window): cover it, kept on screen.
    side = below >= above ? 'below' : 'above';
    maxHeight = fullHeight;
    top = clamp(
      side === 'below' ? anchorBottom + gap : anchorTop - gap - card.height,
      margin,
      viewport.height - margin - Math.min(card.height, fullHeight),
    );
  }
  return { left: Math.round(left), top: Math.round(top), side, maxHeight: Math.floor(maxHeight), maxWidth: Math.floor(maxWidth) };
}

/** Below this height a card squeezed beside its mention is useless; it covers the mention instead. */
const MIN_USEFUL_HEIGHT = 120;

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
