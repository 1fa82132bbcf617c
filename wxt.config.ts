import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SITE_MATCH } from './lib/model/site';

/** The only host Kantlijn reads or touches (lib/model/site.ts). */
export { SITE_MATCH };

// See https://wxt.dev/api/config.html
export default defineConfig({
  // KANTLIJN_OUT_DIR lets a benchmark or a second worker build elsewhere than `.output`.
  outDir: process.env.KANTLIJN_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage'],
    host_permissions: [SITE_MATCH],
    // The frames of the on-page UI (entrypoints/kantlijn-frame): only the site's pages may load them.
    web_accessible_resources: [{ resources: ['kantlijn-frame.html'], matches: [SITE_MATCH] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kantlijn@kantlijn.nl',
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
