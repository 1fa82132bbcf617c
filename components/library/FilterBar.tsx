/**
 * The library's filters: publication, tag, actor, kind of document, and a date range over the note's last
 * change or the publication's date; "Filters wissen" puts them all back. Each control is labelled.
 */
import type { FilterOptions } from '@/lib/library/filter-options';
import { isFiltering, NO_FILTER, type DateField, type LibraryFilter } from '@/lib/library/filters';
import type { DocumentKind } from '@/lib/model/report';
import { kindLabel, msg } from '@/lib/ui/words';

/** Props of `FilterBar`. */
export interface FilterBarProps {
  filter: LibraryFilter;
  options: FilterOptions;
  onChange: (filter: LibraryFilter) => void;
}

const orNull = (value: string): string | null => (value === '' ? null : value);

/** The filters. */
export function FilterBar({ filter, options, onChange }: FilterBarProps) {
  const set = (change: Partial<LibraryFilter>) => onChange({ ...filter, ...change });
  // A chosen value stays offered even when no note has it any more, so the select shows it.
  const tags =
    filter.tag && !options.tags.some((t) => t.value === filter.tag)
      ? [{ value: filter.tag, label: filter.tag, count: 0 }, ...options.tags]
      : options.tags;
  // A publication asked for in the address stays offered even before its notes are loaded.
  const documents =
    filter.documentId && !options.documents.some((d) => d.value === filter.documentId)
      ? [{ value: filter.documentId, label: filter.documentId, count: 0 }, ...options.documents]
      : options.documents;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of filters named by aria-label, not a form's fieldset with a legend.
    <div class="k-filters" role="group" aria-label={msg('libraryFilters')}>
      <label>
        <span>{msg('libraryFilterDocument')}</span>
        <select value={filter.documentId ?? ''} onChange={(e) => set({ documentId: orNull(e.currentTarget.value) })}>
          <option value="">{msg('libraryFilterAny')}</option>
          {documents.map((d) => (
            <option key={d.value} value={d.value}>{`${d.label} (${d.count})`}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{msg('libraryFilterTag')}</span>
        <select value={filter.tag ?? ''} onChange={(e) => set({ tag: orNull(e.currentTarget.value) })}>
          <option value="">{msg('libraryFilterAny')}</option>
          {tags.map((t) => (
            <option key={t.value} value={t.value}>{`${t.label} (${t.count})`}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{msg('libraryFilterActor')}</span>
        <select value={filter.actorKey ?? ''} onChange={(e) => set({ actorKey: orNull(e.currentTarget.value) })}>
          <option value="">{msg('libraryFilterAny')}</option>
          {options.actors.map((a) => (
            <option key={a.value} value={a.value}>{`${a.label} (${a.count})`}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{msg('libraryFilterKind')}</span>
        <select value={filter.kind ?? ''} onChange={(e) => set({ kind: orNull(e.currentTarget.value) as DocumentKind | null })}>
          <option value="">{msg('libraryFilterAny')}</option>
          {options.kinds.map((k) => (
            <option key={k.value} value={k.value}>{`${kindLabel(k.value)} (${k.count})`}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{msg('libraryDateOf')}</span>
        <select value={filter.dateField} onChange={(e) => set({ dateField: e.currentTarget.value as DateField })}>
          <option value="note">{msg('libraryDateNote')}</option>
          <option value="document">{msg('libraryDateDocument')}</option>
        </select>
      </label>
      <label>
        <span>{msg('libraryDateFrom')}</span>
        <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: orNull(e.currentTarget.value) })} />
      </label>
      <label>
        <span>{msg('libraryDateTo')}</span>
        <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: orNull(e.currentTarget.value) })} />
      </label>
      <button type="button" disabled={!isFiltering(filter)} onClick={() => onChange({ ...NO_FILTER, dateField: filter.dateField })}>
        {msg('libraryClearFilters')}
      </button>
    </div>
  );
}
