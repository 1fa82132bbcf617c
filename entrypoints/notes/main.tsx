import { render } from 'preact';
import { LibraryPage } from '@/components/library/LibraryPage';
import { NO_FILTER } from '@/lib/library/filters';
import { msg, uiLang } from '@/lib/ui/words';
import { extensionSource } from './extension-source';

// The notes library (notes.html): opened from the popup and the panel. The mark lets the
// benchmark read "page open → first rows" on the page's own clock.
document.title = msg('libraryTitle');
document.documentElement.lang = uiLang();
const root = document.getElementById('app');
if (root) {
  // `?document=<id>`: opened from a publication's panel, on that publication's notes.
  const documentId = new URLSearchParams(location.search).get('document');
  const initialFilter = documentId ? { ...NO_FILTER, documentId } : NO_FILTER;
  render(
    <LibraryPage source={extensionSource()} initialFilter={initialFilter} onFirstRows={() => performance.mark('kantlijn-library-rows')} />,
    root,
  );
}
