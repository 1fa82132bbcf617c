/**
 * The Markdown export: one file that reads as a report and drops into Obsidian or Logseq. YAML
 * front matter (title, date of export, counts, source, tags as properties); per document a heading
 * with its title, then its id, kind, date and link; each note as the quoted passage (a
 * blockquote), the note, its tags as `#tags`; the notes on actors under their own section, one
 * heading per actor. Everything that came from the reader or the publication is escaped
 * (`markdown-escape.ts`): it shows as the text it is and never runs as Markdown or HTML; only its
 * bare http(s) addresses become links, written as autolinks like the documents' own.
 */
import type { Note } from '@/lib/notes/note';
import { kindLabel, msg } from '@/lib/ui/words';
import { groupBy, titleOf, type DocumentsById, type ExportOptions } from './export-input';
import { blockquote, escapeBlock, escapeInline, markdownLink, tagName } from './markdown-escape';
import { localDate } from './times';

/** The words of the file, looked up once per export. */
interface Labels {
  title: string;
  untitled: string;
  id: string;
  kind: string;
  date: string;
  link: string;
  event: string;
  updated: string;
  writtenIn: string;
  actorNotes: string;
}

function labels(): Labels {
  return {
    title: msg('exportTitle'),
    untitled: msg('exportUntitled'),
    id: msg('exportLabelId'),
    kind: msg('kind'),
    date: msg('exportLabelDate'),
    link: msg('exportLabelLink'),
    event: msg('exportLabelEvent'),
    updated: msg('exportLabelUpdated'),
    writtenIn: msg('exportLabelWrittenIn'),
    actorNotes: msg('exportActorNotes'),
  };
}

/** The notes as one Markdown file. Documents in the order their first note comes in `notes`. */
export function toMarkdown(notes: readonly Note[], documents: DocumentsById, options: ExportOptions): string {
  const words = labels();
  const onPassages = notes.filter((note) => note.subject !== 'actor');
  const onActors = notes.filter((note) => note.subject === 'actor');
  const byDocument = groupBy(onPassages, (note) => note.documentId);
  const out: string[] = [];

  append(out, frontMatter(notes, byDocument.size, onActors.length, words, options));
  out.push('', `# ${escapeInline(words.title)}`, '');
  for (const [documentId, group] of byDocument) {
    append(out, documentHeader(documentId, group, documents, words));
    for (const note of [...group].sort(byPlace)) append(out, noteBlock(note, words));
  }
  if (onActors.length > 0) {
    out.push(`## ${escapeInline(words.actorNotes)}`, '');
    for (const [, group] of groupBy(onActors, (note) => note.actorKey ?? '')) {
      const first = group[0] as Note;
      out.push(`### ${escapeInline(first.actorName ?? first.actorKey ?? words.untitled)}`, '');
      for (const note of group) {
        const title = titleOf(note, documents) ?? note.documentId;
        out.push(`*${escapeInline(words.writtenIn)}: ${escapeInline(title)}* — ${markdownLink(note.url)}`, '');
        append(out, noteBlock(note, words));
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// Front matter as YAML that Obsidian shows as properties and Logseq as page properties. Strings
// are written as JSON strings, which are valid YAML double-quoted scalars whatever they contain.
function frontMatter(
  notes: readonly Note[],
  documentCount: number,
  actorNoteCount: number,
  words: Labels,
  options: ExportOptions,
): string[] {
  const tags = new Set<string>(['kantlijn']);
  for (const note of notes) {
    for (const tag of note.tags) {
      const name = tagName(tag);
      if (name) tags.add(name);
    }
  }
  return [
    '---',
    `title: ${JSON.stringify(words.title)}`,
    `exported: ${localDate(options.now)}`,
    'source: Kantlijn',
    `notes: ${notes.length}`,
    `documents: ${documentCount}`,
    `actorNotes: ${actorNoteCount}`,
    'tags:',
    ...[...tags].map((tag) => `  - ${JSON.stringify(tag)}`),
    '---',
  ];
}

function documentHeader(documentId: string, group: readonly Note[], documents: DocumentsById, words: Labels): string[] {
  const first = group[0] as Note;
  const document = documents.get(documentId);
  const lines = [`## ${escapeInline(titleOf(first, documents) ?? words.untitled)}`, '', `- ${words.id}: ${escapeInline(documentId)}`];
  if (document) lines.push(`- ${words.kind}: ${escapeInline(kindLabel(document.kind))}`);
  if (document?.date) lines.push(`- ${words.date}: ${escapeInline(document.date)}`);
  lines.push(`- ${words.link}: ${markdownLink(document?.url ?? first.url)}`, '');
  return lines;
}

/** One note: the passage as a blockquote, the event date, the note, its tags, when it was last changed. */
function noteBlock(note: Note, words: Labels): string[] {
  const lines: string[] = [];
  if (note.selectors) {
    append(lines, blockquote(note.selectors.quote.exact));
    lines.push('');
  }
  if (note.subject === 'event' && note.eventDate) lines.push(`${escapeInline(words.event)}: ${escapeInline(note.eventDate)}`, '');
  const text = escapeBlock(note.text);
  if (text.length > 0) {
    append(lines, text);
    lines.push('');
  }
  const tags = [...new Set(note.tags.map(tagName).filter((name) => name !== ''))];
  if (tags.length > 0) lines.push(tags.map((name) => `#${name}`).join(' '), '');
  lines.push(`*${escapeInline(words.updated)}: ${localDate(new Date(note.updated))}*`, '');
  return lines;
}

// Line by line: a spread into `push` throws beyond about 150,000 lines (a long note, many tags).
function append(out: string[], lines: readonly string[]): void {
  for (const line of lines) out.push(line);
}

// Reading order inside a document: by place in the text, then by creation.
function byPlace(a: Note, b: Note): number {
  const at = (note: Note) => note.selectors?.position.start ?? Number.MAX_SAFE_INTEGER;
  return at(a) - at(b) || a.created - b.created;
}
