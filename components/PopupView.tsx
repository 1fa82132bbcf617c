/**
 * The popup: this tab's publication at a glance, how many documents Kantlijn has seen, and a
 * button that opens or closes the panel on the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground, sendToTab } from '@/lib/messages/send';
import type { PageState } from '@/lib/messages/protocol';
import { formatFactDate } from '@/lib/ui/format-date';
import { openLibraryTab } from '@/lib/messages/open-library';
import { msg, kindLabel, documentsSeen } from '@/lib/ui/words';

type Loaded<T> = { status: 'loading' } | { status: 'done'; value: T };

/** Reads the tab's page state; a tab without Kantlijn's content script is "no publication". */
async function readTab(tabId: number | null): Promise<PageState | null> {
  if (tabId === null) return null;
  try {
    const state = await sendToTab(tabId, { type: 'page-state' });
    return state?.isPublication ? state : null;
  } catch {
    return null;
  }
}

/** The popup's content for one tab. */
export function PopupView({ tabId }: { tabId: Promise<number | null> }) {
  const [tab, setTab] = useState<number | null>(null);
  const [page, setPage] = useState<Loaded<PageState | null>>({ status: 'loading' });
  const [count, setCount] = useState<Loaded<string>>({ status: 'loading' });

  useEffect(() => {
    void tabId.then(async (id) => {
      setTab(id);
      setPage({ status: 'done', value: await readTab(id) });
    });
    sendToBackground({ type: 'get-stats' })
      .then((answer) => setCount({ status: 'done', value: answer.ok ? documentsSeen(answer.documentCount) : answer.error }))
      .catch(() => setCount({ status: 'done', value: msg('popupNoBackground') }));
  }, [tabId]);

  const toggle = async () => {
    if (tab === null || page.status !== 'done' || !page.value) return;
    const { open } = await sendToTab(tab, { type: 'toggle-panel', open: !page.value.panelOpen });
    setPage({ status: 'done', value: { ...page.value, panelOpen: open } });
  };

  const state = page.status === 'done' ? page.value : null;
  const doc = state?.document;
  return (
    <main>
      <h1>{msg('appName')}</h1>
      {page.status === 'loading' && <p class="muted">{msg('loading')}</p>}
      {page.status === 'done' && !doc && <p>{msg('noPublication')}</p>}
      {doc && (
        <section aria-label={msg('popupThisTab')}>
          <p class="doc-title">{doc.title ?? doc.id}</p>
          <p class="muted">
            {kindLabel(doc.kind)}
            {doc.date ? ` · ${formatFactDate(doc.date)}` : ''}
            {doc.dossier.length ? ` · ${doc.dossier.join(', ')}` : ''}
          </p>
          <button type="button" onClick={() => void toggle()}>
            {state?.panelOpen ? msg('popupClosePanel') : msg('popupOpenPanel')}
          </button>
          {doc.id && (
            <button type="button" onClick={() => void openLibraryTab(doc.id)}>
              {msg('notesExportDocument')}
            </button>
          )}
        </section>
      )}
      <p class="muted" role="status">
        {count.status === 'done' ? count.value : msg('loading')}
      </p>
      <button type="button" onClick={() => void openLibraryTab(null)}>
        {msg('popupLibrary')}
      </button>
    </main>
  );
}
