/**
 * Tags as the reader types them: free words, trimmed, each once (compared without regard to case,
 * so "Klimaat" and "klimaat" are one tag), in the order given. Shared by the editor, the store's
 * completion and the importers, so a tag means the same everywhere.
 */

/** The tag as kept: inner white space collapsed, a leading "#" (Obsidian habit) dropped. */
export function cleanTag(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().replace(/^#+/, '').trim();
}

/** `tags` plus `raw` when it is a new, non-empty tag; the list itself otherwise. Commas split. */
export function addTag(tags: readonly string[], raw: string): string[] {
  const next = [...tags];
  for (const part of raw.split(',')) {
    const tag = cleanTag(part);
    if (tag && !next.some((t) => t.toLocaleLowerCase('nl') === tag.toLocaleLowerCase('nl'))) next.push(tag);
  }
  return next;
}

/** Whether two tag lists hold the same tags in the same order. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
