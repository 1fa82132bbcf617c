/**
 * Steps 1 and 2 of an import (`import-parse.ts`, `import-validate.ts`) for Hypothesis files
 * (`hypothesis-shape.ts`): each annotation on a publication of the site becomes a passage note,
 * checked by the note schema and the store's rules like any other note; every other annotation is
 * listed with the reason it was left, so a reader who moves from Hypothesis sees all of theirs.
 *
 * The passage: a target's `TextQuoteSelector` gives the quote with its context, its
 * `TextPositionSelector` the position — UTF-16 offsets, as Kantlijn's own, but into all the text of
 * the page Hypothesis read, so a hint that re-anchoring checks against the quote (0–0, "unknown",
 * when it is missing or impossible).
 * `RangeSelector` (XPaths into the page's markup) means nothing in Kantlijn's text and is passed by.
 * The note keeps the text (Markdown as written), the tags, `created` and `updated`, and the
 * publication's title (`document.title[0]`, without the site's name after it). A highlight without
 * text or tags is a passage note with empty text, which Kantlijn allows.
 *
 * Left, with their reason: annotations on other sites (counted apart, the preview names them),
 * replies (Kantlijn keeps no conversations), page notes (Kantlijn has no note on a whole page), and
 * targets without a quote (a PDF page, a part of a video).
 *
 * Ids: the annotation's id gives a stable UUID, so importing the same file twice changes nothing
 * the second time, and a later export of the same annotation updates the note.
 */
import * as v from 'valibot';
import { SITE_HOST } from '@/lib/model/site';
import type { TextPositionSelector, TextQuoteSelector } from '@/lib/notes/note';
import { NoteSchema } from '@/lib/notes/note-schema';
import { readAddress } from '@/lib/page/publication-id';
import { guardNote, siteAddress } from '@/lib/store/record-guard';
import { msg } from '@/lib/ui/words';
import type { HypothesisFile } from './hypothesis-shape';
import { type AnnotationOutcome, readAnnotations, stringOr, timeField } from './annotation-fields';
import { describeIssues, notesOnly, type ParsedImport, type ValidateOptions } from './import-validate';
import { stableUuid } from './stable-id';
import { isObject, type Json } from './json-object';

// The site's name after a publication's title in the page's <title>, which Hypothesis keeps.
const SITE_TITLE_SUFFIX = /\s+\|\s+Overheid\.nl\s+>\s+Officiële bekendmakingen\s*$/;

/** Reads a Hypothesis file's annotations in slices: the notes, the refused annotations, and the file described for the preview. */
export async function parseHypothesis(file: HypothesisFile, options: ValidateOptions): Promise<ParsedImport> {
  const now = options.now ?? Date.now();
  const fallback = file.exported ?? now;
  const read = await readAnnotations(file.annotations, (raw) => hypothesisToNote(raw, fallback, now), options);
  return notesOnly('hypothesis', read.notes, read.invalid, {
    format: file.format,
    items: file.annotations.length,
    otherSites: read.otherSites,
  });
}

/**
 * One Hypothesis annotation as a passage note, or the reasons it cannot be one, in words.
 * `fallbackTime` dates an annotation without times; `now` bounds its times.
 */
export function hypothesisToNote(raw: unknown, fallbackTime: number, now: number = Date.now()): AnnotationOutcome {
  if (!isObject(raw)) return refused([msg('importReasonNotObject')]);
  const url = addressOf(raw);
  if (url === null) return refused([msg('importReasonMissing', 'uri')]);
  const documentId = readAddress(url).id;
  if (documentId === null || !siteAddress(url, documentId).ok) {
    return refused([msg('importReasonNotPublication', url.slice(0, 200))], !onSite(url));
  }
  if (Array.isArray(raw.references) && raw.references.length > 0) return refused([msg('importReasonReply')]);
  const passage = passageOf(raw.target);
  if (passage === 'page') return refused([msg('importReasonPageNote')]);
  if (passage === null) return refused([msg('importReasonNoQuote')]);

  const reasons: string[] = [];
  const created = timeField(raw, 'created', reasons);
  const updated = timeField(raw, 'updated', reasons);
  const text = textOf(raw.text, reasons);
  const tags = tagsOf(raw.tags, reasons);
  if (reasons.length > 0) return refused(reasons);

  const candidate = {
    id: stableUuid(typeof raw.id === 'string' ? `hypothesis\u0000${raw.id}` : `hypothesis\u0000${JSON.stringify(raw)}`),
    subject: 'passage',
    text,
    tags,
    documentId,
    url,
    documentTitle: titleOf(raw.document),
    selectors: passage,
    actorKey: null,
    actorName: null,
    eventDate: null,
    created: created ?? updated ?? fallbackTime,
    updated: updated ?? created ?? fallbackTime,
  };
  const result = v.safeParse(NoteSchema, candidate);
  if (!result.success) return refused(describeIssues(result.issues));
  const guarded = guardNote(result.output, now);
  return guarded.ok ? { ok: true, note: guarded.value } : refused(guarded.reasons);
}

