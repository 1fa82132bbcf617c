import { adoptHighlightStylesEarly } from '../lib/highlight/styles';
import { readAddress } from '../lib/page/publication-id';

// The ::highlight() rules on a publication's page before the page is styled: adopted later, into
// the laid-out page, they restyle every element (lib/highlight/styles.ts says how much). The
// content script proper takes the sheet over (entrypoints/content/session.ts), or drops it when the
// page has nothing to highlight. The sheet changes no element and no text of the page.
export default defineContentScript({
  matches: ['*://zoek.officielebekendmakingen.nl/*'],
  runAt: 'document_start',
  main() {
    if (readAddress(location.href).isPublicationText) adoptHighlightStylesEarly(document);
  },
});
