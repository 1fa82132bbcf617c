/**
 * The words of a list of rule words written as lines of words separated by single spaces: a long
 * list then reads as text and wraps at the line length. Exactly `lines.join(' ').split(' ')`.
 */
export function wordList(...lines: string[]): string[] {
  return lines.join(' ').split(' ');
}
