/**
 * Text as literal Markdown. Notes and quotes are the reader's data and the publication's words:
 * they may hold Markdown, HTML, `<script>`, links, Obsidian syntax (`#tag`, `[[link]]`, `==mark==`,
 * `$math$`, `%%comment%%`, `^block`) — and none of it may take effect when the file is opened in
 * Obsidian, Logseq or any CommonMark renderer. CommonMark lets a backslash escape any ASCII
 * punctuation, so every character that can start a construct is escaped; line starts get the
 * extra care block syntax needs (lists, thematic breaks, indented code). The one construct let
 * through is the autolink: a bare http(s) address in a note or a quote is written `<https://…>`,
 * since a backslash inside an address (`?id\=2`) makes renderers link to a wrong one.
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
  return escapeWithLinks(line.replace(/^[\s\u00a0]+/, '').replace(/[\t\u00a0]/g, ' '))
    .replace(/^([-+])/, '\\$1') // bullet lists, `---` / `+++` lines
    .replace(/^(\d{1,9})([.)])/, '$1\\$2'); // ordered lists
}

// A bare address in prose: from `http(s)://` (wherever it starts, as renderers that link bare
// addresses find it) up to white space or a character an autolink cannot hold or prose puts around
// an address (`<`, `>`, `"`, a backtick, a backslash, control characters); `trimAddress` then gives
// back the punctuation that ends the sentence.
const BARE_ADDRESS = /https?:\/\/[^\s<>"`\\\p{Cc}]+/giu;

// Punctuation that ends a sentence or a quotation rather than an address: GFM's list, with `;` and closing quotes.
const TRAILING = new Set(['?', '!', '.', ',', ':', ';', '*', '_', '~', "'", '\u2019', '\u201d', '\u00bb']);
const OPENER: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

// Text with its bare addresses as autolinks and the rest escaped by `escapeChars`.
function escapeWithLinks(text: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(BARE_ADDRESS)) {
    const address = trimAddress(match[0]); // `https://.` leaves `https://`, which `markdownLink` keeps as text
    out += escapeChars(text.slice(from, match.index)) + markdownLink(address);
    from = match.index + address.length;
  }
  return out + escapeChars(text.slice(from));
}

// The address without the punctuation after it: trailing sentence marks, and a closing bracket
// that has no opening one inside the address (`(zie https://…/Rutte_(politicus))`). Counted once,
// so a long run of brackets costs one pass.
function trimAddress(raw: string): string {
  const count = new Map<string, number>();
  for (const c of raw) if ('()[]{}'.includes(c)) count.set(c, (count.get(c) ?? 0) + 1);
  let end = raw.length;
  while (end > 0) {
    const last = raw[end - 1] as string;
    const opener = OPENER[last];
    if (TRAILING.has(last)) end--;
    else if (opener !== undefined && (count.get(last) ?? 0) > (count.get(opener) ?? 0)) {
      count.set(last, (count.get(last) ?? 0) - 1);
      end--;
    } else break;
  }
  return raw.slice(0, end);
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
