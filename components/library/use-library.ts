/**
 * The library's data as Preact state: loads every note and document once, builds the search index
 * in slices after the first rows are drawn (the page stays responsive while it does), and catches
 * up with changes made elsewhere (a tab, another window) when the page is shown or focused again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LibraryModel } from '@/lib/library/library-model';
import { msg } from '@/lib/ui/words';
import type { LibrarySource } from './library-source';

/** Notes indexed per slice of the background indexing. */
export const INDEX_SLICE = 500;

/** What `useLibrary` gives the page. */
export interface LibraryHandle {
  status: 'loading' | 'ready' | 'failed';
  model: LibraryModel | null;
  /** Changes whenever the model does: a dependency for what is computed from it. */
  version: number;
  /** Whether the search index holds every note. */
  indexReady: boolean;
  /** Why loading failed, in words. */
  loadError: string | null;
  /** To call after changing the model (a save, a delete). */
  changed: () => void;
  /** Reads the database again and takes in what changed (after an import). */
  reload: () => Promise<void>;
}

/** Loads and keeps the library's model. */
export function useLibrary(source: LibrarySource): LibraryHandle {
  const model = useRef<LibraryModel | null>(null);
  const [status, setStatus] = useState<LibraryHandle['status']>('loading');
  const [version, setVersion] = useState(0);
  const [indexReady, setIndexReady] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Writes since a refresh started: its reading may predate them, so it is dropped.
  const writes = useRef(0);
  const changed = () => {
    writes.current += 1;
    setVersion((v) => v + 1);
  };

  useEffect(() => {
    let live = true;
    void source.load().then((answer) => {
      if (!live) return;
      if (!answer.ok) {
        setLoadError(msg('libraryLoadFailed', answer.error));
        setStatus('failed');
        return;
      }
      model.current = new LibraryModel(answer.value.notes, answer.value.documents);
      setStatus('ready');
    });
    return () => {
      live = false;
    };
  }, [source]);

  useEffect(() => {
    if (status !== 'ready') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      if (model.current?.indexSome(INDEX_SLICE) ?? true) setIndexReady(true);
      else timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (status !== 'ready') return;
    let running = false;
    const refresh = async () => {
      if (running || document.visibilityState !== 'visible') return;
      running = true;
      const before = writes.current;
      try {
        const answer = await source.load();
        if (answer.ok && model.current && writes.current === before && model.current.refresh(answer.value.notes, answer.value.documents)) {
          setVersion((v) => v + 1);
        }
      } finally {
        running = false;
      }
    };
    const onVisible = () => void refresh();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [status, source]);

  const reload = async () => {
    const answer = await source.load();
    if (answer.ok && model.current?.refresh(answer.value.notes, answer.value.documents)) changed();
  };

  return { status, model: model.current, version, indexReady, loadError, changed, reload };
}
