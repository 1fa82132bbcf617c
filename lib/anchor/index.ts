/**
 * Note anchoring: a passage of the `TextIndex` text ⇄ the W3C selectors a note keeps. The content
 * script describes the reader's selection when a note is written and re-anchors all of a page's
 * notes in one pass when it loads; the library page uses the same functions. Offsets → DOM ranges
 * is `mentionRange` in lib/highlight/ranges.ts.
 */
export { CONTEXT_LENGTH, describePassage, trimSpan, type TextSpan } from './describe';
export { rangeToOffsets, selectionToOffsets } from './selection';
export { anchorAll, anchorOne } from './anchor-all';
export type { Anchor, AnchorMethod } from './anchor-passage';
export { describeSelection } from './describe-selection';