function refused(reasons: string[], otherSite = false): AnnotationOutcome {
  return { ok: false, reasons, otherSite };
}

/** The annotation's page: its `uri`, else the first target's `source`. */
function addressOf(raw: Json): string | null {
  if (typeof raw.uri === 'string' && raw.uri.trim() !== '') return raw.uri.trim();
  const first = Array.isArray(raw.target) ? raw.target[0] : undefined;
  return isObject(first) && typeof first.source === 'string' && first.source.trim() !== '' ? first.source.trim() : null;
}

/** Whether an address is on the site at all (over http or https), so a page of the site that is no publication is not counted as another site. */
function onSite(url: string): boolean {
  try {
    return new URL(url).hostname === SITE_HOST;
  } catch {
    return false;
  }
}

/**
 * The passage of the first target that quotes one; 'page' when no target has a selector at all
 * (a page note, or a reply's bare target); null when selectors are there but none is a quote.
 */
function passageOf(value: unknown): { quote: TextQuoteSelector; position: TextPositionSelector } | 'page' | null {
  const targets = (Array.isArray(value) ? value : [value]).filter(isObject);
  let anySelector = false;
  for (const target of targets) {
    const selectors = (Array.isArray(target.selector) ? target.selector : [target.selector]).filter(isObject);
    if (selectors.length > 0) anySelector = true;
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string');
    if (!quote) continue;
    return {
      quote: { type: 'TextQuoteSelector', exact: String(quote.exact), prefix: stringOr(quote.prefix), suffix: stringOr(quote.suffix) },
      position: positionOf(selectors),
    };
  }
  return anySelector ? null : 'page';
}

// The position as a hint: whole, non-negative offsets in order, else 0–0 ("unknown") — a wrong
// hint must not cost the reader a note whose words re-anchoring can still find.
function positionOf(selectors: readonly Json[]): TextPositionSelector {
  const found = selectors.find((s) => s.type === 'TextPositionSelector');
  const start = found?.start;
  const end = found?.end;
  if (Number.isSafeInteger(start) && Number.isSafeInteger(end) && (start as number) >= 0 && (end as number) >= (start as number)) {
    return { type: 'TextPositionSelector', start: start as number, end: end as number };
  }
  return { type: 'TextPositionSelector', start: 0, end: 0 };
}

/** The note's text: Hypothesis's Markdown as written ('' for a highlight); a reason when it is not text. */
function textOf(value: unknown, reasons: string[]): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  reasons.push(msg('importReasonWrongType', 'text'));
  return '';
}

/** The tags, trimmed, the empty ones left out; a reason when `tags` is not a list of words. */
function tagsOf(value: unknown, reasons: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) {
    reasons.push(msg('importReasonWrongType', 'tags'));
    return [];
  }
  return value.map((tag: string) => tag.trim()).filter((tag) => tag !== '');
}

/** `document.title[0]` (the client's own type has a plain string), without the site's name; null when there is none. */
function titleOf(document: unknown): string | null {
  if (!isObject(document)) return null;
  const title = Array.isArray(document.title) ? document.title[0] : document.title;
  if (typeof title !== 'string') return null;
  const bare = title.replace(SITE_TITLE_SUFFIX, '').replace(/\s+/g, ' ').trim();
  return bare === '' ? null : bare.slice(0, 2000);
}
