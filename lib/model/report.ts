/**
 * The `annotate` report (DESIGN.md): what the CLI prints and what the content script builds.
 * `document` is filled by `lib/page`; `actors`, `events` and `references` by `lib/extract`.
 */

/** The kinds of publication Kantlijn tells apart (see tests/fixtures/GUIDELINES.md). */
export type DocumentKind = 'letter' | 'parliamentary-questions' | 'proceedings' | 'parliamentary-paper' | 'official-gazette' | 'none';

/** One signer of a letter: `name` as printed, `role` as printed without the trailing comma. */
export interface Signatory {
  name: string;
  role: string | null;
}

/** A letter inside a publication: a cover letter, or a letter quoted in a verslag. */
export interface Letter {
  title: string | null;
  sender: string | null;
  addressee: string | null;
  place: string | null;
  date: string | null;
  signatories: Signatory[];
}

/** A footnote of the document: its number as printed and its text. */
export interface Footnote {
  label: string;
  text: string;
}

/** What the page says about itself: the report's `document` part. */
export interface ReportDocument {
  id: string | null;
  kind: DocumentKind;
  title: string | null;
  date: string | null;
  dossier: string[];
  /** The dossier titles as printed beside the numbers ("Raad Algemene Zaken en Raad Buitenlandse Zaken"). */
  dossierTitles: string[];
  letters: Letter[];
  footnotes: Footnote[];
}

/** A stretch of the `TextIndex` text (UTF-16 offsets). */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** A named actor with every mention of it (filled by the extraction issue). */
export interface Actor {
  id: string;
  name: string;
  type: 'person' | 'office' | 'organisation' | 'location';
  aliases: string[];
  roles: string[];
  /** For each role, how the document gives it: "ondertekenaar" (a signature) or "apposition". */
  roleEvidence?: Record<string, string>;
  mentions: Mention[];
}

/** A dated happening (filled by the extraction issue). */
export interface DatedEvent {
  id: string;
  date: string | null;
  cue: string;
  what: string;
  actors: string[];
  mention: Mention;
  /** How the date was resolved, in words ('"jl." → de laatste 2 oktober vóór 23 november 2022'). */
  resolution?: string;
  /** The text names a weekday on which this date does not fall (the date is kept). */
  weekdayMismatch?: boolean;
}

/** A citation of another publication (filled by the extraction issue). */
export interface Reference {
  text: string;
  target: string | null;
  url: string | null;
  mention: Mention;
}

/** The whole report, as DESIGN.md defines it. */
export interface Report {
  url: string;
  document: ReportDocument;
  actors: Actor[];
  events: DatedEvent[];
  references: Reference[];
}
