/**
 * Steps 1 and 2 of an import (`import-parse.ts`, `import-validate.ts`) for W3C Web Annotation
 * files, reading them back into notes: an `AnnotationCollection` (its embedded pages), an
 * `AnnotationPage`, a bare array of annotations, or a single annotation. Each annotation becomes a
 * note — `TextQuoteSelector` / `TextPositionSelector` targets give the passage, `TextualBody`
 * values the note text, bodies with purpose `tagging` the tags, an actor IRI target an actor note
 * (`web-annotation-terms.ts`) — and is then checked by the note schema like any other note.
 *
 * Positions: a `TextPositionSelector` counts code points (model §4.2.5). The note keeps them as its
 * `codePoints`, and as its UTF-16 `start`/`end` too unless Kantlijn's own offsets came with them:
 * for nearly every text the two agree, and a note's position is only the hint that chooses between
 * repeats of its quote, which decides where it goes. Kantlijn's own terms (`KANTLIJN_TERMS`) are
 * read when the file's or the annotation's context defines them; they give back the note's kind,
 * event date, publication title, actor mention, id and UTF-16 offsets, so Kantlijn's own export
 * comes back whole.
 *
 * Ids: a `urn:uuid:` id is kept (the note Kantlijn exported comes back as itself); any other id,
 * or none, gives a stable derived UUID, so importing the same file twice changes nothing the second
 * time. A passage with a quote but no position gets the position 0–0, which re-anchoring treats
 * as "unknown" and finds the quote by its words. An annotation without any date (nor the file's
 * `generated`) gets the earliest time a record may carry, the same on every import.
 *
 * Like a backup's notes, each note must then meet the store's rules (`lib/store/record-guard.ts`):
 * its target an https page of the site, its times between 1990 and a day past now.
 */
import * as v from 'valibot';
import type { CodePointSpan, Note, PassageSelectors, TextPositionSelector, TextQuoteSelector } from '@/lib/notes/note';
import { NoteSchema } from '@/lib/notes/note-schema';
import { readAddress } from '@/lib/page/publication-id';
import { guardNote, siteAddress } from '@/lib/store/record-guard';
import { safeHref } from '@/lib/util/safe-href';
import { msg } from '@/lib/ui/words';
import { readAnnotations, stringOr, timeField, timeOf } from './annotation-fields';
import { describeIssues, notesOnly, type ParsedImport, type ValidateOptions } from './import-validate';
import { stableUuid, uuidOfUrn } from './stable-id';
import { actorKeyOfIri, definesKantlijnTerms, readOwnTerms } from './web-annotation-terms';
import { isObject, type Json } from './json-object';

const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** True when a JSON-LD node's `type` is (or includes) `type`. */
export function hasType(value: unknown, type: string): boolean {
  return isObject(value) && asList(value.type).includes(type);
}

/**
 * The annotations of a parsed JSON value when it is one of the shapes above; null when it is not
 * Web Annotation at all. Only embedded pages are read: a collection that points to its pages by
 * address alone has nothing in the file to import.
 */
export function annotationsOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data.some((item) => hasType(item, 'Annotation')) ? data : null;
  if (hasType(data, 'Annotation')) return [data];
  if (hasType(data, 'AnnotationPage')) return asList((data as Json).items);
  if (!hasType(data, 'AnnotationCollection')) return null;
  const collection = data as Json;
  const items: unknown[] = asList(collection.items);
  const seen = new Set<unknown>();
  // One item at a time: a spread of a page's items into `push` throws beyond about 150,000 of them.
  for (let page = collection.first; isObject(page) && !seen.has(page); page = page.next) {
    seen.add(page);
    for (const item of asList(page.items)) items.push(item);
  }
  return items;
}

