// Markdown: YAML front matter that parses, headings per document and per actor, and every piece of
// the reader's text escaped so that no Markdown, HTML or script in it takes effect.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { documentsById, exportFile, toMarkdown } from '@/lib/export';
import { blockquote, escapeBlock, escapeInline, markdownLink, tagName } from '@/lib/export/markdown-escape';
import { library, NOW } from './fixtures';

const { notes, documents } = library();
const markdown = toMarkdown(notes, documentsById(documents), { now: new Date(2026, 10, 27, 9) });

/** The front matter block between the first two `---` lines. */
function frontMatter(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(match).not.toBeNull();
  return parseYaml(match?.[1] ?? '');
}

// What a CommonMark reader makes of escaped text: every backslash escape undone.
const unescapeMarkdown = (line: string) => line.replace(/\\([!-/:-@[-`{-~])/g, '$1');
// Characters that may only appear escaped.
const SPECIAL = /[\\`*_[\]<>&|~#$=%^{}]/;

describe('Markdown export', () => {
  it('starts with YAML front matter that Obsidian and Logseq read: title, date, counts, source, tags', () => {
    expect(frontMatter(markdown)).toEqual({
      title: 'Kantlijn — notities',
      exported: '2026-11-27',
      source: 'Kantlijn',
      notes: 7,
      documents: 2,
      actorNotes: 2,
      tags: ['kantlijn', 'energie', 'te-lezen', 'Groningen-gas', 'ß', 'hash', '_2024', 'a/b', 'alleen-tag', 'kabinet-Rutte-IV'],
    });
  });

  it('has a heading per document with its id, date and link, and the actor notes under the actor’s name', () => {
    const headings = markdown.split('\n').filter((line) => /^#{1,3} /.test(line));
    expect(headings).toEqual([
      '# Kantlijn — notities',
      '## Brief van de minister over kst-21501-02-2553',
      '## Vragen over "Groningen", gas \\& \\<b\\>winning\\</b\\>',
      '## Notities bij actoren',
      '### Wopke Hoekstra',
      '### Europese Commissie',
    ]);
    expect(markdown).toContain(
      '- Id: kst-21501-02-2553\n- Soort: Brief\n- Datum: 2022-10-02\n' +
        '- Link: <https://zoek.officielebekendmakingen.nl/kst-21501-02-2553.html>',
    );
    expect(markdown).toContain('> het "Europees" Semester,\\\n> en de Raad\n');
    expect(markdown).toContain('\n#te-lezen #Groningen-gas #ß\n');
    expect(markdown).toContain('\nGebeurtenis: 2022-10-02\n');
  });

  it('never lets the note’s HTML, script or Markdown through unescaped', () => {
    const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5);
    for (const line of body.split('\n')) {
      const text = line.replace(/^(> |- \p{L}+: |#{1,3} )/u, '').replace(/<https:\/\/[^>\s]+>/g, '');
      const bare = text.replace(/\\./g, '').replace(/\\$/, ''); // a trailing `\` is a hard line break
      if (/^(#[\p{L}\p{N}_/-]+ ?)+$/u.test(text) || /^\*[^*]+\*( — )?$/.test(bare)) continue; // tag lines, italic meta lines
      expect(bare, line).not.toMatch(SPECIAL);
    }
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img)/);
    expect(markdown).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(markdown).toContain('\n\\- lijst\\\ncode\\\n\\> citaat\\\n\\=SUM(A1:A9)\n');
  });

  it('is offered as kantlijn-notities-<local date>.md', () => {
    const file = exportFile('markdown', notes, documentsById(documents), { now: new Date(NOW) });
    expect(file.fileName).toMatch(/^kantlijn-notities-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file.mimeType).toBe('text/markdown;charset=utf-8');
  });
});

describe('Markdown escaping', () => {
  it('keeps any text readable: undoing the escapes gives the text back (white space folded)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const inline = escapeInline(text);
        expect(unescapeMarkdown(inline)).toBe(text.replace(/\s+/g, ' '));
        expect(inline.replace(/\\./g, '')).not.toMatch(SPECIAL);
      }),
    );
  });

  it('starts no block construct at a line start and keeps every line inside the quote', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', ' ', '\n', '\r', '-', '+', '1', '.', ')', '>', '#', '=', '`', '<', '\t', '*', '\\'),
          maxLength: 60,
        }),
        (text) => {
          for (const line of escapeBlock(text)) {
            expect(line).not.toMatch(/^[\s>#=`<*+-]/);
            expect(line).not.toMatch(/^\d+[.)]/);
            expect(line.replace(/\\./g, '').replace(/\\$/, '')).not.toMatch(SPECIAL);
          }
          for (const line of blockquote(text)) expect(line).toMatch(/^>( |$)/);
        },
      ),
    );
  });

  it('makes links only of http(s) addresses and tags Obsidian accepts', () => {
    expect(markdownLink('https://zoek.officielebekendmakingen.nl/a b<c>.html')).toBe(
      '<https://zoek.officielebekendmakingen.nl/a%20b%3Cc%3E.html>',
    );
    expect(markdownLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownLink('<script>')).toBe('\\<script\\>');
    expect(tagName('te lezen')).toBe('te-lezen');
    expect(tagName('  Groningen, gas ')).toBe('Groningen-gas');
    expect(tagName('2024')).toBe('_2024');
    expect(tagName('#')).toBe('');
    expect(tagName('café/étude')).toBe('café/étude');
  });
});
