/**
 * The notes library (DESIGN.md, "What the reader sees"): every note of every publication, grouped
 * by publication (actor notes by actor), searched as the reader types ("Zoeken"), filtered,
 * edited in place, deleted with undo, opened in their publication; export and import. The list is
 * virtualised, so 10,000 notes stay fluid. Errors go to the `role="alert"` element.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { documentsById, exportFile, type ExportFormat } from '@/lib/export';
import { isFiltering, NO_FILTER, type LibraryFilter } from '@/lib/library/filters';
import type { LibraryOrder, LibraryRow } from '@/lib/library/grouping';
import { rowHeight } from '@/lib/library/row-height';
import type { Note } from '@/lib/notes/note';
import { addTag, sameTags } from '@/lib/notes/tags';
import { countWords, msg } from '@/lib/ui/words';
import { startDownload } from './download';
import { ExportMenu, type ExportScope } from './ExportMenu';
import { FilterBar } from './FilterBar';
import { GroupHeading } from './GroupHeading';
import { ImportPanel } from './ImportPanel';
import { LibraryToolbar } from './LibraryToolbar';
import { LibraryUndoBar } from './LibraryUndoBar';
import type { BackupExtras, LibrarySource } from './library-source';
import { NoteRow } from './NoteRow';
import { NoteRowEditor } from './NoteRowEditor';
import { shownCount } from './note-count';
import { useLibrary } from './use-library';
import { VirtualList } from './VirtualList';

/** Props of `LibraryPage`. */
export interface LibraryPageProps {
  source: LibrarySource;
  /** Called once, right after the first rows are in the DOM (the page marks it for the benchmark). */
  onFirstRows?: () => void;
  /** The filter to start with (the panel opens the library on its publication: `?document=`). */
  initialFilter?: LibraryFilter;
}

interface Editing {
  id: string;
  text: string;
  tags: string;
}

const keyOf = (row: LibraryRow): string => row.key;
const notesOf = (rows: readonly LibraryRow[]): Note[] => rows.flatMap((row) => (row.type === 'note' ? [row.note] : []));

