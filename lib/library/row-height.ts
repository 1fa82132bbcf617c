/**
 * The height of each kind of row of the library's list, in CSS pixels. The virtual list needs
 * heights before it draws, so rows are drawn at exactly these heights (long text is clamped in the
 * list and shown whole in the editor); the components set them inline from here, one source.
 */
import type { LibraryRow } from './grouping';

/** Heights by kind of row. */
export const ROW_HEIGHTS = {
  /** A group's heading: title, kind, date and link. */
  group: 76,
  /** A note with the passage it hangs on: two lines of quote, three of note, a line of tags and actions. */
  noteWithQuote: 172,
  /** A note without a passage (an actor note written nowhere in particular). */
  note: 128,
  /** A note being edited: the textbox, the tags field and the buttons. */
  editing: 300,
} as const;

/** How tall `row` is drawn; `editingId` is the note being edited, if any. */
export function rowHeight(row: LibraryRow, editingId: string | null): number {
  if (row.type === 'group') return ROW_HEIGHTS.group;
  if (row.note.id === editingId) return ROW_HEIGHTS.editing;
  return row.note.selectors && row.note.subject !== 'actor' ? ROW_HEIGHTS.noteWithQuote : ROW_HEIGHTS.note;
}
