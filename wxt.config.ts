import { execFileSync } from 'node:child_process';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SITE_MATCH } from './lib/model/site';
import { ICON_SIZES } from './scripts/icons';
import { noInnerHtml } from './scripts/no-inner-html';

/** The only host Kantlijn reads or touches (lib/model/site.ts). */
export { SITE_MATCH };

/** The toolbar button's icons: WXT fills the manifest's `icons` from public/icon/ by itself, but
 *  not `action.default_icon`, and without it Chrome and Firefox draw a letter. */
export const ICONS: Record<string, string> = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));

/** The files git tracks, and new ones it does not ignore, as glob patterns for the sources zip: what
 *  a reviewer needs to rebuild, never local output (demo-output/, .output*); null outside git. */
export function trackedSources(root: string): string[] | null {
  try {
    const args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard'];
    const out = execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
    return out
      .split('\0')
      .filter(Boolean)
      .map((file) => file.replace(/[[\]*?{}()!+@\\]/g, '\\$&'));
  } catch {
    return null;
  }
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // KANTLIJN_OUT_DIR lets a benchmark or a second worker build elsewhere than `.output`.
  outDir: process.env.KANTLIJN_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  zip: {
    // Everything is left out, then `zip:sources:start` lets back in what git does not ignore (an include wins).
    excludeSources: ['**'],
  },
  hooks: {
    'zip:sources:start': (wxt) => {
      const tracked = trackedSources(wxt.config.zip.sourcesRoot);
      if (!tracked) throw new Error('npm run zip needs a git checkout: the sources zip holds the files git does not ignore');
      wxt.config.zip.includeSources = tracked;
    },
    // WXT marks the content script's CSS (cssInjectionMode 'ui') `use_dynamic_url`, a key only Chrome
    // knows: Firefox warns "An unexpected property" about it, so the Firefox manifest goes without.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      for (const entry of manifest.web_accessible_resources ?? []) {
        if (typeof entry === 'object') delete (entry as { use_dynamic_url?: boolean }).use_dynamic_url;
      }
    },
  },
  vite: () => ({ plugins: [preact(), noInnerHtml()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage'],
    host_permissions: [SITE_MATCH],
    // The frames of the on-page UI (entrypoints/kantlijn-frame): only the site's pages may load them.
    web_accessible_resources: [{ resources: ['kantlijn-frame.html'], matches: [SITE_MATCH] }],
    action: { default_icon: ICONS },
    // Kantlijn's keys as commands, so readers see and change them in the browser's shortcut settings
    // (at most four suggested keys); the content script still hears them on the page where a command
    // cannot reach (entrypoints/content/shortcut.ts), and takes each key press once.
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandTogglePanel__' },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandAddNote__' },
      'open-mention': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandOpenMention__' },
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextMention__' },
      'previous-mention': { description: '__MSG_commandPreviousMention__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kantlijn@kantlijn.nl',
              // The oldest Firefox the suite in tests/firefox passes on (Debian's firefox-esr 140).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