/** The page. */
export function LibraryPage({ source, onFirstRows, initialFilter = NO_FILTER }: LibraryPageProps) {
  const library = useLibrary(source);
  const { model, version } = library;
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>(initialFilter);
  const [order, setOrder] = useState<LibraryOrder>('newest');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusEdit, setFocusEdit] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ key: string } | null>(null);
  const [deleted, setDeleted] = useState<{ note: Note; focus: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [exporting, setExporting] = useState(false);
  const search = useRef<HTMLInputElement>(null);

  const view = useMemo(() => model?.view(query, filter, order) ?? null, [model, version, query, filter, order]);
  const options = useMemo(() => model?.options() ?? null, [model, version]);
  const editingId = editing?.id ?? null;
  const heightOf = useCallback((row: LibraryRow) => rowHeight(row, editingId), [editingId]);

  const firstRows = useRef(false);
  useLayoutEffect(() => {
    if (firstRows.current || library.status === 'loading') return;
    firstRows.current = true;
    onFirstRows?.();
  });

  const closeEditor = (id: string) => {
    setEditing(null);
    setFocusEdit(id);
    setReveal({ key: `note:${id}` });
  };

  const save = async () => {
    const note = editing && model ? model.note(editing.id) : undefined;
    if (!editing || !model || !note) return;
    const tags = addTag([], editing.tags);
    if (editing.text === note.text && sameTags(tags, note.tags)) return closeEditor(note.id);
    setSaving(true);
    const answer = await source.save({ ...note, text: editing.text, tags });
    setSaving(false);
    if (!answer.ok) return setError(msg('noteSaveFailed', answer.error));
    model.upsert(answer.value);
    library.changed();
    setError(null);
    setNotice(msg('librarySaved'));
    closeEditor(note.id);
  };

  const remove = async (note: Note) => {
    if (editing?.id === note.id) setEditing(null);
    const answer = await source.remove(note.id);
    if (!answer.ok) return setError(msg('noteDeleteFailed', answer.error));
    model?.remove(note.id);
    library.changed();
    setError(null);
    setNotice('');
    setDeleted({ note: answer.value ?? note, focus: true });
  };

  const undo = async () => {
    if (!deleted) return;
    const answer = await source.save(deleted.note);
    if (!answer.ok) return setError(msg('libraryUndoFailed', answer.error));
    model?.upsert(answer.value);
    library.changed();
    setDeleted(null);
    setError(null);
    setNotice(msg('libraryRestored'));
    setFocusEdit(answer.value.id);
    setReveal({ key: `note:${answer.value.id}` });
  };

  const runExport = async (format: ExportFormat, scope: ExportScope) => {
    if (!model) return;
    setExporting(true);
    try {
      const notes = notesOf(scope === 'shown' ? (view?.rows ?? []) : model.view('', NO_FILTER, order).rows);
      let extras: BackupExtras | null = null;
      if (format === 'backup' && scope === 'all') {
        const answer = await source.backupExtras();
        if (!answer.ok) return setError(msg('libraryExportFailed', answer.error));
        extras = answer.value;
      }
      const file = exportFile(format, notes, documentsById(model.allDocuments()), { now: new Date(), ...extras });
      startDownload(file);
      setError(null);
      setNotice(msg('libraryExported', file.fileName));
    } catch (failure) {
      setError(msg('libraryExportFailed', failure instanceof Error ? failure.message : String(failure)));
    } finally {
      setExporting(false);
    }
  };

  const render = (row: LibraryRow, index: number): ComponentChildren => {
    if (row.type === 'group') return <GroupHeading group={row.group} shown={row.shown} />;
    const { note } = row;
    if (editing?.id === note.id) {
      return (
        <NoteRowEditor
          note={note}
          index={index}
          text={editing.text}
          tags={editing.tags}
          saving={saving}
          onChange={(text, tags) => setEditing({ id: note.id, text, tags })}
          onSave={() => void save()}
          onCancel={() => closeEditor(note.id)}
        />
      );
    }
    return (
      <NoteRow
        note={note}
        index={index}
        writtenIn={note.subject === 'actor' ? (model?.documentOf(note.documentId).title ?? null) : null}
        focusEdit={focusEdit === note.id}
        onEdit={(n) => {
          setFocusEdit(null);
          setEditing({ id: n.id, text: n.text, tags: n.tags.join(', ') });
        }}
        onDelete={(n) => void remove(n)}
      />
    );
  };

  const resetKey = JSON.stringify([query, filter, order]);
  return (
    <div class="k-library">
      <header class="k-top">
        <div class="k-top-line">
          <h1>{msg('libraryHeading')}</h1>
          <p class="k-count" role="status">
            {view ? shownCount(view.shown, view.total) : msg('loading')}
          </p>
        </div>
        <LibraryToolbar query={query} order={order} searchRef={search} onQuery={setQuery} onOrder={setOrder}>
          <ExportMenu
            total={view?.total ?? 0}
            shown={view?.shown ?? 0}
            narrowed={query.trim() !== '' || isFiltering(filter)}
            busy={exporting}
            onExport={(format, scope) => void runExport(format, scope)}
          />
          <ImportPanel
            source={source}
            onError={setError}
            onImported={(changes) => {
              setNotice(
                msg('libraryImportDone', countWords('importedNotes', changes.notes), countWords('importedDocuments', changes.documents)),
              );
              void library.reload();
            }}
          />
        </LibraryToolbar>
        {options && <FilterBar filter={filter} options={options} onChange={setFilter} />}
        <div class="k-alert" role="alert">
          {library.loadError ?? error}
        </div>
        <p class="k-notice" role="status">
          {notice}
        </p>
        {deleted && (
          <LibraryUndoBar
            message={msg('noteDeleted')}
            autoFocus={deleted.focus}
            onUndo={() => void undo()}
            onDismiss={(hadFocus) => {
              setDeleted(null);
              if (hadFocus) search.current?.focus();
            }}
          />
        )}
      </header>
      <main class="k-main">
        {library.status === 'loading' && <p class="k-empty">{msg('loading')}</p>}
        {view && view.total === 0 && <p class="k-empty">{msg('libraryEmpty')}</p>}
        {view && view.total > 0 && view.shown === 0 && <p class="k-empty">{msg('libraryNoMatch')}</p>}
        {view && (
          <VirtualList
            rows={view.rows}
            heightOf={heightOf}
            keyOf={keyOf}
            render={render}
            label={msg('libraryList')}
            resetKey={resetKey}
            reveal={reveal}
            data={{ 'data-query': query, 'data-index-ready': String(library.indexReady) }}
          />
        )}
      </main>
    </div>
  );
}
