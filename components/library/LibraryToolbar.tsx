/**
 * The library's top line of controls: "Zoeken" (results as the reader types), the order, and
 * "Exporteren" and "Importeren".
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { LibraryOrder } from '@/lib/library/grouping';
import { msg } from '@/lib/ui/words';

/** Props of `LibraryToolbar`. */
export interface LibraryToolbarProps {
  query: string;
  order: LibraryOrder;
  searchRef: RefObject<HTMLInputElement>;
  onQuery: (query: string) => void;
  onOrder: (order: LibraryOrder) => void;
  /** The export and import controls. */
  children: ComponentChildren;
}

/** The toolbar. */
export function LibraryToolbar({ query, order, searchRef, onQuery, onOrder, children }: LibraryToolbarProps) {
  return (
    <div class="k-tools">
      <label class="k-search">
        <span>{msg('librarySearch')}</span>
        <input
          ref={searchRef}
          type="search"
          value={query}
          aria-describedby="k-search-hint"
          autoComplete="off"
          spellcheck={false}
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
      </label>
      <label>
        <span>{msg('libraryOrder')}</span>
        <select value={order} onChange={(event) => onOrder(event.currentTarget.value as LibraryOrder)}>
          <option value="newest">{msg('libraryOrderNewest')}</option>
          <option value="document">{msg('libraryOrderDocument')}</option>
        </select>
      </label>
      {children}
      <p id="k-search-hint" class="k-muted k-hint">
        {msg('librarySearchHint')}
      </p>
    </div>
  );
}
