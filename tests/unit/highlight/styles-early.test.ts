// The ::highlight() rules adopted at document start are taken over by the drawing (no second
// sheet), released with it, and dropped when nothing takes them over.
import { afterEach, describe, expect, it } from 'vitest';
import { adoptHighlightStyles, adoptHighlightStylesEarly, dropEarlyHighlightStyles, highlightStylesAdopted } from '@/lib/highlight/styles';

afterEach(() => {
  document.adoptedStyleSheets = [];
});

describe('highlight rules adopted early', () => {
  it('are one sheet, taken over by the drawing and released with it', () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    adoptHighlightStylesEarly(document);
    adoptHighlightStylesEarly(document); // a second call adds nothing
    expect(document.adoptedStyleSheets).toHaveLength(2);
    const early = document.adoptedStyleSheets[1];
    const release = adoptHighlightStyles(document);
    expect(document.adoptedStyleSheets).toEqual([own, early]);
    expect(highlightStylesAdopted(document)).toBe(true);
    dropEarlyHighlightStyles(document); // taken over: stays
    expect(document.adoptedStyleSheets).toEqual([own, early]);
    release();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });

  it('are dropped when nothing takes them over, leaving the page’s own sheets', () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    adoptHighlightStylesEarly(document);
    expect(highlightStylesAdopted(document)).toBe(false);
    dropEarlyHighlightStyles(document);
    expect(document.adoptedStyleSheets).toEqual([own]);
  });

  it('make a new sheet when the page removed the early one', () => {
    adoptHighlightStylesEarly(document);
    document.adoptedStyleSheets = [];
    const release = adoptHighlightStyles(document);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    release();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
