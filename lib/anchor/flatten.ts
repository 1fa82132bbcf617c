/**
 * White space as one character. A line break that became a space (or the other way round) is new
 * markup, not new words, so passages are described and found on text whose white space is all
 * spaces. One character for one, so an offset into the flattened text is an offset into the text.
 */
const WHITE = /[\t\n\v\f\r\u00a0]/g;

/** `text` with every white-space character a space. */
export function flatten(text: string): string {
  return text.replace(WHITE, ' ');
}
