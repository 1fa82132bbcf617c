/**
 * Mounts the page's part of the UI in a shadow root appended to `<html>` — outside `<body>`, so the
 * page's own DOM and text stay exactly as they were. It holds only what is not the reader's: the
 * tab, the "Notitie toevoegen" button and the frames (frames/frame-host.ts) in which the panel,
 * the cards, the editor and the notice are drawn out of the page's reach.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { uiLang } from '@/lib/ui/words';

/** The two parts of the shadow root: the page-side controls (drawn with Preact) and the frames. */
export interface MountedUi {
  chrome: HTMLElement;
  frames: HTMLElement;
}

/** Creates and mounts the shadow root; its content goes when the script is torn down. */
export async function mountUi(ctx: ContentScriptContext): Promise<MountedUi> {
  const chrome = document.createElement('div');
  const frames = document.createElement('div');
  const ui = await createShadowRootUi(ctx, {
    name: 'kantlijn-panel',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(container) {
      // The tab and the note button speak Kantlijn's language, not the page's.
      container.lang = uiLang();
      container.append(chrome, frames);
    },
    onRemove() {
      chrome.remove();
      frames.remove();
    },
  });
  ui.mount();
  return { chrome, frames };
}
