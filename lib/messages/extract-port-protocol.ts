/**
 * What travels over the extraction port (extract-port.ts): apart from the background's side, so
 * the content script imports these names without the extraction code behind them.
 */
import type { ExtractContext } from '@/lib/extract/extract';
import type { DatedEvent } from '@/lib/model/report';
import type { PackedActor } from './packed-extraction';

/** The name of the port (`runtime.connect({ name })`). */
export const EXTRACT_PORT = 'kantlijn-extract';

/** What the content script posts: the next part of the text, then the document's facts. */
export type ExtractPortMessage = { type: 'part'; text: string } | { type: 'end'; context: ExtractContext };

/**
 * What the background posts after `end`: the actors as soon as they are settled, then the events
 * (the page unpacks the actors while the background finds the events, two steps of about the same
 * length); or, at any point, an error. Never the citations: the page finds those.
 */
export type ExtractPortAnswer = { ok: true; actors: PackedActor[] } | { ok: true; events: DatedEvent[] } | { ok: false; error: string };
