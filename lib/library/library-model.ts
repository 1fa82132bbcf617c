/**
 * The library's data in memory: every note, the documents they were written in, the search index
 * and the sorted groups — kept consistent when a note is saved, deleted, restored or imported
 * (one note re-indexed, not all). A view for a query, filter and order is computed from it
 * without sorting or reading note texts again.
 */
import type { DocumentRecord } from '@/lib/messages/protocol';
import type { Note } from '@/lib/notes/note';
import { documentInfo, type DocumentInfo } from './document-info';
import { filterOptions, type FilterOptions } from './filter-options';
import { compileFilter, type LibraryFilter } from './filters';
import { groupNotes, rowsOf, type LibraryOrder, type LibraryRow, type NoteGroup } from './grouping';
import { wordsOf } from './search-words';
import { noteSearchText } from './note-search-text';
import { SearchIndex } from './search-index';

/** What the list shows for a query, a filter and an order. */
export interface LibraryView {
  rows: LibraryRow[];
  /** Notes shown. */
  shown: number;
  /** Notes in the library. */
  total: number;
}

/** The notes and documents of the library, indexed and grouped. */
export class LibraryModel {
  readonly #notes = new Map<string, Note>();
  #records = new Map<string, DocumentRecord>();
  readonly #index = new SearchIndex();
  /** Notes not indexed yet (the index is built in slices after the first rows are drawn). */
  #toIndex: string[] = [];
  #documents: Map<string, DocumentInfo> | null = null;
  readonly #groups = new Map<LibraryOrder, NoteGroup[]>();
  #options: FilterOptions | null = null;

  constructor(notes: readonly Note[], documents: readonly DocumentRecord[]) {
    for (const note of notes) this.#notes.set(note.id, note);
    this.#records = new Map(documents.map((d) => [d.id, d]));
    this.#toIndex = [...this.#notes.keys()];
  }

  /** How many notes there are. */
  get size(): number {
    return this.#notes.size;
  }

  /** Whether every note is in the search index. */
  get indexed(): boolean {
    return this.#toIndex.length === 0;
  }

  /** One note by id. */
  note(id: string): Note | undefined {
    return this.#notes.get(id);
  }

  /** Every note (in no particular order): the export of everything. */
  allNotes(): Note[] {
    return [...this.#notes.values()];
  }

  /** Every document record known (for backups). */
  allDocuments(): DocumentRecord[] {
    return [...this.#records.values()];
  }

  /** Indexes up to `count` more notes; true when the index is complete. */
  indexSome(count: number): boolean {
    const batch = this.#toIndex.splice(Math.max(0, this.#toIndex.length - count));
    for (const id of batch) {
      const note = this.#notes.get(id);
      if (note) this.#index.set(id, this.#searchText(note));
    }
    return this.indexed;
  }

  /** A new or changed note (saved here, in a tab, restored, imported). */
  upsert(note: Note): void {
    this.#notes.set(note.id, note);
    this.#index.set(note.id, this.#searchText(note));
    this.#changed();
  }

  /** A deleted note; answers what was there. */
  remove(id: string): Note | undefined {
    const note = this.#notes.get(id);
    if (!note) return undefined;
    this.#notes.delete(id);
    this.#index.delete(id);
    this.#changed();
    return note;
  }

  /**
   * Brings the model up to `notes` as the database holds them now (after changes made elsewhere):
   * only notes that are new, changed (another `updated`) or gone are touched. True when any were.
   */
  refresh(notes: readonly Note[], documents: readonly DocumentRecord[]): boolean {
    let changed = false;
    const seen = new Set<string>();
    for (const note of notes) {
      seen.add(note.id);
      const known = this.#notes.get(note.id);
      if (known && known.updated === note.updated) continue;
      this.#notes.set(note.id, note);
      this.#index.set(note.id, this.#searchText(note));
      changed = true;
    }
    for (const id of [...this.#notes.keys()]) {
      if (seen.has(id)) continue;
      this.#notes.delete(id);
      this.#index.delete(id);
      changed = true;
    }
    if (documents.length !== this.#records.size || documents.some((d) => this.#records.get(d.id)?.lastSeen !== d.lastSeen)) {
      this.#records = new Map(documents.map((d) => [d.id, d]));
      changed = true;
    }
    if (changed) this.#changed();
    return changed;
  }

  /** The publication a note was written in, as the library names it. */
  documentOf(id: string): DocumentInfo {
    return this.#documentInfos().get(id) ?? documentInfo(id, this.#records.get(id), []);
  }

  /** The choices the filters offer. */
  options(): FilterOptions {
    this.#options ??= filterOptions(this.#notes.values(), (note) => this.documentOf(note.documentId));
    return this.#options;
  }

  /** The groups in `order` (sorted once per change of the notes). */
  groups(order: LibraryOrder): NoteGroup[] {
    let groups = this.#groups.get(order);
    if (!groups) {
      groups = groupNotes(this.#notes.values(), (id) => this.documentOf(id), order);
      this.#groups.set(order, groups);
    }
    return groups;
  }

  /**
   * The ids of the notes that match `query` (null: no words, all match). A query with words
   * completes the index first if it is still being built; an empty one needs no index.
   */
  search(query: string): Set<string> | null {
    if (wordsOf(query).length === 0) return null;
    if (!this.indexed) this.indexSome(this.#toIndex.length);
    return this.#index.search(query);
  }

  /** The rows for a query, a filter and an order. */
  view(query: string, filter: LibraryFilter, order: LibraryOrder): LibraryView {
    const found = this.search(query);
    const test = compileFilter(filter);
    const documents = this.#documentInfos();
    let shown = 0;
    const rows = rowsOf(this.groups(order), (note) => {
      const keep = (found === null || found.has(note.id)) && test(note, documents.get(note.documentId));
      if (keep) shown += 1;
      return keep;
    });
    return { rows, shown, total: this.#notes.size };
  }

  #searchText(note: Note): string {
    return noteSearchText(note, this.#records.get(note.documentId)?.title ?? note.documentTitle);
  }

  #documentInfos(): Map<string, DocumentInfo> {
    if (!this.#documents) {
      const notesOf = new Map<string, Note[]>();
      for (const note of this.#notes.values()) {
        const list = notesOf.get(note.documentId);
        if (list) list.push(note);
        else notesOf.set(note.documentId, [note]);
      }
      this.#documents = new Map([...notesOf].map(([id, notes]) => [id, documentInfo(id, this.#records.get(id), notes)]));
    }
    return this.#documents;
  }

  #changed(): void {
    this.#documents = null;
    this.#groups.clear();
    this.#options = null;
  }
}
