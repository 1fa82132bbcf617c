/**
 * What travels over the extraction port (extract-port.ts): apart from the background's side, so
 * the content script imports these names without the extraction code behind them.
 */
import type { ExtractContext } from '../extract/extract';
import type { PackedExtraction } from './packed-extraction';

/** The name of the port (`runtime.connect({ name })`). */
export const EXTRACT_PORT = 'kantlijn-extract';

/** What the content script posts: the next part of the text, then the document's facts. */
export type ExtractPortMessage = { type: 'part'; text: string } | { type: 'end'; context: ExtractContext };

/** What the background posts once, after `end`: the extraction without the citations (the page finds those). */
export type ExtractPortAnswer = { ok: true; extraction: PackedExtraction } | { ok: false; error: string };
