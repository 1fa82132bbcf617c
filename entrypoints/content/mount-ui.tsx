/**
 * Mounts the on-page UI in a shadow root appended to `<html>` — outside `<body>`, so the page's
 * own DOM and text stay exactly as they were — and redraws it when the state changes.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { KantlijnUi, type KantlijnUiProps } from '@/components/KantlijnUi';

/** Draws the UI with new props. */
export type Redraw = (props: KantlijnUiProps) => void;

/** Creates and mounts the UI; returns the function that redraws it. */
export async function mountUi(ctx: ContentScriptContext, initial: KantlijnUiProps): Promise<Redraw> {
  let container: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'kantlijn-panel',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(uiContainer) {
      container = uiContainer;
      render(<KantlijnUi {...initial} />, uiContainer);
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return (props) => {
    if (container) render(<KantlijnUi {...props} />, container);
  };
}
