import './style.css';
import { startSession } from './session';
import { SITE_MATCH } from '@/lib/model/site';

// On the site: read the page and, on a publication, show Kantlijn (see session.ts). Everything the
// script adds — listeners, highlights, the shadow host — is torn down through `ctx` when the
// extension is reloaded or updated while the page is open.
export default defineContentScript({
  matches: [SITE_MATCH],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    return startSession(ctx);
  },
});
