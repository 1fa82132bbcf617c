// The highlight rules' text (forced colours) and their adoption where Firefox's content scripts see
// `document.adoptedStyleSheets` only through an opaque wrapper (before Firefox 153).
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FORCED_LOOKS, highlightCss, LOOKS, PRIORITY, TEXT_IN_SYSTEM_COLOURS } from '@/lib/highlight/styles';
import { findDocumentBody, TEXT_LANDMARKS } from '@/lib/page/body';
import { FIXTURES, fixtureHtml, parseHtml } from '@/tests/unit/helpers';
import { adoptHighlightStyles, adoptHighlightStylesEarly, dropEarlyHighlightStyles, highlightStylesAdopted } from '@/lib/highlight/styles';

/** The body of the `@media (forced-colors: active)` block. */
function forcedBlock(): string {
  const css = highlightCss();
  const at = css.indexOf('@media (forced-colors: active) {');
  expect(at).toBeGreaterThan(-1);
  return css.slice(at);
}

/** The declarations of `::highlight(name)` inside the forced-colours block. */
function forcedRule(name: string): string {
  const rule = new RegExp(`::highlight\\(${name}\\) \\{([^}]*)\\}`).exec(forcedBlock());
  expect(rule, name).not.toBeNull();
  return rule?.[1] ?? '';
}

