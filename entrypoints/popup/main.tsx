import { render } from 'preact';
import { PopupView } from '@/components/PopupView';
import { browser } from 'wxt/browser';
import { msg, uiLang } from '@/lib/ui/words';

// The tab this popup describes: `?tab=N` when opened as a page (tests, keyboard users), else the active tab.
async function targetTab(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// The words' own language, not the page's default: a screen reader pronounces them by it.
document.documentElement.lang = uiLang();
document.title = msg('appName');
const root = document.getElementById('app');
if (root) render(<PopupView tabId={targetTab()} />, root);
