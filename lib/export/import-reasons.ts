/**
 * Why a record was refused, in the reader's words: valibot's issues (English, technical) turned
 * into short sentences through `msg`, with the field's path ("selectors.quote.exact") so the reader
 * or a helper can find it in the file.
 */
import type * as v from 'valibot';
import { msg } from '@/lib/ui/words';
import type { RecordKind } from './import-types';

/** Reasons in words for a list of valibot issues, each said once. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return [...new Set(issues.map(describeIssue))];
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  if (issue.type === 'check') return describeCheck(issue.message, path);
  if (path === '') return issue.kind === 'schema' ? msg('importReasonNotObject') : msg('importReasonInvalid', '');
  if (issue.kind === 'schema')
    return issue.received === 'undefined' ? msg('importReasonMissing', path) : msg('importReasonWrongType', path);
  switch (issue.type) {
    case 'max_length':
    case 'max_value':
      return msg('importReasonTooLong', path);
    case 'min_length':
      return msg('importReasonEmpty', path);
    default:
      return msg('importReasonInvalid', path);
  }
}

// The checks of lib/notes/note-schema.ts, by their message there.
function describeCheck(message: string, path: string): string {
  if (message === 'an actor note needs an actor key') return msg('importReasonActorKey');
  if (message === 'a passage or event note needs selectors') return msg('importReasonSelectors');
  if (message === 'end before start') return msg('importReasonEndBeforeStart');
  return msg('importReasonInvalid', path);
}

/** "Notitie 3: ‘text’ ontbreekt; ‘tags’ heeft de verkeerde soort waarde" (the index counted from 1). */
export function recordMessage(kind: RecordKind, index: number, reasons: readonly string[]): string {
  const why = reasons.join('; ');
  switch (kind) {
    case 'note':
      return msg('importRecordNote', index + 1, why);
    case 'document':
      return msg('importRecordDocument', index + 1, why);
    case 'draft':
      return msg('importRecordDraft', index + 1, why);
    case 'annotation':
      return msg('importRecordAnnotation', index + 1, why);
    case 'settings':
      return msg('importRecordSettings', why);
  }
}

/** "12 nieuw, 3 bijgewerkt, 40 ongewijzigd, 2 ongeldig" for a preview's note counts. */
export function summaryOf(counts: { new: number; updated: number; unchanged: number; invalid: number; duplicates: number }): string {
  const summary = msg('importSummary', counts.new, counts.updated, counts.unchanged, counts.invalid);
  return counts.duplicates > 0 ? `${summary}. ${msg('importDuplicates', counts.duplicates)}` : summary;
}