/** Reads the annotations found by `annotationsOf`, in slices; `data` gives the fallback time. */
export async function parseAnnotations(data: unknown, annotations: readonly unknown[], options: ValidateOptions): Promise<ParsedImport> {
  const now = options.now ?? Date.now();
  // An annotation without times, in a file that gives none either, is dated by its import.
  const fallback = isObject(data) ? (timeOf(data.generated) ?? timeOf(data.created) ?? now) : now;
  const ownTerms = isObject(data) && definesKantlijnTerms(data['@context']);
  const read = await readAnnotations(annotations, (raw) => annotationToNote(raw, fallback, now, ownTerms), options);
  return notesOnly('web-annotation', read.notes, read.invalid);
}

/**
 * One annotation as a note, or the reasons it cannot be one (in words). `fallbackTime` when it has
 * no dates; `now` bounds its times; `ownTerms` when the file's context defines Kantlijn's terms
 * (the annotation's own context may define them too).
 */
export function annotationToNote(
  raw: unknown,
  fallbackTime: number,
  now: number = Date.now(),
  ownTerms = false,
): { ok: true; note: Note } | { ok: false; reasons: string[] } {
  if (!isObject(raw)) return { ok: false, reasons: [msg('importReasonNotObject')] };
  if (!hasType(raw, 'Annotation')) return { ok: false, reasons: [msg('importReasonInvalid', 'type')] };
  const reasons: string[] = [];
  const created = timeField(raw, 'created', reasons);
  const modified = timeField(raw, 'modified', reasons);
  const { text, tags } = bodiesOf(raw);
  const target = targetOf(raw.target);
  const url = target.url;
  const documentId = url === null ? null : readAddress(url).id;
  if (!target.quote && !target.actor) reasons.push(msg('importReasonNoTarget'));
  else if (url === null) reasons.push(msg('importReasonMissing', 'target.source'));
  else if (documentId === null || !siteAddress(url, documentId).ok) reasons.push(msg('importReasonNotPublication', url.slice(0, 200)));
  if (reasons.length > 0) return { ok: false, reasons };

  const own = ownTerms || definesKantlijnTerms(raw['@context']) ? readOwnTerms(raw) : null;
  const mention = own?.mention === undefined ? NO_SELECTORS : readSelectors(own.mention);
  const candidate = {
    id:
      own?.noteId ??
      (typeof raw.id === 'string'
        ? (uuidOfUrn(raw.id) ?? stableUuid(`annotation\u0000${raw.id}`))
        : stableUuid(`annotation\u0000${JSON.stringify(raw)}`)),
    // The kind follows the target; Kantlijn's own term only tells an event from a passage.
    subject: target.actor ? 'actor' : own?.subject === 'event' ? 'event' : 'passage',
    text,
    tags,
    documentId,
    url,
    documentTitle: own?.documentTitle ?? null,
    selectors: passageOf(target.actor ? mention : target, own?.utf16 ?? null),
    actorKey: target.actor?.key ?? null,
    actorName: target.actor?.name ?? null,
    eventDate: own?.eventDate ?? null,
    created: created ?? modified ?? fallbackTime,
    updated: modified ?? created ?? fallbackTime,
  };
  const result = v.safeParse(NoteSchema, candidate);
  if (!result.success) return { ok: false, reasons: describeIssues(result.issues) };
  const guarded = guardNote(result.output, now);
  return guarded.ok ? { ok: true, note: guarded.value } : { ok: false, reasons: guarded.reasons };
}

/** The note text (commenting and other textual bodies, joined by a blank line) and the tags. */
function bodiesOf(raw: Json): { text: string; tags: string[] } {
  const texts: string[] = typeof raw.bodyValue === 'string' ? [raw.bodyValue] : [];
  const tags: string[] = [];
  const tagging = asList(raw.motivation).includes('tagging') && !asList(raw.motivation).includes('commenting');
  for (const body of asList(raw.body)) {
    // An external body (an address, alone or as an object with an id) is kept as the note's text.
    const address =
      typeof body === 'string' ? body : isObject(body) && body.value === undefined && typeof body.id === 'string' ? body.id : null;
    if (address !== null && safeHref(address.trim()) !== null) texts.push(address.trim());
    if (!isObject(body) || typeof body.value !== 'string') continue;
    const purposes = asList(body.purpose);
    if (purposes.includes('tagging') || (purposes.length === 0 && tagging)) {
      if (body.value.trim() !== '') tags.push(body.value.trim());
    } else texts.push(body.value);
  }
  return { text: texts.join('\n\n'), tags };
}

