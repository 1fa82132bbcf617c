/**
 * The W3C Web Annotation export (JSON-LD, https://www.w3.org/TR/annotation-model/): one
 * `AnnotationCollection` with its annotations embedded in the `first` `AnnotationPage`, readable by
 * other annotation tools. Each note is an `Annotation`: the note as a `TextualBody` (purpose
 * `commenting`), each tag as a `TextualBody` with purpose `tagging`, the passage as a target on the
 * publication's address with a `TextQuoteSelector` and a `TextPositionSelector`. Notes on actors
 * target the actor (see `web-annotation-terms.ts` for why).
 *
 * Times and addresses are written as the import will accept them again (`exportable.ts`).
 *
 * What the format does not carry and the backup does: the document's title, an event note's date
 * (it comes back as a passage note), the mention an actor note was written at.
 */
import type { Note } from '@/lib/notes/note';
import { msg } from '@/lib/ui/words';
import type { DocumentsById, ExportOptions } from './export-input';
import { exportableNote, exportableUrl } from './exportable';
import { stableUuid, urnOfId } from './stable-id';
import { isoTime } from './times';
import { ANNO_CONTEXT, actorIri } from './web-annotation-terms';

/** A `TextualBody` as written. */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

/** A target on a passage of a publication. */
export interface PassageTarget {
  source: string;
  selector: [
    { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
    { type: 'TextPositionSelector'; start: number; end: number },
  ];
}

/** A target on an actor, seen in a publication. */
export interface ActorTarget {
  type: 'SpecificResource';
  source: { id: string; label?: string };
  scope: string;
}

/** One annotation as written. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'tagging' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: PassageTarget | ActorTarget | string;
}

/** The collection as written. */
export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: 'Kantlijn' };
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
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
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: msg('exportTitle'),
    total: notes.length,
    generated: isoTime(options.now.getTime()),
    generator: { type: 'Software', name: 'Kantlijn' },
    first: {
      id: `urn:uuid:${stableUuid(`${seed}\u0000page`)}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: notes.map((note) => toAnnotation(exportableNote(note, options.now.getTime()), documents)),
    },
  };
}

/** One note as an `Annotation`. */
export function toAnnotation(note: Note, documents: DocumentsById): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.text !== '') body.push({ type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const annotation: WebAnnotation = {
    id: urnOfId(note.id),
    type: 'Annotation',
    motivation: note.text !== '' ? 'commenting' : note.tags.length > 0 ? 'tagging' : 'highlighting',
    created: isoTime(note.created),
    modified: isoTime(note.updated),
    target: targetOf(note, exportableUrl(documents.get(note.documentId)?.url ?? note.url, note.documentId)),
  };
  if (body.length > 0) annotation.body = body;
  return annotation;
}

function targetOf(note: Note, url: string): WebAnnotation['target'] {
  if (note.subject === 'actor' && note.actorKey !== null) {
    const source: ActorTarget['source'] = { id: actorIri(note.actorKey) };
    if (note.actorName) source.label = note.actorName;
    return { type: 'SpecificResource', source, scope: url };
  }
  if (!note.selectors) return url;
  const { quote, position } = note.selectors;
  return {
    source: url,
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}
