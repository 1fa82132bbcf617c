/**
 * The `::highlight(kantlijn-…)` rules. They go into the page through one constructable stylesheet
 * in `document.adoptedStyleSheets` — no `<style>` element, so the page's DOM stays as it was — and
 * leave it when the last user lets go.
 *
 * Colours: each line colour has a contrast of at least 3:1 against white and against black (relative
 * luminance between 0.15 and 0.26), so the lines read on light and dark pages alike; the text keeps
 * the page's own colour, and backgrounds are light tints that work on both. The hues come from the
 * Okabe–Ito palette (told apart with the common colour-vision deficiencies), and each kind also has
 * its own line style, so colour is never the only difference:
 *   person solid · office double · organisation dashed · location dotted · event wavy ·
 *   reference over- and underlined (thin) · note thick · a note placed as a guess ("Onzeker")
 *   grey, thick and dotted, on a pale tint · flash: strong background.
 */
import { highlightName, type ExtraHighlight, type HighlightKind } from './kinds';

/** The look of one highlight: line colour and style, and the background tint's rgb. */
interface Look {
  color: string;
  tint: string;
  line: string;
  style: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
  thickness: string;
}

/** The look of every kind (exported for the tests and the documentation). */
export const LOOKS: Readonly<Record<HighlightKind | 'note' | 'note-uncertain', Look>> = {
  person: { color: '#0072b2', tint: '0 114 178', line: 'underline', style: 'solid', thickness: '2px' },
  office: { color: '#c0509f', tint: '192 80 159', line: 'underline', style: 'double', thickness: '3px' },
  organisation: { color: '#009e73', tint: '0 158 115', line: 'underline', style: 'dashed', thickness: '2px' },
  location: { color: '#d55e00', tint: '213 94 0', line: 'underline', style: 'dotted', thickness: '2px' },
  event: { color: '#a67c00', tint: '166 124 0', line: 'underline', style: 'wavy', thickness: '1px' },
  reference: { color: '#7e57c2', tint: '126 87 194', line: 'underline overline', style: 'solid', thickness: '1px' },
  note: { color: '#8a6d00', tint: '240 228 66', line: 'underline', style: 'solid', thickness: '3px' },
  'note-uncertain': { color: '#767676', tint: '118 118 118', line: 'underline', style: 'dotted', thickness: '3px' },
};

/** Paint order where highlights overlap (higher on top): the flash over everything. */
export const PRIORITY: Readonly<Record<HighlightKind | ExtraHighlight, number>> = {
  event: 0,
  reference: 1,
  location: 2,
  organisation: 3,
  office: 4,
  person: 5,
  note: 6,
  'note-uncertain': 6,
  flash: 10,
};

/** The stylesheet's text. */
export function highlightCss(): string {
  const rules = Object.entries(LOOKS).map(([kind, look]) => {
    const alpha = kind === 'note' ? 0.35 : kind === 'note-uncertain' ? 0.15 : 0.12;
    return `::highlight(${highlightName(kind as HighlightKind | 'note' | 'note-uncertain')}) {
  background-color: rgb(${look.tint} / ${alpha});
  text-decoration-line: ${look.line};
  text-decoration-style: ${look.style};
  text-decoration-color: ${look.color};
  text-decoration-thickness: ${look.thickness};
}`;
  });
  rules.push(`::highlight(${highlightName('flash')}) {
  background-color: rgb(255 200 0 / 0.7);
  color: #1d1d1b;
}`);
  return rules.join('\n');
}

interface Adoption {
  sheet: CSSStyleSheet;
  users: number;
}

const adopted = new WeakMap<Document, Adoption>();

// The mark on the sheet adopted at document start (entrypoints/highlight-rules.content.ts). Both
// content scripts run in the extension's one isolated world, so they see the same sheet object.
const EARLY = '__kantlijnHighlightRules';

function earlySheet(doc: Document): CSSStyleSheet | null {
  if (!('adoptedStyleSheets' in doc)) return null;
  return doc.adoptedStyleSheets.find((sheet) => (sheet as unknown as Record<string, unknown>)[EARLY] === true) ?? null;
}

/**
 * Adopts the rules before the page is styled, from a content script at document start. Adopting
 * ::highlight() rules into a laid-out page restyles every element, while before the first styling
 * it costs almost nothing (docs/performance.md). `adoptHighlightStyles` takes this sheet over;
 * `dropEarlyHighlightStyles` removes it.
 */
export function adoptHighlightStylesEarly(doc: Document = document): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in doc) || earlySheet(doc) || adopted.has(doc)) return;
  const sheet = new Sheet();
  sheet.replaceSync(highlightCss());
  (sheet as unknown as Record<string, unknown>)[EARLY] = true;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Removes the sheet adopted at document start when nothing took it over (the page has nothing to highlight). */
export function dropEarlyHighlightStyles(doc: Document = document): void {
  const sheet = earlySheet(doc);
  if (sheet && adopted.get(doc)?.sheet !== sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** Whether the highlight rules are in `doc`'s adopted sheets now (then the page has been, or is about to be, restyled with them). */
export function highlightStylesAdopted(doc: Document = document): boolean {
  const entry = adopted.get(doc);
  return entry !== undefined && 'adoptedStyleSheets' in doc && doc.adoptedStyleSheets.includes(entry.sheet);
}

/**
 * Adds the highlight rules to `doc` (once, however many callers) and returns the function that
 * lets go; the sheet leaves `document.adoptedStyleSheets` when the last caller has let go.
 * Returns a no-op where constructable stylesheets are missing.
 */
export function adoptHighlightStyles(doc: Document = document): () => void {
  let entry = adopted.get(doc);
  if (!entry) {
    const view = doc.defaultView;
    const Sheet = view?.CSSStyleSheet;
    if (!Sheet || !('adoptedStyleSheets' in doc)) return () => undefined;
    let sheet = earlySheet(doc);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(highlightCss());
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    entry = { sheet, users: 0 };
    adopted.set(doc, entry);
  } else if (!doc.adoptedStyleSheets.includes(entry.sheet)) {
    // The page replaced the adopted sheets meanwhile: put ours back.
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, entry.sheet];
  }
  entry.users += 1;
  let released = false;
  const held = entry;
  return () => {
    if (released) return;
    released = true;
    held.users -= 1;
    if (held.users > 0 || adopted.get(doc) !== held) return;
    adopted.delete(doc);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== held.sheet);
  };
}
