// The panel's layout controls: the splitter (a focusable separator with its value, moved by Left
// and Right) and the Markeringen samples drawn in each kind's own look.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { HighlightSettings } from '@/components/HighlightSettings';
import { PanelSplitter, SPLITTER_STEP } from '@/components/PanelSplitter';
import { LOOKS } from '@/lib/highlight/styles';
import { allHighlightKinds, HIGHLIGHT_KINDS } from '@/lib/ui/highlight-kinds';

const key = (target: Element, k: string, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }));

describe('the splitter', () => {
  it('is a focusable separator with its width as its value, moved by Left, Right, Home and End', () => {
    const host = document.createElement('div');
    const asked: Array<[number, boolean]> = [];
    render(
      <PanelSplitter dock={{ mode: 'side', width: 384, min: 280, max: 720 }} onResize={(w, d) => asked.push([w, d])} onDrag={() => {}} />,
      host,
    );
    const splitter = host.querySelector('[role="separator"]') as HTMLElement;
    expect(splitter.getAttribute('aria-label')).toBe('Breedte van Kantlijn');
    expect([
      splitter.tabIndex,
      splitter.getAttribute('aria-valuenow'),
      splitter.getAttribute('aria-valuemin'),
      splitter.getAttribute('aria-valuemax'),
    ]).toEqual([0, '384', '280', '720']);
    key(splitter, 'ArrowLeft');
    key(splitter, 'ArrowLeft'); // before the answer came: the presses add up
    key(splitter, 'ArrowRight', true);
    key(splitter, 'End');
    key(splitter, 'Home');
    key(splitter, 'a');
    expect(asked).toEqual([
      [384 + SPLITTER_STEP, true],
      [384 + 2 * SPLITTER_STEP, true],
      [384 + 2 * SPLITTER_STEP - 4 * SPLITTER_STEP, true],
      [720, true],
      [280, true],
    ]);
  });
});

describe('the splitter, answered late', () => {
  it('does not take a press back when the answer to an earlier one arrives after it', () => {
    const host = document.createElement('div');
    const asked: number[] = [];
    const draw = (width: number) =>
      act(() =>
        render(
          <PanelSplitter dock={{ mode: 'side', width, min: 280, max: 720 }} onResize={(w) => asked.push(w)} onDrag={() => {}} />,
          host,
        ),
      );
    draw(384);
    const splitter = host.querySelector('[role="separator"]') as HTMLElement;
    key(splitter, 'ArrowLeft');
    key(splitter, 'ArrowLeft');
    draw(384 + SPLITTER_STEP); // the answer to the first press
    key(splitter, 'ArrowLeft');
    expect(asked).toEqual([384 + SPLITTER_STEP, 384 + 2 * SPLITTER_STEP, 384 + 3 * SPLITTER_STEP]);
    draw(384 + 3 * SPLITTER_STEP);
    draw(500); // a width from elsewhere (a drag, the window): the next press starts from it
    key(splitter, 'ArrowRight');
    expect(asked.at(-1)).toBe(500 - SPLITTER_STEP);
  });
});

describe('Markeringen', () => {
  it('draws each kind’s name in its own tint, line colour and line style', () => {
    const host = document.createElement('div');
    render(<HighlightSettings kinds={allHighlightKinds()} onToggle={() => {}} />, host);
    for (const kind of HIGHLIGHT_KINDS) {
      const sample = host.querySelector(`.kind-${kind} .sample`) as HTMLElement;
      expect(sample.closest('label')?.querySelector('input')?.value).toBe(kind);
      expect(sample.style.textDecorationStyle).toBe(LOOKS[kind].style);
      expect(sample.style.textDecorationLine).toBe(LOOKS[kind].line);
      expect(sample.style.textDecorationThickness).toBe(LOOKS[kind].thickness);
    }
    const styles = new Set(HIGHLIGHT_KINDS.map((k) => (host.querySelector(`.kind-${k} .sample`) as HTMLElement).style.cssText));
    expect(styles.size).toBe(HIGHLIGHT_KINDS.length);
  });
});
