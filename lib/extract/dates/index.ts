/**
 * The date part of the extraction engine (issue 3): `findDates` finds and resolves Dutch date
 * phrases; `sessionOfId` gives the vergaderjaar a Handelingen id implies.
 */
export { createDateFinder, findDates, type DateFinder } from './find-dates';
export { sessionOfId, sessionSpan, prinsjesdag } from './calendar';
export type { DateMention, DateReference, DateRule } from './types';
