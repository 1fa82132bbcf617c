/**
 * The W3C Web Annotation export (JSON-LD, https://www.w3.org/TR/annotation-model/): one
 * `AnnotationCollection` with its annotations embedded in its one `AnnotationPage` (`first` and
 * `last`; the page names the collection in `partOf`), readable by other annotation tools. Each note
 * is an `Annotation`: the note as a `TextualBody` (purpose `commenting`, language `nl`), each tag as
 * a `TextualBody` with purpose `tagging`, both `text/plain`; the passage as a `SpecificResource` on
 * the publication's address with a `TextQuoteSelector`, and a `TextPositionSelector` in code points
 * when the position is known exactly (`exactCodePoints` in `lib/notes/code-points.ts` says when
 * and why). Notes on actors target the actor (see `web-annotation-terms.ts` for why).
 *
 * Language: a note records no language of its own. Kantlijn runs only on the Dutch government's
 * publications, its readers annotate Dutch texts and its words are Dutch by default, so a comment
 * is declared Dutch (`nl`), which is what the model asks a body to say (§3.2.1) and what a tool
 * needs to hyphenate, spell-check or read the note aloud. Tags carry no language: they are as often
 * names, numbers or codes ("2024", "a/b") as Dutch words.
 *
 * What the model has no word for — an event note's kind and date, the publication's title, an
 * actor note's mention, Kantlijn's own UTF-16 offsets — goes into Kantlijn's own properties
 * (`KANTLIJN_TERMS`), so that the import gives back the note that was exported.
 *
 * Times and addresses are written as the import will accept them again (`exportable.ts`).
 */
import { exactCodePoints } from '@/lib/notes/code-points';
import type { Note, NoteSubject, PassageSelectors } from '@/lib/notes/note';
import { msg } from '@/lib/ui/words';
import type { DocumentsById, ExportOptions } from './export-input';
import { exportableNote, exportableUrl } from './exportable';
import { isUuid, stableUuid, urnOfId } from './stable-id';
import { isoTime } from './times';
import { actorIri, EXPORT_CONTEXT, KANTLIJN_TERMS } from './web-annotation-terms';

/** The language a comment is declared in (see the file comment for why). */
export const NOTE_LANGUAGE = 'nl';

/** A `TextualBody` as written. */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format: 'text/plain';
  language?: typeof NOTE_LANGUAGE;
}

/** A selector as written: the quote always, the position only when it is exact in code points. */
export type WrittenSelector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

/** A target on a passage of a publication. */
export interface PassageTarget {
  type: 'SpecificResource';
  source: string;
  selector: WrittenSelector[];
}

/** A target on an actor, seen in a publication. */
export interface ActorTarget {
  type: 'SpecificResource';
  source: { id: string; label?: string };
  scope: string;
}

/** Kantlijn's own properties of an annotation (`KANTLIJN_TERMS`). */
export interface KantlijnProperties {
  [KANTLIJN_TERMS.subject]: NoteSubject;
  [KANTLIJN_TERMS.noteId]?: string;
  [KANTLIJN_TERMS.documentTitle]?: string;
  [KANTLIJN_TERMS.eventDate]?: string;
  [KANTLIJN_TERMS.mention]?: WrittenSelector[];
  [KANTLIJN_TERMS.utf16Start]?: number;
  [KANTLIJN_TERMS.utf16End]?: number;
}

/** One annotation as written. */
export interface WebAnnotation extends KantlijnProperties {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'tagging' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: PassageTarget | ActorTarget | string;
}

/** The one page of the collection, embedded in it. */
export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: WebAnnotation[];
}

/** The collection as written; without notes it has no page, as a page holds at least one annotation (§5.2). */
export interface AnnotationCollection {
  '@context': typeof EXPORT_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: 'Kantlijn' };
  first?: AnnotationPage;
  last?: string;
}

/** The notes as an `AnnotationCollection`, serialised as JSON-LD text. */
export function toWebAnnotation(notes: readonly Note[], documents: DocumentsById, options: ExportOptions): string {
  return `${JSON.stringify(toAnnotationCollection(notes, documents, options), null, 2)}\n`;
}