describe('highlight rules in forced colours', () => {
  it('use system colours only, never the page-tint colours', () => {
    const block = forcedBlock();
    expect(block).not.toMatch(/rgb\(|#[0-9a-f]{3,6}/i);
    for (const colour of ['LinkText', 'CanvasText', 'Mark', 'MarkText', 'GrayText', 'Highlight', 'HighlightText']) {
      expect(block).toContain(colour);
    }
  });

  it('keep a distinct line style per actor kind and event, so they differ by more than colour', () => {
    const styles = (['person', 'office', 'organisation', 'location', 'event'] as const).map((kind) => {
      const rule = forcedRule(`kantlijn-${kind}`);
      expect(rule).toContain(`text-decoration-style: ${LOOKS[kind].style};`);
      expect(rule).toContain('background-color: transparent;');
      return LOOKS[kind].style;
    });
    expect(new Set(styles).size).toBe(styles.length);
    expect(forcedRule('kantlijn-reference')).toContain('text-decoration-line: underline overline;');
  });

  it('mark notes with Mark, a guessed note in GrayText, the flash as a selection', () => {
    expect(forcedRule('kantlijn-note')).toContain('background-color: Mark; color: MarkText;');
    expect(forcedRule('kantlijn-note-uncertain')).toContain('text-decoration-color: GrayText;');
    expect(forcedRule('kantlijn-flash')).toContain('background-color: Highlight; color: HighlightText;');
    expect(Object.keys(FORCED_LOOKS).sort()).toEqual([...Object.keys(LOOKS), 'flash'].sort());
  });

  it("take the text's elements out of the browser's forcing and give them system colours", () => {
    const block = forcedBlock();
    expect(block).toContain(TEXT_IN_SYSTEM_COLOURS);
    const [elements, links] = TEXT_IN_SYSTEM_COLOURS.split('\n');
    expect(elements).toContain(`:is(${TEXT_LANDMARKS}) :not(`);
    for (const declaration of [
      'forced-color-adjust: none',
      'color: CanvasText',
      'background-color: transparent',
      'border-color: CanvasText',
    ]) {
      expect(elements).toContain(declaration);
    }
    expect(links).toContain(':any-link { color: LinkText');
  });

  it('reach the text of every fixture in all three markups', () => {
    const ids = readdirSync(join(FIXTURES, 'pages')).map((file) => file.replace(/\.html$/, ''));
    expect(ids.length).toBeGreaterThan(10);
    for (const variant of ['pages', 'pages-b', 'pages-c'] as const) {
      for (const id of ids) {
        const body = findDocumentBody(parseHtml(fixtureHtml(variant, id)));
        expect(body?.closest(TEXT_LANDMARKS), `${variant}/${id}`).not.toBeNull();
      }
    }
  });
});

describe('highlight lines where names nest', () => {
  // Kinds whose words are found inside another kind's words: an organisation in an office's
  // title, a place or a person in an event's words, anything under a note.
  type Kind = keyof typeof LOOKS;
  const NESTING: ReadonlyArray<readonly [Kind, Kind]> = [
    ['office', 'organisation'],
    ['office', 'location'],
    ['office', 'person'],
    ['event', 'location'],
    ['event', 'person'],
    ['event', 'organisation'],
    ['event', 'office'],
    ...(['person', 'office', 'organisation', 'location', 'event', 'reference'] as const).map((kind) => ['note', kind] as const),
  ];

  it('run at different depths, so the inner line does not hide the outer one', () => {
    for (const [outer, inner] of NESTING) expect(LOOKS[outer].offset, `${outer} around ${inner}`).not.toBe(LOOKS[inner].offset);
  });

  it('keep their depth in forced colours', () => {
    const css = highlightCss();
    for (const kind of ['office', 'event', 'note'] as const) {
      const rules = css.replace(/\n/g, ' ').match(new RegExp(`::highlight\\(kantlijn-${kind}\\) \\{[^}]*\\}`, 'g')) ?? [];
      expect(rules).toHaveLength(2);
      for (const rule of rules) expect(rule).toContain(`text-underline-offset: ${LOOKS[kind].offset};`);
    }
  });

  it('paint notes lowest and the flash on top, so the lines of names in a note stay visible', () => {
    const others = Object.entries(PRIORITY).filter(([kind]) => !kind.startsWith('note') && kind !== 'flash');
    for (const [, priority] of others) {
      expect(priority).toBeGreaterThan(PRIORITY.note);
      expect(priority).toBeLessThan(PRIORITY.flash);
    }
  });
});

/**
 * A document as a Firefox content script before 153 sees it: `adoptedStyleSheets` without length,
 * iteration or array methods, and assigning to it throws; the page's own array under
 * `wrappedJSObject`, and `XPCNativeWrapper` to pass between the two views (here the identity).
 */
function firefoxDocument(): { doc: Document; page: CSSStyleSheet[] } {
  const page: CSSStyleSheet[] = [];
  const opaque = Object.freeze({});
  const doc = {
    defaultView: { CSSStyleSheet },
    wrappedJSObject: { adoptedStyleSheets: page },
    get adoptedStyleSheets(): unknown {
      return opaque;
    },
    set adoptedStyleSheets(_value: unknown) {
      throw new Error('Accessing from Xray wrapper is not supported.');
    },
  } as unknown as Document;
  return { doc, page };
}

const xpc = Object.assign(<T>(value: T): T => value, { unwrap: <T>(value: T): T => value });

describe('highlight rules adopted through Firefox’s wrapper', () => {
  afterEach(() => {
    delete (globalThis as { XPCNativeWrapper?: unknown }).XPCNativeWrapper;
  });

  it('go into the page’s own array, are taken over, and leave it, keeping the page’s sheets', () => {
    (globalThis as { XPCNativeWrapper?: unknown }).XPCNativeWrapper = xpc;
    const { doc, page } = firefoxDocument();
    const own = new CSSStyleSheet();
    page.push(own);
    adoptHighlightStylesEarly(doc);
    adoptHighlightStylesEarly(doc);
    expect(page).toHaveLength(2);
    const early = page[1];
    const release = adoptHighlightStyles(doc);
    expect(page).toEqual([own, early]);
    expect(highlightStylesAdopted(doc)).toBe(true);
    release();
    expect(page).toEqual([own]);
    expect(highlightStylesAdopted(doc)).toBe(false);
  });

  it('drop the early sheet when nothing took it over', () => {
    (globalThis as { XPCNativeWrapper?: unknown }).XPCNativeWrapper = xpc;
    const { doc, page } = firefoxDocument();
    adoptHighlightStylesEarly(doc);
    expect(page).toHaveLength(1);
    dropEarlyHighlightStyles(doc);
    expect(page).toEqual([]);
  });

  it('are left alone, without throwing, where neither view can be changed', () => {
    const { doc, page } = firefoxDocument();
    expect(() => adoptHighlightStylesEarly(doc)).not.toThrow();
    expect(adoptHighlightStyles(doc)).toBeTypeOf('function');
    expect(page).toEqual([]);
  });
});
