import { adoptHighlightStylesEarly } from '@/lib/highlight/styles';
import { readAddress } from '@/lib/page/publication-id';
import { SITE_MATCH } from '@/lib/model/site';

// The ::highlight() rules on a publication's page before the page is styled: adopted later, into
// the laid-out page, they restyle every element (docs/performance.md). The
// content script proper takes the sheet over (entrypoints/content/session.ts), or drops it when the
// page has nothing to highlight. The sheet changes no element and no text of the page.
export default defineContentScript({
  matches: [SITE_MATCH],
  runAt: 'document_start',
  main() {
    if (readAddress(location.href).isPublicationText) adoptHighlightStylesEarly(document);
  },
});
