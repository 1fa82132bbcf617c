/**
 * Text as literal Markdown. Notes and quotes are the reader's data and the publication's words:
 * they may hold Markdown, HTML, `<script>`, links, Obsidian syntax (`#tag`, `[[link]]`, `==mark==`,
 * `$math$`, `%%comment%%`, `^block`) — and none of it may take effect when the file is opened in
 * Obsidian, Logseq or any CommonMark renderer. CommonMark lets a backslash escape any ASCII
 * punctuation, so every character that can start a construct is escaped; line starts get the
 * extra care block syntax needs (lists, thematic breaks, indented code).
 */

// Characters that open inline constructs anywhere in a line (CommonMark, GFM, Obsidian). Escaping
// `[` also defuses `![` and `](`; escaping `<` and `&` keeps HTML and entities as text.
const INLINE = /[\\`*_[\]<>&|~#$=%^{}]/g;

/** One line of text as literal inline Markdown (line breaks become spaces). */
export function escapeInline(text: string): string {
  return escapeChars(text.replace(/\s+/g, ' '));
}

// Inline escapes, then the doubled characters Logseq reads: `key:: value` properties, `((ref))`.
function escapeChars(text: string): string {
  return text.replace(INLINE, '\\$&').replace(/([:(])(?=[:(])/g, '$1\\');
}

/**
 * Text of several lines as literal Markdown block lines: line breaks kept as hard breaks (`\` at
 * the end of a line), blank lines as paragraph breaks, leading white space dropped (four spaces
 * would start a code block), list markers at a line start escaped.
 */
export function escapeBlock(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines.map((line, i) => (line !== '' && (lines[i + 1] ?? '') !== '' ? `${line}\\` : line));
}

/** The lines of `escapeBlock`, each behind `> `: a blockquote of literal text. */
export function blockquote(text: string): string[] {
  return escapeBlock(text).map((line) => (line === '' ? '>' : `> ${line}`));
}

function escapeLine(line: string): string {
  return escapeChars(line.replace(/^[\s\u00a0]+/, '').replace(/[\t\u00a0]/g, ' '))
    .replace(/^([-+])/, '\\$1') // bullet lists, `---` / `+++` lines
    .replace(/^(\d{1,9})([.)])/, '$1\\$2'); // ordered lists
}

/**
 * An address as a CommonMark autolink `<https://…>` when it is http(s); anything else (a
 * `javascript:` address, a malformed one) as escaped text, never as a link.
 */
export function markdownLink(url: string): string {
  if (!/^https?:\/\/[^\s]/i.test(url)) return escapeInline(url);
  const safe = url.replace(/[\s<>"`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `<${safe}>`;
}

/**
 * A tag as an Obsidian/Logseq tag name (without the `#`): Obsidian takes letters, digits, `_`,
 * `-` and `/`, and not digits alone. White space and any other character become `-`; a tag of
 * digits only gets a leading `_`; a tag with nothing usable gives ''.
 */
export function tagName(tag: string): string {
  const name = tag
    .trim()
    .replace(/[^\p{L}\p{N}\p{M}_/-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (name === '') return '';
  return /^[\p{N}/]+$/u.test(name) ? `_${name}` : name;
}