/** The collection as an object (for callers that embed it or check it). */
export function toAnnotationCollection(notes: readonly Note[], documents: DocumentsById, options: ExportOptions): AnnotationCollection {
  // A stable id for this export: the same notes exported at the same moment give the same id.
  const seed = `collection\u0000${options.now.getTime()}\u0000${notes.map((note) => note.id).join('\u0000')}`;
  const id = `urn:uuid:${stableUuid(seed)}`;
  const collection: AnnotationCollection = {
    '@context': EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: msg('exportTitle'),
    total: notes.length,
    generated: isoTime(options.now.getTime()),
    generator: { type: 'Software', name: 'Kantlijn' },
  };
  if (notes.length === 0) return collection;
  const pageId = `urn:uuid:${stableUuid(`${seed}\u0000page`)}`;
  collection.first = {
    id: pageId,
    type: 'AnnotationPage',
    partOf: id,
    startIndex: 0,
    items: notes.map((note) => toAnnotation(exportableNote(note, options.now.getTime()), documents)),
  };
  collection.last = pageId;
  return collection;
}

/** One note as an `Annotation`. */
export function toAnnotation(note: Note, documents: DocumentsById): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.text !== '') {
    body.push({ type: 'TextualBody', value: note.text, format: 'text/plain', language: NOTE_LANGUAGE, purpose: 'commenting' });
  }
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' });
  const annotation: WebAnnotation = {
    id: urnOfId(note.id),
    type: 'Annotation',
    motivation: note.text !== '' ? 'commenting' : note.tags.length > 0 ? 'tagging' : 'highlighting',
    created: isoTime(note.created),
    modified: isoTime(note.updated),
    target: targetOf(note, exportableUrl(documents.get(note.documentId)?.url ?? note.url, note.documentId)),
    [KANTLIJN_TERMS.subject]: note.subject,
  };
  if (body.length > 0) annotation.body = body;
  return Object.assign(annotation, ownProperties(note));
}

function targetOf(note: Note, url: string): WebAnnotation['target'] {
  if (note.subject === 'actor' && note.actorKey !== null) {
    const source: ActorTarget['source'] = { id: actorIri(note.actorKey) };
    if (note.actorName) source.label = note.actorName;
    return { type: 'SpecificResource', source, scope: url };
  }
  if (!note.selectors) return url;
  return { type: 'SpecificResource', source: url, selector: selectorsOf(note.selectors) };
}

/** The quote, and the position in code points when it is exact (`exactCodePoints`). */
function selectorsOf(selectors: PassageSelectors): WrittenSelector[] {
  const { exact, prefix, suffix } = selectors.quote;
  const written: WrittenSelector[] = [{ type: 'TextQuoteSelector', exact, prefix, suffix }];
  const codePoints = exactCodePoints(selectors);
  if (codePoints) written.push({ type: 'TextPositionSelector', start: codePoints.start, end: codePoints.end });
  return written;
}

/** What the standard parts do not carry, each only when the note has it. */
function ownProperties(note: Note): Omit<KantlijnProperties, typeof KANTLIJN_TERMS.subject> {
  const own: Omit<KantlijnProperties, typeof KANTLIJN_TERMS.subject> = {};
  if (!isUuid(note.id)) own[KANTLIJN_TERMS.noteId] = note.id;
  if (note.documentTitle !== null) own[KANTLIJN_TERMS.documentTitle] = note.documentTitle;
  if (note.eventDate !== null) own[KANTLIJN_TERMS.eventDate] = note.eventDate;
  if (note.selectors) {
    // An actor note's target is the actor, so its mention has no standard place.
    if (note.subject === 'actor' && note.actorKey !== null) own[KANTLIJN_TERMS.mention] = selectorsOf(note.selectors);
    own[KANTLIJN_TERMS.utf16Start] = note.selectors.position.start;
    own[KANTLIJN_TERMS.utf16End] = note.selectors.position.end;
  }
  return own;
}
