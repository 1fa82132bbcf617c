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
 * Names nest (an organisation in an office's title, a place in an event's words, anything under a
 * note), and lines at one depth would show only the top one: offices, events and notes draw theirs
 * lower, each at its own depth, so every line of a nested name stays in sight.
 *
 * Forced colours (Windows high contrast and the like) replace every author colour, and the tints
 * would all become one colour: there the rules use system colours only (`FORCED_LOOKS`), and the
 * kinds stay apart by their line styles. Chromium paints every `::highlight()` of an element whose
 * colours it forces as a selection, whatever its rule says, so the text's elements are taken out of
 * forcing and given the system colours themselves (`TEXT_IN_SYSTEM_COLOURS`).
 *
 * Firefox before 146 draws only `background-color` and `color` of a `::highlight()` (no lines),
 * so there the kinds differ by their tints alone (docs/architecture.md, "Firefox").
 */
import { TEXT_LANDMARKS } from '@/lib/page/body';
import { highlightName, type ExtraHighlight, type HighlightKind } from './kinds';

/** The look of one highlight: line colour and style, and the background tint's rgb. */
interface Look {
  color: string;
  tint: string;
  line: string;
  style: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
  thickness: string;
  /** How far below the text the line runs (`text-underline-offset`). */
  offset: string;
}

/** The look of every kind (exported for the tests and the documentation). */
export const LOOKS: Readonly<Record<HighlightKind | 'note' | 'note-uncertain', Look>> = {
  person: { color: '#0072b2', tint: '0 114 178', line: 'underline', style: 'solid', thickness: '2px', offset: 'auto' },
  office: { color: '#c0509f', tint: '192 80 159', line: 'underline', style: 'double', thickness: '3px', offset: '0.2em' },
  organisation: { color: '#009e73', tint: '0 158 115', line: 'underline', style: 'dashed', thickness: '2px', offset: 'auto' },
  location: { color: '#d55e00', tint: '213 94 0', line: 'underline', style: 'dotted', thickness: '2px', offset: 'auto' },
  event: { color: '#a67c00', tint: '166 124 0', line: 'underline', style: 'wavy', thickness: '1px', offset: '0.35em' },
  reference: { color: '#7e57c2', tint: '126 87 194', line: 'underline overline', style: 'solid', thickness: '1px', offset: 'auto' },
  note: { color: '#8a6d00', tint: '240 228 66', line: 'underline', style: 'solid', thickness: '3px', offset: '0.5em' },
  'note-uncertain': { color: '#767676', tint: '118 118 118', line: 'underline', style: 'dotted', thickness: '3px', offset: '0.5em' },
};

/**
 * Paint order where highlights overlap (higher on top): notes lowest, as a note's tint is the widest
 * and the lines of the names inside it must stay on top of it; the flash over everything.
 */
