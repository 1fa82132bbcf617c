/**
 * The shapes a Hypothesis file comes in, recognised before any of its annotations is read: the
 * client's export ("Export annotations": `{export_date, export_userid, client_version,
 * annotations}`), an answer of the h API's search (`{total, rows}`, with `replies` beside the rows
 * when they were asked for apart), and annotations as the API gives them one by one, alone or in a
 * plain list. A Hypothesis annotation has no JSON-LD `type`: its `uri` and its list of `target`s
 * tell it apart from a W3C one, which `parse-web-annotation.ts` reads.
 */
import type { ImportFormat } from './import-validate';
import { parseIsoTime } from './times';
import { isObject, type Json } from './json-object';

/** A Hypothesis file as found: its shape, its annotations still unchecked, and the time the file itself gives. */
export interface HypothesisFile {
  format: ImportFormat;
  annotations: readonly unknown[];
  /** An export's `export_date` in milliseconds, for an annotation without times; null when there is none. */
  exported: number | null;
}

/** True for an object shaped like an annotation of the h API (a `uri`, a list of targets, no JSON-LD type). */
export function isHypothesisAnnotation(value: unknown): boolean {
  return isObject(value) && value.type === undefined && typeof value.uri === 'string' && Array.isArray(value.target);
}

/**
 * The Hypothesis file a parsed JSON value is, or null when it is none of the shapes above. A list
 * is one when any item looks like an annotation: the others are then read, and refused with their
 * reasons, rather than the whole file.
 */
export function hypothesisFileOf(data: unknown): HypothesisFile | null {
  if (Array.isArray(data))
    return data.some(isHypothesisAnnotation) ? { format: 'hypothesis-annotations', annotations: data, exported: null } : null;
  if (!isObject(data)) return null;
  if (Array.isArray(data.annotations) && isExportHeader(data)) {
    const exported = typeof data.export_date === 'string' ? parseIsoTime(data.export_date) : null;
    return { format: 'hypothesis-export', annotations: data.annotations, exported };
  }
  if (Array.isArray(data.rows) && typeof data.total === 'number') {
    return { format: 'hypothesis-search', annotations: withReplies(data.rows, data.replies), exported: null };
  }
  return isHypothesisAnnotation(data) ? { format: 'hypothesis-annotations', annotations: [data], exported: null } : null;
}

function isExportHeader(data: Json): boolean {
  return typeof data.export_date === 'string' || typeof data.client_version === 'string' || typeof data.export_userid === 'string';
}

// The replies a search answer lists apart (`_separate_replies`) follow its rows, so each is named
// in the preview instead of being dropped with the answer's extra field.
function withReplies(rows: readonly unknown[], replies: unknown): readonly unknown[] {
  if (!Array.isArray(replies) || replies.length === 0) return rows;
  const all = rows.slice();
  // One item at a time: a spread into `push` throws beyond about 150,000 of them.
  for (const reply of replies) all.push(reply);
  return all;
}
