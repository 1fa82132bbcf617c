/**
 * The browser APIs of the Custom Highlight API, looked up on a document's own window (a content
 * script's window in Chromium and Firefox; stubs in unit tests). Null where the engine lacks them.
 */

/** The `Highlight` constructor. */
export type HighlightConstructor = new (...ranges: AbstractRange[]) => Highlight;

/** `CSS.highlights` with `highlightsFromPoint` (Chromium 140+; not yet in TypeScript's DOM types). */
export interface Registry extends HighlightRegistry {
  highlightsFromPoint?(x: number, y: number): Array<{ highlight: Highlight; ranges: AbstractRange[] }>;
}

interface HighlightWindow {
  Highlight?: HighlightConstructor;
  CSS?: { highlights?: Registry };
}

/** `CSS.highlights` of the document's window, or null. */
export function registryOf(doc: Document): Registry | null {
  const view = doc.defaultView as unknown as HighlightWindow | null;
  return view?.CSS?.highlights ?? null;
}

/** The `Highlight` constructor of the document's window when `CSS.highlights` exists too, or null. */
export function highlightConstructorOf(doc: Document): HighlightConstructor | null {
  const view = doc.defaultView as unknown as HighlightWindow | null;
  return typeof view?.Highlight === 'function' && view.CSS?.highlights ? view.Highlight : null;
}
