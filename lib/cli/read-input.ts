/**
 * Reading the file `annotate` was given, with a clear error for what is not a saved page: a
 * directory, a binary file (an image, a PDF, a zip), a text without any HTML. Without these
 * checks happy-dom parses anything, and the report of a PNG would look like a real one.
 */
import { readFile, stat } from 'node:fs/promises';
import { UsageError } from './args';

// How much of the start is checked: a saved page shows its first tag and has no NUL byte there.
const SNIFF_BYTES = 64 * 1024;
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|main|article|div|p|h[1-6])[\s>/]/i;

/** A NUL byte, or more than one byte in a hundred a control character no text file holds. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  return control * 100 > head.length;
}

/** Reads a saved page as text; throws a UsageError naming the file and what it is instead. */
export async function readHtmlFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    if ((await stat(file)).isDirectory()) throw new UsageError(`${file} is a directory; give one saved page (an .html file)`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${code ?? 'unreadable'}`);
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (looksBinary(head)) throw new UsageError(`${file} is a binary file, not a saved HTML page`);
  const text = bytes.toString('utf8');
  if (!HTML_TAG.test(text.slice(0, SNIFF_BYTES))) throw new UsageError(`${file} is not an HTML page (no HTML tag at its start)`);
  return text;
}
