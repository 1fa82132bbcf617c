/**
 * The shapes the date grammar produces: `RawDate` is what the text says (fields as printed, no
 * year guessed), `DateMention` what it means once resolved against the document's date.
 */

/** Which rule fixed the date of a mention (the mention's `cue`). */
export type DateRule =
  | 'explicit' // the year is printed
  | 'jl.' // jl./j.l./jongstleden: the latest such date on or before the document date
  | 'a.s.' // a.s./aanstaande: the earliest on or after it
  | 'weekday' // a weekday picks the year where it fits, nearest the document date
  | 'paragraph' // the year of the last resolved date in the same paragraph
  | 'session' // inside the vergaderjaar of a Handelingen document
  | 'nearest' // nearest the document date, the past preferred
  | 'relative' // "vorig jaar", "volgend jaar": counted from the document date's year
  | 'same-day' // "op dezelfde dag", "de dag erna": from the last resolved day
  | 'label' // a period label ("vergaderjaar 2022–2023"), not a happening
  | 'unresolved'; // nothing to resolve it against

/**
 * A date phrase found in the text and resolved.
 * `value` is ISO at the precision the text gives: '2022-10-02' (a day), '2022-10' (a month) or
 * '2020' (a year). A part of a period that ISO cannot say (a quarter, a half year, a season,
 * "begin/medio/eind") keeps the ISO of the whole that holds it ('2023' for "eerste kwartaal 2023")
 * and names the part in `part` ('Q1', 'H2', 'voorjaar', 'eind'). A range keeps its first date in
 * `value` and its last in `until`. `value` is null when the date cannot be resolved.
 */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  value: string | null;
  until: string | null;
  part: string | null;
  cue: DateRule;
  /** Why this value, in Dutch, for the reader ('"jl." → de laatste 2 oktober vóór 23 november 2022'). */
  resolution: string;
  /** The printed weekday does not fall on the date (the date is kept). */
  weekdayMismatch: boolean;
  /** A period or citation label (vergaderjaar, Kamerstukken II 2001/02, Stb. 2019): not an event. */
  periodLabel: boolean;
  /** "van 2020": a date only of a happening named right before it ("het akkoord van 2020"). */
  needsTrigger: boolean;
}

/** What the document's date is known from: its date (ISO) and, for Handelingen, its vergaderjaar. */
export interface DateReference {
  documentDate: string | null;
  /** "2023–2024" (see `sessionOfId`), used when the document has no date. */
  session?: string | null;
}

/** Year, month and day as printed (null where the text leaves them out). */
export interface PrintedDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** One match of the grammar before resolution. */
export interface RawDate extends PrintedDate {
  start: number;
  end: number;
  kind: 'day' | 'month' | 'year' | 'same-day' | 'label';
  /** "vorig jaar" −1, "dit jaar" 0, "volgend/komend jaar" +1. */
  relativeYear: number | null;
  weekday: number | null;
  relation: 'jl.' | 'a.s.' | null;
  part: string | null;
  until: PrintedDate | null;
  /** Days after the referenced day ("de dag erna" 1, "de dag ervoor" −1, "op dezelfde dag" 0). */
  offset: number;
  /** Name of a period label ("vergaderjaar", "Kamerstukken"). */
  label: string | null;
  needsTrigger: boolean;
}
