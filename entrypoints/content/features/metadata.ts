/**
 * The metadata feature: the document's facts completed with metadata.xml once the highlights are
 * drawn. Its date anchors "jl." and "a.s.", so another date or kind means analysing the text again.
 */
import type { SessionState, Store } from '@/entrypoints/content/page-store';
import { completeWith, type MetadataAsked } from '@/entrypoints/content/metadata-xml';

/** Puts what metadata.xml adds in the store; true when the text must be analysed again. */
export async function completeDocument(store: Store<SessionState>, asked: MetadataAsked, signal: AbortSignal): Promise<boolean> {
  const completed = await completeWith(asked, store.get().reading, store.get().document);
  if (signal.aborted) return false;
  const { problems, report } = store.get();
  if ('problem' in completed) {
    store.set({ problems: [...problems, completed.problem] });
    return false;
  }
  store.set({ document: completed.document, problems: completed.problems, report: report && { ...report, document: completed.document } });
  return completed.analyseAgain;
}