/** What the selectors of a target say: its quote and its position in code points. */
interface Selected {
  quote: TextQuoteSelector | null;
  codePoints: CodePointSpan | null;
}

const NO_SELECTORS: Selected = { quote: null, codePoints: null };

interface Target extends Selected {
  url: string | null;
  actor: { key: string; name: string | null } | null;
}

/**
 * The passage of a quote: its position Kantlijn's own UTF-16 offsets when the file has them, else
 * the code points as given (see the file comment), else 0–0, which re-anchoring treats as unknown.
 */
function passageOf(selected: Selected, utf16: CodePointSpan | null): PassageSelectors | null {
  if (!selected.quote) return null;
  const at = utf16 ?? selected.codePoints ?? { start: 0, end: 0 };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start: at.start, end: at.end };
  if (selected.codePoints) position.codePoints = selected.codePoints;
  return { quote: selected.quote, position };
}

/** The most useful of the targets: one with a passage or an actor, else the first with an address. */
function targetOf(value: unknown): Target {
  const targets = asList(value).map(readTarget);
  return targets.find((t) => t.quote || t.actor) ?? targets.find((t) => t.url !== null) ?? { ...NO_SELECTORS, url: null, actor: null };
}

function readTarget(value: unknown): Target {
  const target: Target = { ...NO_SELECTORS, url: null, actor: null };
  if (typeof value === 'string') return { ...target, url: value };
  if (!isObject(value)) return target;
  const source = value.source;
  const iri =
    typeof source === 'string'
      ? source
      : isObject(source) && typeof source.id === 'string'
        ? source.id
        : typeof value.id === 'string' && value.selector === undefined
          ? value.id
          : null;
  const actorKey = iri === null ? null : actorKeyOfIri(iri);
  if (actorKey !== null) {
    const scope = value.scope;
    const name = isObject(source) && typeof source.label === 'string' ? source.label : null;
    return {
      ...target,
      url: typeof scope === 'string' ? scope : isObject(scope) && typeof scope.id === 'string' ? scope.id : null,
      actor: { key: actorKey, name },
    };
  }
  return { ...target, ...readSelectors(value.selector), url: iri };
}

/** The first quote and the first position among a target's selectors (`selectorsOf`). */
function readSelectors(value: unknown): Selected {
  const selected: Selected = { ...NO_SELECTORS };
  for (const selector of selectorsOf(value)) {
    if (selector.type === 'TextQuoteSelector' && typeof selector.exact === 'string' && !selected.quote) {
      selected.quote = {
        type: 'TextQuoteSelector',
        exact: selector.exact,
        prefix: stringOr(selector.prefix),
        suffix: stringOr(selector.suffix),
      };
    } else if (
      selector.type === 'TextPositionSelector' &&
      typeof selector.start === 'number' &&
      typeof selector.end === 'number' &&
      !selected.codePoints
    ) {
      selected.codePoints = { start: selector.start, end: selector.end };
    }
  }
  return selected;
}

// Every selector of a target, also those refining another (`refinedBy`), outermost first; the
// nesting is bounded, as a file could nest without end.
function selectorsOf(value: unknown): Json[] {
  const found: Json[] = [];
  let level = asList(value).filter(isObject);
  for (let depth = 0; depth < 8 && level.length > 0; depth++) {
    for (const selector of level) found.push(selector);
    level = level.flatMap((selector) => asList(selector.refinedBy).filter(isObject));
  }
  return found;
}
