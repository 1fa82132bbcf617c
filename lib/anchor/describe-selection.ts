/** The reader's selection → the selectors of a new note, in one call (the content script's need). */
import type { PassageSelectors } from '@/lib/notes/note';
import type { TextIndex } from '@/lib/page/text-index';
import { describePassage } from './describe';
import { rangeToOffsets, selectionToOffsets } from './selection';

/**
 * The selectors of the text a selection (or range) covers, trimmed of white space at its edges;
 * null when it covers no indexed text, so no "Notitie toevoegen" should be offered.
 */
export function describeSelection(
  index: TextIndex,
  selection: Pick<Selection, 'rangeCount' | 'getRangeAt'> | AbstractRange,
): PassageSelectors | null {
  const span = 'rangeCount' in selection ? selectionToOffsets(index, selection) : rangeToOffsets(index, selection);
  return span ? describePassage(index.text, span.start, span.end) : null;
}