export const PRIORITY: Readonly<Record<HighlightKind | ExtraHighlight, number>> = {
  note: 0,
  'note-uncertain': 0,
  event: 1,
  reference: 2,
  location: 3,
  organisation: 4,
  office: 5,
  person: 6,
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
  text-underline-offset: ${look.offset};
}`;
  });
  rules.push(`::highlight(${highlightName('flash')}) {
  background-color: rgb(255 200 0 / 0.7);
  color: #1d1d1b;
}`);
  return [...rules, forcedColorsCss()].join('\n');
}

/** A highlight's look in forced colours: system colours only, so the reader's scheme decides them. */
interface ForcedLook {
  /** A system colour for the line, or null for no line. */
  line: string | null;
  /** A system colour for the background; `transparent` keeps the page's own. */
  background: string;
  /** A system colour for the text, or null to keep the text's own. */
  text: string | null;
}

/**
 * The looks in forced colours (exported for the tests): actors' lines in `LinkText`, events and
 * citations in `CanvasText`, notes marked with `Mark`, a guessed note `GrayText`, the flash as a
 * selection; the line styles stay those of `LOOKS`, so the kinds differ by more than colour.
 */
export const FORCED_LOOKS: Readonly<Record<HighlightKind | ExtraHighlight, ForcedLook>> = {
  person: { line: 'LinkText', background: 'transparent', text: null },
  office: { line: 'LinkText', background: 'transparent', text: null },
  organisation: { line: 'LinkText', background: 'transparent', text: null },
  location: { line: 'LinkText', background: 'transparent', text: null },
  event: { line: 'CanvasText', background: 'transparent', text: null },
  reference: { line: 'CanvasText', background: 'transparent', text: null },
  note: { line: 'MarkText', background: 'Mark', text: 'MarkText' },
  'note-uncertain': { line: 'GrayText', background: 'transparent', text: null },
  flash: { line: null, background: 'Highlight', text: 'HighlightText' },
};

// What the text's elements cannot be given the system colours of text (media, form controls).
const NOT_TEXT = 'img, picture, svg, svg *, video, canvas, iframe, object, input, button, select, textarea';

/**
 * Forced colours by hand for the elements that hold the text: out of the browser's forcing
 * (`forced-color-adjust: none`, which Chromium needs to paint a `::highlight()` by its own rule),
 * then the colours forcing would give them — text, links, selection in the reader's system colours,
 * backgrounds and shadows gone, borders in the text's colour.
 */
export const TEXT_IN_SYSTEM_COLOURS = [
  `  :is(${TEXT_LANDMARKS}), :is(${TEXT_LANDMARKS}) :not(${NOT_TEXT}) { forced-color-adjust: none !important; color: CanvasText !important; background-color: transparent !important; border-color: CanvasText !important; box-shadow: none !important; text-shadow: none !important; }`,
  `  :is(${TEXT_LANDMARKS}) :any-link { color: LinkText !important; }`,
  `  :is(${TEXT_LANDMARKS}) ::selection { color: HighlightText; background-color: Highlight; }`,
].join('\n');

/** The `@media (forced-colors: active)` block: the same lines, in system colours. */
function forcedColorsCss(): string {
  const rules = Object.entries(FORCED_LOOKS).map(([kind, forced]) => {
    const look = kind === 'flash' ? null : LOOKS[kind as keyof typeof LOOKS];
    const lines = [`background-color: ${forced.background};`];
    if (forced.text) lines.push(`color: ${forced.text};`);
    if (look && forced.line) {
      lines.push(
        `text-decoration-line: ${look.line};`,
        `text-decoration-style: ${look.style};`,
        `text-decoration-color: ${forced.line};`,
        `text-decoration-thickness: ${look.thickness};`,
        `text-underline-offset: ${look.offset};`,
      );
    }
    return `  ::highlight(${highlightName(kind as HighlightKind | ExtraHighlight)}) { ${lines.join(' ')} }`;
  });
  return `@media (forced-colors: active) {\n${TEXT_IN_SYSTEM_COLOURS}\n${rules.join('\n')}\n}`;
}

interface Adoption {
  sheet: CSSStyleSheet;
  users: number;
}

const adopted = new WeakMap<Document, Adoption>();

// The mark on the sheet adopted at document start (entrypoints/highlight-rules.content.ts). Both
// content scripts run in the extension's one isolated world, so they see the same sheet object.
const EARLY = '__kantlijnHighlightRules';

/** Firefox's content-script wrappers: `XPCNativeWrapper(x)` is this script's view, `.unwrap(x)` the page's object. */
interface Xpc {
  <T>(value: T): T;
  unwrap<T>(value: T): T;
}

/** A document's adopted sheets as this script can read and change them. */
interface SheetList {
  /** The sheets, as objects of this script (so identity and the early mark hold). */
  all(): CSSStyleSheet[];
  add(sheet: CSSStyleSheet): void;
  remove(sheet: CSSStyleSheet): void;
}

/**
 * The adopted sheets of `doc`, or null where there are none. In Firefox content scripts before
 * 153 (bug 1751346), `document.adoptedStyleSheets` is an opaque wrapper: no length, not iterable,
 * no array methods, and assigning an array to it throws. There the page's own array is reached
 * through `wrappedJSObject` and changed in place by index and length only, never through array
 * methods the page could have replaced.
 */
function sheetList(doc: Document): SheetList | null {
  if (!('adoptedStyleSheets' in doc)) return null;
  if (typeof (doc.adoptedStyleSheets as { length?: unknown }).length === 'number') {
    return {
      all: () => Array.from(doc.adoptedStyleSheets),
      add: (sheet) => {
        doc.adoptedStyleSheets = [...Array.from(doc.adoptedStyleSheets), sheet];
      },
      remove: (sheet) => {
        doc.adoptedStyleSheets = Array.from(doc.adoptedStyleSheets).filter((s) => s !== sheet);
      },
    };
  }
  const xpc = (globalThis as { XPCNativeWrapper?: Xpc }).XPCNativeWrapper;
  const pageSheets = (): CSSStyleSheet[] | undefined => (doc as { wrappedJSObject?: Document }).wrappedJSObject?.adoptedStyleSheets;
  if (!xpc || !pageSheets()) return null;
  return {
    all: () => {
      const list = pageSheets() ?? [];
      const out: CSSStyleSheet[] = [];
      for (let i = 0; i < list.length; i++) {
        const sheet = list[i];
        if (sheet) out.push(xpc(sheet));
      }
      return out;
    },
    add: (sheet) => {
      const list = pageSheets();
      if (list) list[list.length] = xpc.unwrap(sheet);
    },
    remove: (sheet) => {
      const list = pageSheets();
      if (!list) return;
      const target = xpc.unwrap(sheet);
      let kept = 0;
      for (let i = 0; i < list.length; i++) {
        const item = list[i];
        if (item === target || !item) continue;
        if (kept !== i) list[kept] = item;
        kept += 1;
      }
      list.length = kept;
    },
  };
}

function earlySheet(list: SheetList): CSSStyleSheet | null {
  return list.all().find((sheet) => (sheet as unknown as Record<string, unknown>)[EARLY] === true) ?? null;
}

/**
 * Adopts the rules before the page is styled, from a content script at document start. Adopting
 * ::highlight() rules into a laid-out page restyles every element, while before the first styling
 * it costs almost nothing (docs/performance.md). `adoptHighlightStyles` takes this sheet over;
 * `dropEarlyHighlightStyles` removes it.
 */
export function adoptHighlightStylesEarly(doc: Document = document): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  const list = sheetList(doc);
  if (!Sheet || !list || earlySheet(list) || adopted.has(doc)) return;
  const sheet = new Sheet();
  sheet.replaceSync(highlightCss());
  (sheet as unknown as Record<string, unknown>)[EARLY] = true;
  list.add(sheet);
}

/** Removes the sheet adopted at document start when nothing took it over (the page has nothing to highlight). */
export function dropEarlyHighlightStyles(doc: Document = document): void {
  const list = sheetList(doc);
  const sheet = list && earlySheet(list);
  if (list && sheet && adopted.get(doc)?.sheet !== sheet) list.remove(sheet);
}

/** Whether the highlight rules are in `doc`'s adopted sheets now (then the page has been, or is about to be, restyled with them). */
export function highlightStylesAdopted(doc: Document = document): boolean {
  const entry = adopted.get(doc);
  return entry !== undefined && (sheetList(doc)?.all().includes(entry.sheet) ?? false);
}

/**
 * Adds the highlight rules to `doc` (once, however many callers) and returns the function that
 * lets go; the sheet leaves `document.adoptedStyleSheets` when the last caller has let go.
 * Returns a no-op where constructable stylesheets are missing.
 */
export function adoptHighlightStyles(doc: Document = document): () => void {
  const list = sheetList(doc);
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!list || !Sheet) return () => undefined;
  let entry = adopted.get(doc);
  if (!entry) {
    let sheet = earlySheet(list);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(highlightCss());
      list.add(sheet);
    }
    entry = { sheet, users: 0 };
    adopted.set(doc, entry);
  } else if (!list.all().includes(entry.sheet)) {
    // The page replaced the adopted sheets meanwhile: put ours back.
    list.add(entry.sheet);
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
    list.remove(held.sheet);
  };
}
