/**
 * White space as one character. A line break that became a space (or the other way round) is new
 * markup, not new words, so passages are described and found on text whose white space is all
 * spaces. One character for one, so an offset into the flattened text is an offset into the text.
 */
const WHITE = /[\t\n\v\f\r\u00a0]/g;

// The last text flattened: a page's notes are placed, saved and re-placed on one text, often a megabyte.
let last = { text: '', flat: '' };

/** `text` with every white-space character a space. */
export function flatten(text: string): string {
  if (text !== last.text) last = { text, flat: text.replace(WHITE, ' ') };
  return last.flat;
}
