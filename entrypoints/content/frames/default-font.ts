/**
 * The browser's default font size: the reader's choice (16 px unless changed). The frames' content
 * is sized in `rem` of it, so their boxes on the page must be too, or a larger font is cut off.
 */

/** The default font size in pixels, measured in `scope` (in Kantlijn's shadow root, where the page's styles do not reach). */
export function defaultFontPx(scope: HTMLElement): number {
  const probe = document.createElement('span');
  probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium';
  scope.append(probe);
  const px = Number.parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return Number.isFinite(px) && px > 0 ? px : 16;
}
